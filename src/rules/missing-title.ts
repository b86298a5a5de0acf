/**
 * `missing-title`: a motion without a title.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

/** The `missing-title` rule, `warn` by default. */
export const missingTitle = rule(
  {
    id: 'missing-title',
    severity: 'warn',
    description: 'A motion has a title (`Motie <titel>`, or `Titel: …`).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-9:24: Unexpected motion without a title, expected a title line (`Motie <titel>`)']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsWithout(tree, (motion) => motion.title !== null && motion.title.trim() !== '')) {
      flag(file, 'Unexpected motion without a title, expected a title line (`Motie <titel>`)', motion)
    }
  }
)
