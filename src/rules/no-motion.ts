/**
 * `no-motion`: a file in which motie finds no motion at all.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'

/** The `no-motion` rule, `error` by default. */
export const noMotion = rule(
  {
    id: 'no-motion',
    severity: 'error',
    description: 'A file holds at least one motion: a preamble, considerations or requests.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: 'Geachte leden van de raad,\n\nHierbij ontvangt u de agenda van de vergadering.\n',
        messages: [
          '1:1: Unexpected file without a motion, expected a preamble (`De gemeenteraad van …`) or lead phrases (`constaterende dat`, `verzoekt …`)'
        ],
        positionless: true
      }
    ]
  },
  (tree, file) => {
    for (const document of tree.documents) {
      if (document.motions.length > 0) continue
      flag(file, 'Unexpected file without a motion, expected a preamble (`De gemeenteraad van …`) or lead phrases (`constaterende dat`, `verzoekt …`)', null)
    }
  }
)
