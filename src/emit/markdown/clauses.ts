/**
 * Considerations and requests: each run of clauses under one lead becomes
 * the lead in bold, as the motion printed it (`**Constaterende dat:**`,
 * `**overwegende dat**`), and a list of the clauses, with nested lists for
 * their items. Requests are numbered, as motions print them. Printing the
 * lead unchanged is what lets the Markdown read back into the same tree.
 */
import type {ListItem, PhrasingContent, RootContent} from 'mdast'
import {considerationLeads, requestVerbs} from '../../lexicon.js'
import type {Consideration, Request} from '../../schema.js'
import {footnoteReference, list, listItem, paragraph, strong, text} from './build.js'

type Clause = Consideration | Request

/** Handler of the considerations of a motion. */
export function considerations(clauses: readonly Consideration[], labels: ReadonlySet<string>): RootContent[] {
  return sections(clauses, considerationLead, false, labels)
}

/** Handler of the requests of a motion. */
export function requests(clauses: readonly Request[], labels: ReadonlySet<string>): RootContent[] {
  return sections(clauses, requestLead, true, labels)
}

/** Runs of clauses with the same lead: the lead once, then its clauses as one list. */
function sections<T extends Clause>(clauses: readonly T[], leadOf: (clause: T) => string, ordered: boolean, labels: ReadonlySet<string>): RootContent[] {
  const nodes: RootContent[] = []
  let lead: string | undefined
  for (const clause of clauses) {
    const next = leadOf(clause)
    const last = nodes.at(-1)
    if (next === lead && last?.type === 'list') {
      last.children.push(clauseItem(clause, labels))
      continue
    }
    lead = next
    nodes.push(paragraph(strong(next)), list(ordered, [clauseItem(clause, labels)]))
  }
  return nodes
}

/** Handler of one clause: its text, markers where its footnotes are cited, its items. */
function clauseItem(clause: Clause, labels: ReadonlySet<string>): ListItem {
  const children: PhrasingContent[] = [text(clause.text)]
  for (const label of clause.footnoteRefs) {
    // A GFM reference without a definition prints as literal `[^x]`; a marker whose
    // footnote the source lacks is kept as printed text, `[1]`.
    children.push(labels.has(label) ? footnoteReference(label) : text(`[${label}]`))
  }
  const item = listItem(paragraph(...children))
  if (clause.items.length > 0) item.children.push(list(false, clause.items.map((child: Clause) => clauseItem(child, labels))))
  return item
}

/** The lead as printed; built from the kind when the motion printed none. */
export function considerationLead(clause: Consideration): string {
  return printed(clause.lead) ?? built(leadOfKind(clause.kind))
}

/** The request’s lead as printed; built from verb and addressee when the motion printed none. */
export function requestLead(clause: Request): string {
  return printed(clause.lead) ?? built(leadOfVerb(clause.verb, clause.addressee))
}

function printed(lead: string): string | undefined {
  const text = lead.trim().replace(/\s+/g, ' ')
  return text === '' ? undefined : text
}

/** A lead motie writes itself: capitalised, ending in a colon, as most motions print theirs. */
function built(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1) + ':'
}

/** `constaterende` → `constaterende dat`; `gelet-op` → `gelet op`. */
function leadOfKind(kind: string): string {
  const phrase = considerationLeads.find((lead) => lead.kind === kind)?.phrases[0] ?? kind.replace(/-/g, ' ')
  return /(?:^|\s)(?:op|van|naar|aan|dat)$/u.test(phrase) ? phrase : `${phrase} dat`
}

/** `draagt-op` + `het college` → `draagt het college op`. */
function leadOfVerb(verb: string, addressee: string | null): string {
  const known = requestVerbs.find((entry) => entry.verb === verb)
  const words = [known?.forms[0] ?? verb.replace(/-/g, ' ')]
  if (addressee !== null) words.push(addressee)
  if (known?.particle) words.push(known.particle)
  return words.join(' ')
}
