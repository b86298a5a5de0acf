/**
 * `missing-considerations`: a motion without considerations (`constaterende
 * dat …`, `overwegende dat …`).
 */
import {considerationLeads} from '../lexicon.js'
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

const leads = considerationLeads
  .slice(0, 3)
  .map((lead) => `\`${lead.phrases[0]} dat\``)
  .join(', ')

/** The `missing-considerations` rule, `warn` by default. */
export const missingConsiderations = rule(
  {
    id: 'missing-considerations',
    severity: 'warn',
    description: 'A motion gives its considerations (`constaterende dat`, `overwegende dat`, …).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-9:24: Unexpected motion without considerations, expected `constaterende dat`, `overwegende dat`, `van mening dat`, …']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsWithout(tree, (motion) => motion.considerations.length > 0)) {
      flag(file, `Unexpected motion without considerations, expected ${leads}, …`, motion)
    }
  }
)
