/**
 * Blocks → considerations, requests and the closing formula.
 *
 * A small state machine: a lead phrase opens a section (as a heading above a
 * list, or inline with its clause); list items and paragraphs under it are its
 * clauses; a change of marker or a deeper indent nests them; the closing
 * formula, an explanation (`Toelichting`) or the first signature ends the body.
 */
import type {Line, LineRef} from '../read/line.js'
import {explanationHeadings, headerLabels, titleLabels} from '../lexicon.js'
import {
  closing as closingRe,
  considerationKind,
  considerationLead,
  decisionRecord,
  isVoteSentence,
  escape,
  laterSigner,
  markerClass,
  matchAssembly,
  matchRequestLead,
  requestVerbAtStart,
  type RequestLeadMatch,
  preamblePhrase,
  sectionLabel,
  runTogetherDat,
  runTogetherDatSentence,
  signatureIntro,
  signatureMarker,
  sourceNote
} from '../patterns.js'
import type {Block} from './blocks.js'
import {verbAfterAssembly} from '../preamble.js'
import {isSignatureLine} from '../names.js'
import {letters, lettersRegExp} from '../letters.js'

/** `en`, `of` at the start of what follows a `;`. */
const conjunctionRe = letters(/^(?:en|of)(?![\p{L}])/iu)

export interface ClauseDraft {
  section: 'consideration' | 'request'
  /** Consideration kind or request verb. */
  kind: string
  addressee: string | null
  lead: string
  text: string
  refs: LineRef[]
  lines: Line[]
  items: ClauseDraft[]
  /** The list marker the clause was printed with, if it is a list item. */
  marker?: string | undefined
}

export interface Body {
  considerations: ClauseDraft[]
  requests: ClauseDraft[]
  closing: {text: string; lines: Line[]} | undefined
  /** `Titel: …` found below the preamble. */
  titleLabel: {text: string; lines: Line[]} | undefined
  /** Index of the first block after the body (signatories, footnotes, explanation). */
  tailBlock: number
  /** Source notes under clauses (`Bron: …`), as footnotes those clauses point at. */
  sources: {label: string; text: string; lines: Line[]}[]
  /** Lines dropped on purpose: labels (`Dictum:`), preamble phrases, an explanation. */
  furniture: Line[]
  /** The assembly named as the subject of a request (`De raad van de gemeente Halsteren verklaart dat …`). */
  subjects: {text: string; lines: Line[]}[]
  /** A signature block between the preamble and the first lead (`Ondertekend:` and its lines). */
  signers: Line[]
}

interface Section {
  type: 'consideration' | 'request'
  kind: string
  addressee: string | null
  lead: string
  /** The lead ended in `dat`: items keep a leading `Dat` as written; otherwise it is dropped. */
  hasDat: boolean
  /** Top-level clauses of this section. */
  list: ClauseDraft[]
  /** The lines of the lead: a lead alone on its line (`Verzoekt het college:`) is read into the section’s first clause. */
  leadLines: Line[]
}

interface Level {
  indent: number
  cls: string
  container: ClauseDraft[]
  last: ClauseDraft | undefined
}

/** Indents closer than this are the same level (text: columns; PDF: rounded space widths). */
const indentTolerance = 0.5

const explanationRe = lettersRegExp(`^(?:${explanationHeadings.map((word) => escape(word)).join('|')})\\s*(?::|$)`, 'iu')
const labelRe = lettersRegExp(`^(${[...titleLabels, ...headerLabels].map((word) => escape(word)).join('|')})\\s*:\\s*(.*)$`, 'iu')
const titleLabelSet = new Set(titleLabels)

export function parseBody(blocks: readonly Block[]): Body {
  const body: Body = {considerations: [], requests: [], closing: undefined, titleLabel: undefined, tailBlock: blocks.length, sources: [], furniture: [], subjects: [], signers: []}
  let section: Section | undefined
  let levels: Level[] = []
  let lastParagraph: ClauseDraft | undefined
  let lastClause: ClauseDraft | undefined
  let skipping = false

  /** A lead with nothing under it (`Overwegende:` over the next lead): a heading of the template, dropped on purpose. */
  const closeEmpty = (): void => {
    if (section && section.list.length === 0) body.furniture.push(...section.leadLines)
  }

  const open = (next: Section): void => {
    closeEmpty()
    section = next
    levels = []
    lastParagraph = undefined
  }

  const add = (clause: ClauseDraft, container: ClauseDraft[]): void => {
    // The first clause’s position starts at its lead, so the lead’s line is in a node.
    if (container === section?.list && container.length === 0 && !clause.lines.includes(section.leadLines[0]!)) {
      clause.lines = [...section.leadLines, ...clause.lines]
    }
    container.push(clause)
    if (container === section?.list) (clause.section === 'request' ? body.requests : body.considerations).push(clause)
    lastClause = clause
  }

  /** A paragraph of clauses: considerations run together with `; dat` are one clause each. */
  const addParagraph = (text: string, block: Block, offset: number): void => {
    for (const part of splitRunTogether(section!, text)) {
      const clause = draft(section!, part.text, block, offset + part.start, offset + part.end)
      add(clause, section!.list)
      lastParagraph = clause
    }
  }

  const hasClauses = (): boolean => body.considerations.length + body.requests.length > 0

  for (const [index, block] of blocks.entries()) {
    let text = block.text.trim()

    // The closing formula, alone or at the end of the last clause.
    const closingMatch = closingRe.exec(text)
    let closesHere = false
    if (closingMatch) {
      const before = text.slice(0, closingMatch.index + closingMatch[0].indexOf(closingMatch[1]!)).trim()
      body.closing = {text: closingMatch[1]!, lines: block.lines}
      closesHere = true
      if (before === '' || /^[.;,]$/u.test(before)) {
        body.tailBlock = index + 1
        break
      }
      text = before
    }

    if (decisionRecord.test(text) || isVoteSentence(text) || signatureMarker.test(text) || laterSigner.test(text) || (hasClauses() && text.length < 60 && isSignOff(text))) {
      body.tailBlock = index
      break
    }

    // `Toelichting` heads its block, even where its text follows on its line or without a blank line.
    if (explanationRe.test(text) || explanationRe.test(block.lines[0]?.text.trim() ?? '')) {
      if (hasClauses()) {
        body.tailBlock = index
        break
      }
      skipping = true
      body.furniture.push(...block.lines)
      continue
    }

    if (preamblePhrase.test(text) || sectionLabel.test(text)) {
      body.furniture.push(...block.lines)
      continue
    }

    const source = sourceNote.exec(text)
    if (source && lastClause && !skipping) {
      // `Bron: …` under a clause: a footnote of that clause, labelled as printed (numbered when
      // repeated, without a space: a Markdown footnote label cannot hold one).
      const printed = source[1]!
      const count = body.sources.filter((note) => note.label === printed || note.label.startsWith(`${printed}-`)).length
      const label = count === 0 ? printed : `${printed}-${count + 1}`
      body.sources.push({label, text: source[2]!, lines: block.lines})
      lastClause.refs.push({label, index: lastClause.text.length})
      continue
    }

    const label = labelRe.exec(text)
    if (label && !section) {
      if (titleLabelSet.has(label[1]!.toLowerCase()) && label[2]!.trim() !== '') {
        body.titleLabel = {text: label[2]!.trim(), lines: block.lines}
      }
      body.furniture.push(...block.lines)
      continue
    }

    const consideration = considerationLead.exec(text)
    let request = consideration ? undefined : matchRequestLead(text)
    const subject = consideration || request ? undefined : assemblySubject(text)
    if (subject) {
      request = subject.request
      body.subjects.push({text: subject.text, lines: block.lines})
    }

    if (consideration) {
      skipping = false
      const lead = text.slice(0, text.length - consideration[4]!.length).trim()
      open({
        type: 'consideration',
        kind: considerationKind(consideration[2]!),
        addressee: null,
        lead,
        hasDat: consideration[3] !== undefined,
        list: [],
        leadLines: block.lines
      })
      // `overwegende:  dat …` on one line reads as `overwegende:` over `- dat …`: without the `dat`.
      const rest = itemText(section!, consideration[4]!.trim())
      if (rest !== '') addParagraph(rest, block, text.length - rest.length)
    } else if (request) {
      skipping = false
      const rest = request.rest.trim()
      open({
        type: 'request',
        kind: request.verb.verb,
        addressee: request.addressee,
        lead: request.lead,
        hasDat: /\bdat\b/iu.test(request.lead),
        list: [],
        leadLines: block.lines
      })
      if (rest !== '') addParagraph(rest, block, text.length - request.rest.length)
    } else if (!section || skipping) {
      // Text between the preamble and the first lead that is no lead: not a clause (an explanation is dropped on purpose).
      // A second preamble (`De Staten, gehoord de beraadslaging,` under `Provinciale Staten van …`) goes with the first, which the assembly is read from.
      if (skipping || (!section && matchAssembly(text) !== undefined)) body.furniture.push(...block.lines)
      // `Ondertekend:` over `- PVV`, `- SGP` before the first lead: the signers, kept for a motion signed nowhere else.
      else if (signatureIntro.test(text) || (body.signers.length > 0 && isSignatureLine(text))) body.signers.push(...block.lines)
      continue
    } else if (!closesHere && hasClauses() && block.marker === undefined && isSignatureLine(text)) {
      body.tailBlock = index
      break
    } else if (block.marker !== undefined) {
      const level = place(levels, block, section, lastParagraph)
      const clause = draft(section, itemText(section, text), block, 0)
      add(clause, level.container)
      level.last = clause
    } else {
      levels = []
      const item = itemText(section, text)
      addParagraph(item, block, text.length - item.length)
    }

    if (closesHere) {
      body.tailBlock = index + 1
      break
    }
  }

  closeEmpty()
  if (body.requests.length === 0) splitRunOnRequest(body)
  foldListsOfOne(body.considerations)
  foldListsOfOne(body.requests)
  return body
}

/**
 * A motion with no request lead of its own, whose last consideration runs on
 * into one after a comma (`…(kenmerk 2021/0210159), spreken de voorkeur uit
 * voor …`): the clause is cut there and the rest is the request.
 */
function splitRunOnRequest(body: Body): void {
  const last = body.considerations.at(-1)
  if (!last || last.items.length > 0) return
  for (const match of last.text.matchAll(/,\s+(?=\p{Ll})/gu)) {
    const at = match.index + match[0].length
    const rest = last.text.slice(at)
    const request = requestVerbAtStart(rest) ? matchRequestLead(rest) : undefined
    if (!request || request.rest.trim() === '') continue
    const start = at + rest.length - request.rest.length
    body.requests.push({
      section: 'request',
      kind: request.verb.verb,
      addressee: request.addressee,
      lead: request.lead,
      text: request.rest.trim(),
      refs: last.refs.filter((ref) => ref.index >= start).map((ref) => ({...ref, index: ref.index - start})),
      lines: last.lines.slice(-1),
      items: []
    })
    last.refs = last.refs.filter((ref) => ref.index < match.index)
    last.text = last.text.slice(0, match.index)
    return
  }
}

/**
 * `De raad van de gemeente Halsteren verklaart dat …` (perhaps after the word
 * `motie`) in the body: the assembly as the subject of a request, read from its verb.
 */
function assemblySubject(text: string): {text: string; request: RequestLeadMatch} | undefined {
  const label = /^(?:motie|amendement)\s+(?=[A-Z])/iu.exec(text)?.[0].length ?? 0
  const assembly = matchAssembly(text.slice(label))
  const at = assembly ? verbAfterAssembly(assembly.rest) : undefined
  if (assembly === undefined || at === undefined) return undefined
  const verb = text.length - assembly.rest.length + at
  const request = matchRequestLead(text.slice(verb))
  return request && {text: text.slice(label, verb).trim(), request}
}

/** Find or make the list level of a list item. */
function place(levels: Level[], block: Block, section: Section, parent: ClauseDraft | undefined): Level {
  const indent = block.indent
  const cls = markerClass(block.marker!)

  if (levels.length === 0) {
    // A list right after a clause that ends in a colon belongs to that clause.
    const container = parent && /:\s*$/u.test(parent.text) ? parent.items : section.list
    const level = {indent, cls, container, last: undefined}
    levels.push(level)
    return level
  }

  for (let depth = levels.length - 1; depth >= 0; depth--) {
    const level = levels[depth]!
    if (Math.abs(level.indent - indent) < indentTolerance && level.cls === cls) {
      levels.length = depth + 1
      return level
    }
  }

  const deepest = levels.at(-1)!
  const deeper = indent > deepest.indent + indentTolerance || (Math.abs(indent - deepest.indent) < indentTolerance && cls !== deepest.cls)
  if (deeper && deepest.last) {
    const level = {indent, cls, container: deepest.last.items, last: undefined}
    levels.push(level)
    return level
  }

  // Shallower than the deepest level with a marker not seen before: the closest level at or left of it.
  let depth = 0
  for (const [candidate, level] of levels.entries()) if (level.indent <= indent + indentTolerance) depth = candidate
  levels.length = depth + 1
  const level = levels[depth]!
  level.cls = cls
  return level
}


/**
 * Requests run together in one paragraph (a list whose items lost their line
 * breaks): split at `;` where the parts before and after each read as a
 * request of their own, with a verb in the infinitive (`… aan te passen; zo
 * lang … aan te dringen`, `… gebruik te maken; Hiertoe … op te richten`).
 */
function splitRequests(text: string): {text: string; start: number; end: number}[] {
  const cuts = [...text.matchAll(/;\s+(?=\p{L})/gu)].filter((match) => !conjunctionRe.test(text.slice(match.index + match[0].length)))
  const parts: {text: string; start: number; end: number}[] = []
  let start = 0
  for (const [index, match] of cuts.entries()) {
    const next = cuts[index + 1]?.index ?? text.length
    const before = text.slice(start, match.index)
    const after = text.slice(match.index + match[0].length, next)
    if (!infinitiveRe.test(before) || !infinitiveRe.test(after)) continue
    parts.push({text: text.slice(start, match.index + 1), start, end: match.index + 1})
    start = match.index + match[0].length
  }
  return [...parts, {text: text.slice(start), start, end: Infinity}]
}

/** A verb in the infinitive with `te`: what a request clause holds (`aan te passen`, `te onderzoeken`). */
const infinitiveRe = /(?<![\p{L}])[Tt]e\s+\p{Ll}{3,}(?:en|n)(?![\p{L}])/u

/** The clauses of one paragraph, with where each starts and ends in it. */
function splitRunTogether(section: Section, text: string): {text: string; start: number; end: number}[] {
  if (section.type === 'request') return splitRequests(text)
  const parts: {text: string; start: number; end: number}[] = []
  let start = 0
  const cuts = [...text.matchAll(runTogetherDat), ...text.matchAll(runTogetherDatSentence), ...(/:$/u.test(section.lead) ? listCuts(text) : [])]
  for (const match of cuts.sort((a, b) => a.index - b.index)) {
    if (match.index < start) continue
    parts.push({text: text.slice(start, match.index + 1), start, end: match.index + 1})
    start = match.index + match[0].length
  }
  // Each later part drops its `dat`, as the lead’s own `dat` is not part of the first.
  const rest = {text: text.slice(start), start, end: Infinity}
  return [...parts, rest].map((part, index) => {
    if (index === 0) return part
    const dat = /^dat\s+/iu.exec(part.text)?.[0].length ?? 0
    return {text: part.text.slice(dat), start: part.start + dat, end: part.end}
  })
}

/**
 * Under a lead that announces a list (`Constaterende dat:`), a paragraph whose
 * clauses lost their line breaks: `;` between two clauses of some length.
 */
function listCuts(text: string): RegExpExecArray[] {
  const words = (value: string): number => value.trim().split(/\s+/u).length
  const matches = [...text.matchAll(/;\s+(?=\p{L})/gu)] as RegExpExecArray[]
  return matches.filter((match, index) => {
    const before = text.slice((matches[index - 1]?.index ?? -1) + 1, match.index)
    const after = text.slice(match.index + match[0].length, matches[index + 1]?.index ?? text.length)
    return words(before) >= 6 && words(after) >= 6
  })
}

function draft(section: Section, text: string, block: Block, offset: number, end = Infinity): ClauseDraft {
  return {
    section: section.type,
    kind: section.kind,
    addressee: section.addressee,
    lead: section.lead,
    text,
    refs: block.refs.filter((ref) => ref.index >= offset && ref.index < end).map((ref) => ({label: ref.label, index: ref.index - offset})),
    lines: block.lines,
    items: [],
    marker: block.marker
  }
}

/** Printed without indents: the clause, its item and the item’s list start at one margin, so nothing shows a nesting. */
function flat(clause: ClauseDraft, item: ClauseDraft): boolean {
  const indents = [clause, item, ...item.items].map((one) => one.lines.at(-1)?.indent ?? 0)
  return Math.max(...indents) - Math.min(...indents) < indentTolerance
}

/**
 * A list of one under a clause that ends in a colon, printed flat, whose item opens a list
 * of its own (`tot de volgende tekstaanpassing:` / `– Het schrappen van … door:`
 * / `2. …` `3. …`): the item goes on with the clause’s sentence, and its list is
 * the clause’s.
 */
function foldListsOfOne(clauses: readonly ClauseDraft[]): void {
  for (const clause of clauses) {
    const only = clause.items.length === 1 ? clause.items[0]! : undefined
    if (only && only.items.length > 0 && /:\s*$/u.test(clause.text) && only.marker !== undefined && !/[\p{L}\p{N}]/u.test(only.marker) && flat(clause, only)) {
      const offset = clause.text.length + only.marker.length + 2
      clause.refs.push(...only.refs.map((ref) => ({...ref, index: ref.index + offset})))
      clause.text = `${clause.text} ${only.marker} ${only.text}`
      clause.lines = [...clause.lines, ...only.lines.filter((line) => !clause.lines.includes(line))]
      clause.items = only.items
    }
    foldListsOfOne(clause.items)
  }
}

/** Under a lead without `dat`, items that start with `dat` drop it (`Overwegende` / `- dat …`). */
function itemText(section: Section, text: string): string {
  if (section.hasDat) return text
  return text.replace(/^[Dd]at(?:\s*,)?\s+/u, '')
}

/**
 * Whether a short paragraph introduces the signers (`Ingediend door:`, `De fractie
 * van D66, Jan de Vries`), and is not a clause that happens to start the same
 * way (`de fractie van D66 hier eerder om vroeg;`).
 */
function isSignOff(text: string): boolean {
  const intro = signatureIntro.exec(text)
  if (!intro) return false
  const rest = text.slice(intro[0].length).replace(/[:,.]\s*$/u, '').trim()
  return rest === '' || isSignatureLine(rest)
}
