/**
 * Trees that Markdown cannot carry, so their round trip is known to differ:
 * - a lone bullet (`•` on a line of its own) becomes a clause without text,
 *   which Markdown cannot hold (an empty list item reads back as nothing);
 * - a motion without any clause (found by its closing or signers alone) is
 *   written without a lead, and its Markdown no longer reads as a motion;
 * - a separable verb whose particle stood after the object (`keurt het
 *   besluit … af`): the lead is written as printed (`keurt`), and alone it
 *   no longer names the verb;
 * - a clause whose whole text is a lead phrase (`**Van mening dat:**` twice
 *   on one line): written back, it reads as a lead, not as a clause;
 * - a party signing alone whose name reads as a person's (`Groep van der
 *   Helm`): a list item cannot say which it is, and reads back as a name.
 */
import {considerationLead} from '../../src/patterns.js'
import {isKnownParty, isNameLike, isPartyName} from '../../src/names.js'
import type {MotieDocument} from '../../src/schema.js'

type Clause = {text: string; items: readonly unknown[]}
type Request = {verb: string; lead: string; items: readonly unknown[]}

/** The text is a consideration lead and nothing else. */
function isLead(text: string): boolean {
  const match = considerationLead.exec(text.trim())
  return match !== null && text.trim().slice(match[0].length).replace(/[\s:;,.*]/gu, '') === ''
}

export function knownBreak(document: MotieDocument): boolean {
  const empty = (clauses: readonly Clause[]): boolean => clauses.some((clause) => clause.text.trim() === '' || isLead(clause.text) || empty(clause.items as readonly Clause[]))
  const particle = (requests: readonly Request[]): boolean =>
    requests.some((request) => {
      const [, part] = request.verb.split('-')
      return (part !== undefined && !new RegExp(`(^|\\s)${part}(\\s|:|$)`, 'iu').test(request.lead)) || particle(request.items as readonly Request[])
    })
  // As the signature reader decides: a name-like line that is no known party is a person.
  const personLike = (party: string): boolean => !isPartyName(party) && isNameLike(party) && !isKnownParty(party) && !/\p{Lu}{2}/u.test(party)
  return document.motions.some(
    (motion) =>
      empty(motion.considerations) ||
      empty(motion.requests) ||
      motion.considerations.length + motion.requests.length === 0 ||
      particle(motion.requests) ||
      motion.signatories.some((signer) => signer.name === null && signer.party !== null && personLike(signer.party))
  )
}
