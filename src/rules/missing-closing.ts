/**
 * `missing-closing`: a motion without `en gaat over tot de orde van de dag`.
 * Amendments end without it, so they are not checked.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

/** The `missing-closing` rule, `warn` by default. */
export const missingClosing = rule(
  {
    id: 'missing-closing',
    severity: 'warn',
    description: 'A motion (not an amendment) ends with `en gaat over tot de orde van de dag`.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'ok-amendement.txt',
        input: `Amendement Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

besluit in het raadsvoorstel 100 bomen te lezen in plaats van 50.

Jan Jansen (GroenLinks)
`
      },
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-9:24: Unexpected motion without the closing formula, expected `en gaat over tot de orde van de dag`']
      }
    ]
  },
  (tree, file) => {
    // An amendment changes a proposal and has no closing formula of its own.
    for (const motion of motionsWithout(tree, (motion) => motion.closing || motion.kind !== 'motie')) {
      flag(file, 'Unexpected motion without the closing formula, expected `en gaat over tot de orde van de dag`', motion)
    }
  }
)
