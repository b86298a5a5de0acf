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
  escape,
  laterSigner,
  markerClass,
  matchRequestLead,
  preamblePhrase,
  sectionLabel,
  runTogetherDat,
  signatureIntro,
  signatureMarker,
  sourceNote
} from '../patterns.js'
import type {Block} from './blocks.js'
import {isSignatureLine} from './names.js'

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

const explanationRe = new RegExp(`^(?:${explanationHeadings.map((word) => escape(word)).join('|')})\\s*(?::|$)`, 'iu')
const labelRe = new RegExp(`^(${[...titleLabels, ...headerLabels].map((word) => escape(word)).join('|')})\\s*:\\s*(.*)$`, 'iu')
const titleLabelSet = new Set(titleLabels)

export function parseBody(blocks: readonly Block[]): Body {
  const body: Body = {considerations: [], requests: [], closing: undefined, titleLabel: undefined, tailBlock: blocks.length, sources: [], furniture: [], signers: []}
  let section: Section | undefined
  let levels: Level[] = []
  let lastParagraph: ClauseDraft | undefined
  let lastClause: ClauseDraft | undefined
  let skipping = false

  const open = (next: Section): void => {
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

    if (decisionRecord.test(text) || signatureMarker.test(text) || laterSigner.test(text) || (hasClauses() && text.length < 60 && isSignOff(text))) {
      body.tailBlock = index
      break
    }

    // `Toelichting` heads its block, even where its text follows without a blank line.
    if (explanationRe.test(text) || (hasClauses() && explanationRe.test(block.lines[0]!.text.trim()))) {
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
    const request = consideration ? undefined : matchRequestLead(text)

    if (consideration) {
      skipping = false
      const rest = consideration[4]!.trim()
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
      if (rest !== '') addParagraph(rest, block, text.length - consideration[4]!.length)
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
      if (rest !== '') {
        const clause = draft(section!, rest, block, text.length - request.rest.length)
        add(clause, section!.list)
        lastParagraph = clause
      }
    } else if (!section || skipping) {
      // Text between the preamble and the first lead that is no lead: not a clause (an explanation is dropped on purpose).
      if (skipping) body.furniture.push(...block.lines)
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

  return body
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


/** The clauses of one paragraph, with where each starts and ends in it. */
function splitRunTogether(section: Section, text: string): {text: string; start: number; end: number}[] {
  if (section.type !== 'consideration') return [{text, start: 0, end: Infinity}]
  const parts: {text: string; start: number; end: number}[] = []
  let start = 0
  for (const match of text.matchAll(runTogetherDat)) {
    parts.push({text: text.slice(start, match.index + 1), start, end: match.index + 1})
    start = match.index + match[0].length
  }
  // Each later part drops its `dat`, as the lead’s own `dat` is not part of the first.
  const rest = {text: text.slice(start), start, end: Infinity}
  return [...parts, rest].map((part, index) => {
    if (index === 0) return part
    const dat = /^dat\s+/iu.exec(part.text)![0].length
    return {text: part.text.slice(dat), start: part.start + dat, end: part.end}
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
    items: []
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
