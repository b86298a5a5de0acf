/**
 * Segment stage: positioned lines → one span of lines per motion.
 *
 * A motion is anchored on its preamble (`De gemeenteraad van …, in
 * vergadering bijeen …`, `De Kamer,`). Everything between two preambles is
 * split where the first motion’s tail (signatories, footnotes) ends and the
 * next motion’s header (title, number, date) begins.
 */
import {isBlank, type Line} from './read/line.js'
import {findDates} from './dates.js'
import {motionWords} from './lexicon.js'
import {closing, considerationLead, isDocumentType, isFurniture, isMetadata, isSiteTableHeading, loose, matchAssembly, matchRequestLead, stripBullet} from './patterns.js'
import {isPreamble, verbAfterAssembly} from './preamble.js'
import {cutRunningText} from './running-text.js'
import {isNameLike, isPartyLike, isPartyName} from './names.js'
import {lettersRegExp} from './letters.js'

export interface MotionSpan {
  /** The lines of the motion, header to tail. */
  lines: Line[]
  /** Index in `lines` of the preamble line, or -1 when the motion has none. */
  preamble: number
  /**
   * Running text above the first motion that is not part of it (the debate of
   * minutes, a site's report of the meeting): it may still name the submitters.
   */
  before?: Line[]
}

/** Blank lines that separate a motion’s tail from the next motion’s header. */
const headerGap = 3

const titleRe = lettersRegExp(
  `^(?:(?:nr\\.?\\s*)?\\d+\\.?\\s+)?(?:${motionWords.flatMap(({words}) => words.map((word) => loose(word))).join('|')})(?![\\p{L}])`,
  'iu'
)
/** Vote results after a motion (`Motie aangenomen`) are not the next motion’s title. */
const voteRe = /^(?:motie|amendement)\s+(?:is\s+)?(?:aangenomen|verworpen|ingetrokken|aangehouden|vervallen)/iu

/**
 * A motion’s title line (`Motie …`, `7 MOTIE B …`); not a vote result, nor
 * minutes that name the motion before its assembly’s request (`motie De raad … verklaart dat …`).
 */
function isTitleLine(text: string): boolean {
  const value = text.trim()
  const match = titleRe.exec(value)
  if (!match || voteRe.test(value)) return false
  const assembly = matchAssembly(value.slice(match[0].length).trim())
  return !(assembly && verbAfterAssembly(assembly.rest) !== undefined)
}

/**
 * Split lines into motion spans. Furniture is dropped first, into
 * `furniture` when given (the account of every line keeps it silent).
 */
export function segment(input: readonly Line[], furniture: Line[] = []): MotionSpan[] {
  const dropped = dropFurniture(input)
  const kept = new Set(dropped)
  furniture.push(...input.filter((line) => !kept.has(line)))
  // The row of values under a site's table heading stays for the header to read (the chamber, the dossier), but is silent.
  furniture.push(...siteTableRows(input))
  const lines = splitPreambleVerbs(cutRunningText(splitDatelines(dropped, furniture)))
  const preambles = mergePreambles(
    lines,
    lines.flatMap((line, index) => (isPreamble(lines, index) ? [index] : []))
  )

  if (preambles.length === 0) {
    // No preamble: still a motion when it has leads (a fragment, a draft).
    const hasLead = lines.some((line) => considerationLead.test(stripBullet(line.text)) || matchRequestLead(stripBullet(line.text)))
    return hasLead ? titledSpans(lines) : []
  }

  const starts = preambles.map((preamble, index) => (index === 0 ? startInText(lines, preamble) : headerStart(lines, preambles[index - 1]!, preamble)))
  return starts.map((start, index) => {
    const stop = starts[index + 1] ?? lines.length
    const span: MotionSpan = {lines: lines.slice(start, stop), preamble: preambles[index]! - start}
    if (index === 0 && start > 0) span.before = lines.slice(0, start)
    return span
  })
}

/**
 * Motions without a preamble, one after another (a site’s list of adopted
 * motions): each starts at a title line (`Motie: …`) that has clauses of its
 * own before the next one, with the metadata lines right above it
 * (`Agendapunt: …`). One such title or none: the whole text is one motion.
 */
function titledSpans(lines: Line[]): MotionSpan[] {
  const titles = lines.flatMap((line, index) => (isTitleLine(line.text) ? [index] : []))
  const anchors = titles.filter((title, index) => lines.slice(title + 1, titles[index + 1] ?? lines.length).some((line) => startsClause(line.text)))
  if (anchors.length < 2) return [{lines, preamble: -1}]
  const starts = anchors.map((anchor, index) => {
    if (index === 0) return 0
    let start = anchor
    for (let above = anchor - 1; above > anchors[index - 1]!; above--) {
      const line = lines[above]!
      if (isBlank(line)) continue
      if (!isMetadata(line.text)) break
      start = above
    }
    return start
  })
  return starts.map((start, index) => ({lines: lines.slice(start, starts[index + 1] ?? lines.length), preamble: -1}))
}

/**
 * A preamble that follows another with no clause between them goes on with
 * it (`Provinciale Staten van Overijssel in vergadering bijeen …` over `De
 * Staten, gehoord de beraadslaging,`): one motion, not two.
 */
function mergePreambles(lines: readonly Line[], preambles: readonly number[]): number[] {
  const kept: number[] = []
  for (const index of preambles) {
    const previous = kept.at(-1)
    if (previous !== undefined && !lines.slice(previous + 1, index).some((line) => startsClause(line.text))) continue
    kept.push(index)
  }
  return kept
}

function startsClause(text: string): boolean {
  const value = stripBullet(text.trim())
  return considerationLead.test(value) || matchRequestLead(value) !== undefined
}

/**
 * `De raad besluit:`: a preamble whose first request follows on the same
 * line is split in two lines there, so that the preamble and the request are
 * read apart.
 */
function splitPreambleVerbs(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, index) => {
    if (!isPreamble(lines, index)) return [line]
    const match = matchAssembly(line.text)
    const at = match ? verbAfterAssembly(match.rest) : undefined
    if (match === undefined || at === undefined) return [line]
    const cut = line.text.length - match.rest.length + at
    const {refs, ...rest} = line
    const head: Line = {...rest, text: line.text.slice(0, cut).trimEnd()}
    const tail: Line = {...rest, text: line.text.slice(cut), column: line.column + cut}
    if (refs) {
      head.refs = refs.filter((ref) => ref.index < cut)
      tail.refs = refs.filter((ref) => ref.index >= cut).map((ref) => ({...ref, index: ref.index - cut}))
    }
    return [head, tail]
  })
}

/** `DALFSEN – De gemeenteraad van …`: a place in capitals and a dash before the text, as a news site prints it. */
const datelineRe = /^(\p{Lu}[\p{Lu}’'.-]*(?:\s+\p{Lu}[\p{Lu}’'.-]*){0,3})\s+[–—-]\s+(?=\S)/u

/**
 * A preamble behind a dateline: the place is cut off into `furniture`, so
 * that the preamble starts its line.
 */
function splitDatelines(lines: readonly Line[], furniture: Line[]): Line[] {
  return lines.flatMap((line) => {
    const match = datelineRe.exec(line.text)
    if (!match || !matchAssembly(line.text.slice(match[0].length))) return [line]
    const cut = match[0].length
    const {refs, ...rest} = line
    const head: Line = {...rest, text: match[1]!}
    const tail: Line = {...rest, text: line.text.slice(cut), column: line.column + cut}
    if (refs) tail.refs = refs.filter((ref) => ref.index >= cut).map((ref) => ({...ref, index: ref.index - cut}))
    furniture.push(head)
    return [tail]
  })
}

/** Where the motion whose preamble is at `preamble` begins, after the one at `previous`. */
function headerStart(lines: readonly Line[], previous: number, preamble: number): number {
  // The end of the previous motion’s body: its closing, if any.
  let bodyEnd = previous
  for (let index = previous; index < preamble; index++) {
    if (closing.test(lines[index]!.text)) bodyEnd = index
  }

  // A page break after that body: the next motion starts on the new page.
  for (let index = preamble; index > bodyEnd; index--) {
    if (lines[index]!.page !== lines[index - 1]!.page) {
      const first = firstContent(lines, index, preamble)
      // A signer whose party ended the page before (`PVV Noord-Brabant` | `Joyce Kardol`) still signs that motion.
      return carriedSigner(lines, bodyEnd, index, first) ? firstContent(lines, first + 1, preamble) : first
    }
  }

  // A title line (`Motie …`) after that body.
  for (let index = bodyEnd + 1; index < preamble; index++) {
    const text = lines[index]!.text
    if (isTitleLine(text)) return index
  }

  // After a closing, lines that show nothing of a header (a title, a label, a number, a date)
  // are the previous motion’s signatures: the next motion starts at its preamble.
  if (bodyEnd > previous && !lines.slice(bodyEnd + 1, preamble).some((line) => showsHeader(line.text))) return firstContent(lines, preamble, preamble)

  // Else the block of lines right above the preamble, up to a wide gap or a rule.
  let start = preamble
  let blanks = 0
  for (let index = preamble - 1; index > bodyEnd; index--) {
    const line = lines[index]!
    // Before the blank check: a rule is often a blank line with the `separator` role.
    if (line.role === 'footnote' || line.role === 'separator') break
    if (isBlank(line)) {
      blanks++
      if (blanks >= headerGap) break
      continue
    }
    blanks = 0
    start = index
  }
  return start
}

/** Non-blank lines that a motion line may stand above its preamble. */
const titleReach = 3

/**
 * Where the first motion begins. A motion read out in minutes (`Motie` over
 * `De Kamer,`, after a speech) begins at its title line: the running text
 * above it is the debate, not the motion’s header. Anything else: at the top.
 */
function startInText(lines: readonly Line[], preamble: number): number {
  let seen = 0
  for (let index = preamble - 1; index >= 0 && seen < titleReach; index--) {
    const text = lines[index]!.text.trim()
    if (text === '') continue
    seen++
    if (!isTitleLine(text)) continue
    return lines.slice(0, index).some((line) => isProse(line.text)) ? index : 0
  }
  return 0
}

/** A line of running text: a sentence ends and the next begins inside it, as in a speech. */
function isProse(text: string): boolean {
  const value = text.trim()
  return value.split(/\s+/u).length >= 10 && /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u.test(value)
}

/**
 * The first line of a page (`first`) is the name of a signer whose party
 * alone follows the closing on the page before: the signature block goes on.
 */
function carriedSigner(lines: readonly Line[], bodyEnd: number, pageStart: number, first: number): boolean {
  if (!closing.test(lines[bodyEnd]!.text)) return false
  const before = lines.slice(bodyEnd + 1, pageStart).filter((line) => !isBlank(line))
  const text = lines[first]?.text.trim() ?? ''
  return (
    before.length > 0 &&
    before.every((line) => isPartyName(line.text) || (isPartyLike(line.text) && !isNameLike(line.text))) &&
    isNameLike(text) &&
    !isPartyLike(text) &&
    text.split(/\s+/u).length >= 2 &&
    !titleRe.test(text)
  )
}

/** A line that only a motion’s header holds: a label, a date, a number, a Kamerstuk’s heading. */
function showsHeader(text: string): boolean {
  const value = text.trim()
  if (value === '') return false
  return isMetadata(value) || /:/u.test(value) || findDates(value).length > 0 || /\d/u.test(value) || /^(?:\p{Lu}[\p{Lu}\s’'-]+)$/u.test(value) && value.split(/\s+/u).length >= 4
}

function firstContent(lines: readonly Line[], from: number, limit: number): number {
  for (let index = from; index < limit; index++) if (!isBlank(lines[index]!)) return index
  return limit
}

/** Page furniture that extractions leave in the text: colophons, page numbers, running headers. */
export function dropFurniture(lines: readonly Line[]): Line[] {
  const edges = pageEdges(lines)
  const repeated = repeatedAtEdges(lines, edges)
  const seen = new Set<string>()
  const first = lines.findIndex((line) => !isBlank(line))
  return lines.filter((line, index) => {
    if (isBlank(line)) return true
    const text = line.text.trim()
    // A publication site’s page: the document’s kind on its first line, the heading of its metadata table.
    if ((index === first && isDocumentType(text)) || isSiteTableHeading(text)) return false
    if (/^\d+$/.test(text) || /^[-–]\s*\d{1,3}\s*[-–]$/.test(text)) {
      // A bare number is a page number only at a page’s edge; elsewhere it may be a footnote label or a wrapped year.
      return !edges.has(index)
    }
    if (isFurniture(text)) return false
    const key = shape(text)
    if (repeated.has(key) && edges.has(index) && !matchAssembly(text) && !isSignerParty(lines, index)) {
      // Keep the first occurrence: on page 1 it may be the document’s own header.
      if (seen.has(key)) return false
      seen.add(key)
      return !/\d/.test(text)
    }
    return true
  })
}

/** The line right under a publication site’s table heading: its row of values (`Tweede Kamer der Staten-Generaal2018-2019nr. 33, item 4`). */
function siteTableRows(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, index) => {
    if (!isSiteTableHeading(line.text)) return []
    const row = lines.slice(index + 1).find((other) => !isBlank(other))
    return row && row.page === line.page && row.line === line.line + 1 ? [row] : []
  })
}

/**
 * A party right under a person’s name at the top of a page (a signature
 * block carried over): the signer’s party, even where the letterhead printed
 * the same party on the first page.
 */
function isSignerParty(lines: readonly Line[], index: number): boolean {
  const above = lines[index - 1]
  return above !== undefined && !isBlank(above) && above.page === lines[index]!.page && isPartyName(lines[index]!.text) && isNameLike(above.text) && !isPartyLike(above.text)
}

/** Indexes of the first two and last two non-blank lines of each page, in multi-page texts. */
function pageEdges(lines: readonly Line[]): Set<number> {
  const edges = new Set<number>()
  const pages = new Map<number, number[]>()
  for (const [index, line] of lines.entries()) {
    if (isBlank(line)) continue
    const list = pages.get(line.page) ?? []
    list.push(index)
    pages.set(line.page, list)
  }
  if (pages.size < 2) return edges
  for (const list of pages.values()) {
    for (const index of [...list.slice(0, 2), ...list.slice(-2)]) edges.add(index)
  }
  return edges
}

function repeatedAtEdges(lines: readonly Line[], edges: Set<number>): Set<string> {
  const pagesByShape = new Map<string, Set<number>>()
  for (const index of edges) {
    const line = lines[index]!
    if (closing.test(line.text)) continue
    const key = shape(line.text)
    const pages = pagesByShape.get(key) ?? new Set<number>()
    pages.add(line.page)
    pagesByShape.set(key, pages)
  }
  return new Set([...pagesByShape].filter(([, pages]) => pages.size >= 2).map(([key]) => key))
}

/** A line with its numbers blanked: running footers differ only in the page number. */
function shape(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, '#')
}
