/**
 * `text-after-closing`: a line below a motion’s closing formula that no
 * part of the motion took (see `unread-line`). After the closing come
 * signatories and footnotes; anything else there may be a signature, a clause
 * or a footnote that motie did not read.
 */
import {unreadLineId} from '../account.js'
import type {Message, Motion, Position} from '../schema.js'
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'

/** Page and line, comparable across pages. */
function at(position: Position, end: boolean): number {
  return (position.page ?? 1) * 1e7 + (end ? position.end : position.start).line
}

/** The unread lines after `motion`’s closing and before the next motion. */
function afterClosing(motion: Motion, next: Motion | undefined, unread: readonly Message[]): Message[] {
  const closing = motion.sources.closing?.position
  if (!closing) return []
  const from = at(closing, true)
  const to = next?.position ? at(next.position, false) : Infinity
  return unread.filter((message) => message.position && at(message.position, false) > from && at(message.position, false) < to)
}

/** The `text-after-closing` rule, `warn` by default. */
export const textAfterClosing = rule(
  {
    id: 'text-after-closing',
    severity: 'warn',
    description: 'What follows a motion’s closing formula is read: signatories, footnotes or furniture, and no line that no part of the motion took.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Deze motie is besproken in de commissie en werd daar door alle fracties gesteund.

Jan Jansen (GroenLinks)
`,
        messages: [
          '11:1-11:82: Unexpected text after the closing formula that no part of the motion took, expected signatories or footnotes'
        ]
      }
    ]
  },
  (tree, file) => {
    for (const document of tree.documents) {
      const unread = document.messages.filter((message) => message.ruleId === unreadLineId)
      for (const [index, motion] of document.motions.entries()) {
        const first = afterClosing(motion, document.motions[index + 1], unread)[0]
        if (first) flag(file, 'Unexpected text after the closing formula that no part of the motion took, expected signatories or footnotes', first)
      }
    }
  }
)
