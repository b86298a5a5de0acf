/**
 * `missing-signatories`: a motion that nobody signed.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

/** The `missing-signatories` rule, `warn` by default. */
export const missingSignatories = rule(
  {
    id: 'missing-signatories',
    severity: 'warn',
    description: 'A motion is signed: names or parties below it.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.
`,
        messages: ['1:1-9:37: Unexpected motion without signatories, expected names or parties below it']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsWithout(tree, (motion) => motion.signatories.length > 0)) {
      flag(file, 'Unexpected motion without signatories, expected names or parties below it', motion)
    }
  }
)
