/**
 * `missing-requests`: a motion without an operative part (`verzoekt het
 * college …`): without it, it asks nothing.
 */
import {requestVerbs} from '../lexicon.js'
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

const verbs = requestVerbs
  .slice(0, 3)
  .map((verb) => `\`${verb.forms[0]}${verb.particle ? ` … ${verb.particle}` : ''}\``)
  .join(', ')

/** The `missing-requests` rule, `error` by default. */
export const missingRequests = rule(
  {
    id: 'missing-requests',
    severity: 'error',
    description: 'A motion asks something: it has requests (`verzoekt het college …`, `draagt … op`, …).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-9:24: Unexpected motion without requests, expected `verzoekt`, `draagt … op`, `roept … op`, …']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsWithout(tree, (motion) => motion.requests.length > 0)) {
      flag(file, `Unexpected motion without requests, expected ${verbs}, …`, motion)
    }
  }
)
