/**
 * `unread-line`: a line of the source that no part of a motion took and no
 * stage dropped as furniture (a page number, a running footer, a metadata
 * line). The parser puts these in the document’s messages (see
 * `src/account.ts`); this rule reports them, for sources and for JSON that
 * motie wrote alike.
 */
import {unreadLineId} from '../account.js'
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'

/** The `unread-line` rule, `info` by default. */
export const unreadLine = rule(
  {
    id: unreadLineId,
    severity: 'info',
    description:
      'Every line of a source is in a part of a motion (title, preamble, clause, footnote, signatory, …) or is furniture dropped on purpose (page numbers, footers, metadata); any other line is reported with its text.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

Wij hebben hier lang over nagedacht.

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: [
          '5:1-5:37: Unexpected line `Wij hebben hier lang over nagedacht.` that no part of a motion took, expected a title, preamble, clause, footnote or signatory, or furniture'
        ]
      }
    ]
  },
  (tree, file) => {
    for (const document of tree.documents) {
      for (const message of document.messages) {
        if (message.ruleId === unreadLineId) flag(file, message.reason, {position: message.position})
      }
    }
  }
)
