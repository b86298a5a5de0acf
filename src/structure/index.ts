/**
 * Structure stage: one motion span → one motion tree.
 *
 * Runs in two steps because footnote markers glued to words (`guests1`) can
 * only be told from text once the definitions of the whole document are
 * known: `structure` reads each span, `finalize` cleans clause texts against
 * the document’s footnote labels and builds the schema nodes.
 */
import {isBlank, type Line} from '../read/line.js'
import type {MotionSpan} from '../segment.js'
import {closing as closingRe, considerationLead, matchRequestLead, bullet} from '../patterns.js'
import {findYears, toIso} from '../dates.js'
import type {Consideration, DateSource, Motion, Request} from '../schema.js'
import {toBlocks, type Block} from './blocks.js'
import {parseBody, type ClauseDraft} from './clauses.js'
import {parseFootnotes, markerLabels, stripMarkers, type FootnoteDraft} from './footnotes.js'
import {parseHeader, type Found, type Header} from './header.js'
import {extentOf, positionOf} from './position.js'
import {isPreamble, readPreamble, type PreambleReading} from '../preamble.js'
import {parseSignatories, type SignatoryDraft} from './signatories.js'

export interface MotionDraft {
  header: Header
  preamble: PreambleReading | undefined
  preambleLines: Line[]
  considerations: ClauseDraft[]
  requests: ClauseDraft[]
  closing: Found | undefined
  title: Found | undefined
  number: Found | undefined
  footnotes: FootnoteDraft[]
  signatories: SignatoryDraft[]
  lines: Line[]
}

export interface StructureContext {
  /** The source has pages: positions carry them. */
  paged: boolean
}

/** `Zij krijgt nr. 249 (33118).`: a number given after the motion (Handelingen). */
const assignedNumberRe = /(?:zij|hij|deze motie)\s+krijgt\s+nr\.?\s*(\d+)\s*(?:\(([\d\s-]+[A-Z]*)\))?/iu
/** A line of footnote rule in text extractions. */
const separatorRe = /^[_\-—–]{5,}$/u

/** Read one motion span into a draft. */
export function structure(span: MotionSpan): MotionDraft {
  const lines = span.lines
  const area = footnoteArea(lines)
  const start = span.preamble >= 0 ? span.preamble : firstLead(lines)
  const header = parseHeader(lines.slice(0, start).filter((line) => !area.has(line)))

  // The preamble sentence may wrap over several lines.
  const preambleLines: Line[] = []
  let carried: Line | undefined
  let next = start
  if (span.preamble >= 0) {
    for (; next < lines.length && preambleLines.length < 6; next++) {
      const line = lines[next]!
      if (isBlank(line)) {
        if (preambleLines.length > 0 && !continuesPreamble(lines, next)) break
        continue
      }
      if (preambleLines.length > 0 && (startsClause(line.text) || isPreamble(lines, next))) break
      const inline = leadInside(line)
      if (inline) {
        // `De gemeenteraad van Dalfsen; gelet op …`: the first lead shares the preamble’s line.
        preambleLines.push(inline.head)
        carried = inline.rest
        next++
        break
      }
      preambleLines.push(line)
      if (/[,;:.]$/u.test(line.text.trim()) && !/^\s*\p{Ll}/u.test(nextText(lines, next + 1))) {
        next++
        break
      }
    }
  }
  const preambleText = preambleLines.map((line) => line.text.trim()).join(' ')

  const bodyLines = [...(carried ? [carried] : []), ...lines.slice(next).filter((line) => !area.has(line))]
  const blocks = toBlocks(bodyLines)
  const body = parseBody(blocks)
  const tail = tailLines(bodyLines, blocks, body.tailBlock)

  const expected = new Set(
    [...body.considerations, ...body.requests].flatMap(function labels(clause): string[] {
      return [...markerLabels(clause.text), ...clause.refs.map((ref) => ref.label), ...clause.items.flatMap(labels)]
    })
  )
  const fromArea = parseFootnotes([...area], true, expected)
  const fromTail = parseFootnotes(tail, false, expected)
  const signed = parseSignatories(tail.filter((line) => !fromTail.used.has(line)))
  // Some councils name the submitters above the preamble only (`Ingediend door: …`).
  const signatories = signed.length > 0 ? signed : parseSignatories(header.signers)

  const draft: MotionDraft = {
    header,
    preamble: span.preamble >= 0 ? readPreamble(preambleText, header.kamer, lines.slice(0, next).map((line) => line.text).join(' ')) : undefined,
    preambleLines,
    considerations: body.considerations,
    requests: body.requests,
    closing: body.closing,
    title: header.title ?? body.titleLabel,
    number: header.number,
    footnotes: [...body.sources, ...fromArea.footnotes, ...fromTail.footnotes],
    signatories,
    lines
  }

  if (!draft.number) {
    for (const line of tail) {
      const assigned = assignedNumberRe.exec(line.text)
      if (assigned) {
        const dossier = assigned[2]?.replace(/\s/gu, '')
        draft.number = {text: dossier ? `${dossier} nr. ${assigned[1]}` : assigned[1]!, lines: [line]}
      }
    }
  }

  return draft
}

/** Build the schema nodes of all drafts of one document. */
export function finalize(drafts: readonly MotionDraft[], context: StructureContext): Motion[] {
  const labels = new Set(drafts.flatMap((draft) => draft.footnotes.map((footnote) => footnote.label)))
  const documentYear = commonYear(drafts)
  return drafts.map((draft) => toMotion(draft, labels, documentYear, context))
}

function toMotion(draft: MotionDraft, labels: ReadonlySet<string>, documentYear: number | undefined, context: StructureContext): Motion {
  const {paged} = context
  const at = (lines: readonly Line[]) => positionOf(lines, paged)
  const date = meetingDate(draft, documentYear, paged)
  const preamble = draft.preamble

  const motion: Motion = {
    type: 'motion',
    kind: draft.header.kind,
    number: draft.number?.text ?? null,
    title: draft.title?.text || null,
    assembly: {type: preamble?.type ?? null, name: preamble?.name ?? null},
    date: date?.iso ?? null,
    considerations: draft.considerations.map((clause) => toConsideration(clause, labels, paged)),
    requests: draft.requests.map((clause) => toRequest(clause, labels, paged)),
    footnotes: draft.footnotes.map((footnote) => ({
      type: 'footnote' as const,
      label: footnote.label,
      text: normalizeSpace(footnote.text),
      ...optional('position', at(footnote.lines))
    })),
    signatories: draft.signatories.map((signer) => ({
      type: 'signatory' as const,
      name: signer.name,
      party: signer.party,
      addedLater: signer.addedLater,
      ...optional('position', at(signer.lines))
    })),
    closing: draft.closing !== undefined,
    sources: {
      title: draft.title ? {text: draft.title.lines.map((line) => line.text).join(' '), position: at(draft.title.lines)!} : null,
      number: draft.number ? {text: draft.number.lines.map((line) => line.text).join(' '), position: at(draft.number.lines)!} : null,
      date: date?.source ?? null,
      closing: draft.closing ? {text: draft.closing.text, position: at(draft.closing.lines)!} : null
    },
    ...optional('position', extentOf(draft.lines.filter((line) => !isBlank(line)), paged))
  }

  if (preamble && preamble.phrase !== '' && draft.preambleLines.length > 0) {
    motion.assembly.text = preamble.phrase
    const position = at(draft.preambleLines)
    if (position) motion.assembly.position = position
  }
  return motion
}

function toConsideration(clause: ClauseDraft, labels: ReadonlySet<string>, paged: boolean): Consideration {
  const {text, refs} = cleanClause(clause, labels)
  return {
    type: 'consideration',
    kind: clause.kind,
    lead: clause.lead,
    text,
    footnoteRefs: refs,
    items: clause.items.map((item) => toConsideration(item, labels, paged)),
    ...optional('position', positionOf(clause.lines, paged))
  }
}

function toRequest(clause: ClauseDraft, labels: ReadonlySet<string>, paged: boolean): Request {
  const {text, refs} = cleanClause(clause, labels)
  return {
    type: 'request',
    verb: clause.kind,
    addressee: clause.addressee,
    lead: clause.lead,
    text,
    footnoteRefs: refs,
    items: clause.items.map((item) => toRequest(item, labels, paged)),
    ...optional('position', positionOf(clause.lines, paged))
  }
}

function cleanClause(clause: ClauseDraft, labels: ReadonlySet<string>): {text: string; refs: string[]} {
  const stripped = stripMarkers(clause.text, clause.refs, labels)
  // A list item’s `; en` / `, of` only links it to the next one.
  const text = normalizeSpace(stripped.text)
    .replace(/[;,]\s*(?:en|of)$/u, '')
    .replace(/[\s;,.:]+$/u, '')
    .trim()
  return {text, refs: stripped.refs}
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** The meeting date: the preamble’s, else a labelled header date, else any header date. */
function meetingDate(draft: MotionDraft, documentYear: number | undefined, paged: boolean): {iso: string; source: DateSource} | undefined {
  const preambleDate = draft.preamble?.date
  const headerDates = draft.header.dates
  const labelled = headerDates.find((date) => date.labelled && date.date.year !== undefined)
  const anyHeader = headerDates.find((date) => date.date.year !== undefined)

  let found = preambleDate
  let lines: readonly Line[] = draft.preambleLines
  if (!found) {
    const chosen = labelled ?? anyHeader ?? headerDates[0]
    if (!chosen) return undefined
    found = chosen.date
    lines = [chosen.line]
  }

  let year = found.year
  const inferred: 'year'[] = []
  if (year === undefined) {
    year = findYears(draft.preamble?.text ?? '').at(0) ?? headerDates.find((date) => date.date.year !== undefined)?.date.year ?? documentYear
    if (year === undefined) return undefined
    inferred.push('year')
  }

  const line = lines.find((candidate) => candidate.text.includes(found.text.split(/\s+/)[0]!)) ?? lines[0]
  const position = line ? positionOf([line], paged) : undefined
  if (!position) return undefined
  return {iso: toIso(year, found.month, found.day), source: {text: found.text, position, inferred}}
}

/** The year most dates in the document’s preambles and headers share. */
function commonYear(drafts: readonly MotionDraft[]): number | undefined {
  const counts = new Map<number, number>()
  for (const draft of drafts) {
    const years = [draft.preamble?.date?.year, ...draft.header.dates.map((date) => date.date.year)]
    for (const year of years) if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  let best: number | undefined
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)!) best = year
  return best
}

/** Lines of the footnote area: marked by layout, or below a rule in text extractions, up to the page end. */
function footnoteArea(lines: readonly Line[]): Set<Line> {
  const area = new Set<Line>()
  for (const [index, line] of lines.entries()) {
    if (line.role === 'footnote') {
      area.add(line)
      continue
    }
    if (line.role !== 'separator' && !separatorRe.test(line.text.trim())) continue
    const following = lines.slice(index + 1)
    const first = following.find((other) => !isBlank(other))
    if (!first || !/^(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\[\d{1,2}\]|\*)(?:\s|$)/u.test(first.text.trim())) continue
    for (const other of following) {
      if (other.page !== line.page) break
      // A footnote area ends where the body resumes: a closing or a lead at the margin.
      if (closingRe.test(' ' + other.text) || startsClause(other.text)) break
      area.add(other)
    }
  }
  return area
}

function tailLines(bodyLines: readonly Line[], blocks: readonly Block[], tailBlock: number): Line[] {
  if (tailBlock >= blocks.length) {
    const last = blocks.at(-1)?.lines.at(-1)
    return last ? bodyLines.slice(bodyLines.indexOf(last) + 1) : [...bodyLines]
  }
  return bodyLines.slice(bodyLines.indexOf(blocks[tailBlock]!.lines[0]!))
}

/** A preamble line that runs on into a consideration lead after `;` or `,`: the line split in two. */
function leadInside(line: Line): {head: Line; rest: Line} | undefined {
  for (const match of line.text.matchAll(/[;,]\s+(?=\p{L})/gu)) {
    const at = match.index + match[0].length
    const rest = line.text.slice(at)
    if (!considerationLead.test(rest)) continue
    const refs = line.refs ?? []
    return {
      head: {...line, text: line.text.slice(0, match.index + 1), refs: refs.filter((ref) => ref.index <= match.index)},
      rest: {...line, text: rest, column: line.column + at, refs: refs.filter((ref) => ref.index >= at).map((ref) => ({...ref, index: ref.index - at}))}
    }
  }
  return undefined
}

function startsClause(text: string): boolean {
  const value = text.replace(bullet, '')
  return considerationLead.test(value) || matchRequestLead(value) !== undefined
}

function firstLead(lines: readonly Line[]): number {
  const index = lines.findIndex((line) => startsClause(line.text))
  return index < 0 ? 0 : index
}

function continuesPreamble(lines: readonly Line[], index: number): boolean {
  return /^\s*\p{Ll}/u.test(nextText(lines, index)) && !startsClause(nextText(lines, index))
}

function nextText(lines: readonly Line[], from: number): string {
  for (let index = from; index < lines.length; index++) if (!isBlank(lines[index]!)) return lines[index]!.text
  return ''
}

/** `{key: value}` when value is defined, else `{}` (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return value === undefined ? {} : ({[key]: value} as {[P in K]?: V})
}
