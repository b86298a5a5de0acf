/**
 * `missing-date`: a motion without a meeting date.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

/** The `missing-date` rule, `warn` by default. */
export const missingDate = rule(
  {
    id: 'missing-date',
    severity: 'warn',
    description: 'A motion gives the date of its meeting (`in vergadering bijeen op 25 juni 2015`).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-11:24: Unexpected motion without a date, expected a meeting date (`in vergadering bijeen op 25 juni 2015`)']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsWithout(tree, (motion) => motion.date !== null)) {
      flag(file, 'Unexpected motion without a date, expected a meeting date (`in vergadering bijeen op 25 juni 2015`)', motion)
    }
  }
)
