/**
 * Rows and grids → lines in reading order, with blank lines where a
 * paragraph ends, as in a plain-text extraction.
 *
 * A paragraph ends (a blank line is written) where
 * - the space between two rows is wider than the line pitch (`paragraphGap`), or
 * - a row stops short although the first word of the next row would have
 *   fitted after it: the writer pressed Enter. This also finds paragraph
 *   ends across a page break, where the vertical gap says nothing.
 *
 * A new list item needs no blank line: its marker starts it. Grids are set
 * apart by blank lines, and so are their multi-line cells. A heading (large
 * type) that wraps is one line, as a title is in a text extraction.
 *
 * Footnotes wait for the end of the paragraph that runs over their page
 * break, then follow a separator line.
 */
import type {LineRef} from '../read/line.js'
import type {LayoutParams} from './params.js'
import type {LayoutRow, PageRows} from './page.js'
import type {Pitch} from './pitch.js'
import {findGrids, type Band} from './grid.js'

/** A line before indentation and numbering. */
export interface Draft {
  text: string
  refs: LineRef[]
  page: number
  /** Left edge of the text; undefined for blank and separator lines. */
  x: number | undefined
  role?: 'footnote' | 'separator' | 'heading'
}

/** Context the paragraph test needs. */
interface Measures {
  pitch: Pitch
  /** Right edge of the text area: the longest rows end here. */
  right: number
  bodySize: number
  params: Readonly<LayoutParams>
}

/** A hyphen or soft hyphen at the end of a row: the word goes on, the row had to break. */
const endsHyphenated = /[-\u00ad]$/u
/** Rows of one heading have the same size, within this fraction. */
const sameSize = 0.05

/**
 * Lay out the body and footnote rows of all pages as lines.
 *
 * @param pages Pages with furniture and footnotes marked.
 * @param pitch Line pitch of the document.
 * @param bodySize Font size of the body text.
 * @param params Layout parameters.
 * @returns Lines in reading order, blank lines included.
 */
export function flow(pages: readonly PageRows[], pitch: Pitch, bodySize: number, params: Readonly<LayoutParams>): Draft[] {
  const measures: Measures = {pitch, right: rightEdge(pages), bodySize, params}
  const entries = collect(pages, pitch, params)
  const out: Draft[] = []
  let pending: Draft[] = []

  // A blank line belongs to the page of the line above it.
  const paragraphEnd = (): void => {
    const last = out.at(-1)
    if (last && !isBlankDraft(last)) out.push(blank(last.page))
    if (pending.length === 0) return
    const page = pending[0]!.page
    out.push({text: '', refs: [], page, x: undefined, role: 'separator'}, ...pending, blank(page))
    pending = []
  }

  for (const [index, entry] of entries.entries()) {
    if (entry.kind === 'footnotes') {
      pending.push(...entry.drafts)
      continue
    }
    if (entry.kind === 'grid') {
      paragraphEnd()
      for (const band of entry.bands) writeBand(band, entry.x, out)
      continue
    }
    const row = entry.row
    const previous = neighbour(entries, index, -1)
    const ends =
      previous !== undefined &&
      endsParagraph(previous, row, {before: neighbour(entries, index, -2), after: neighbour(entries, index, 1)}, measures)
    if (previous && !ends && isHeading(previous, measures) && Math.abs(row.size - previous.size) <= sameSize * row.size) {
      appendTo(out.at(-1)!, row)
      continue
    }
    if (ends) paragraphEnd()
    const draft: Draft = {text: row.text, refs: row.refs, page: row.page, x: row.read.x}
    if (isHeading(row, measures)) draft.role = 'heading'
    out.push(draft)
  }
  if (pending.length > 0) paragraphEnd()
  while (out.length > 0 && isBlankDraft(out.at(-1)!)) out.pop()
  return out
}

/** Body rows, grids and footnote areas of all pages, in reading order. */
type Entry = {kind: 'row'; row: LayoutRow} | {kind: 'grid'; bands: Band[]; x: number} | {kind: 'footnotes'; drafts: Draft[]}

function collect(pages: readonly PageRows[], pitch: Pitch, params: Readonly<LayoutParams>): Entry[] {
  const entries: Entry[] = []
  for (const page of pages) {
    const body = page.rows.filter((row) => !row.furniture && !row.footnote)
    for (const piece of findGrids(body, pitch, params)) {
      entries.push(piece.kind === 'grid' ? {kind: 'grid', bands: piece.bands, x: piece.x} : piece)
    }
    const drafts = page.rows.flatMap((row): Draft[] =>
      row.footnote ? [{text: row.text, refs: row.refs, page: page.page, x: row.read.x, role: 'footnote'}] : []
    )
    if (drafts.length > 0) entries.push({kind: 'footnotes', drafts})
  }
  return entries
}

/** The body row `steps` rows before (negative) or after an entry, across page ends but not across a grid. */
function neighbour(entries: readonly Entry[], index: number, steps: number): LayoutRow | undefined {
  const direction = Math.sign(steps)
  let remaining = Math.abs(steps)
  for (let at = index + direction; at >= 0 && at < entries.length; at += direction) {
    const entry = entries[at]!
    if (entry.kind === 'grid') return undefined
    if (entry.kind === 'footnotes') continue
    if (--remaining === 0) return entry.row
  }
  return undefined
}

/** The rows around a pair: the one above the upper row and the one below the lower row. */
interface Context {
  before: LayoutRow | undefined
  after: LayoutRow | undefined
}

/**
 * Whether a paragraph ends between two consecutive body rows: a wide gap, a
 * change of type size, or an early line break next to a wrapped paragraph or
 * at the foot of a page. Two short rows in a row (a name over a party, an
 * address) are lines of one block, as a text extraction gives them.
 */
export function endsParagraph(above: LayoutRow, below: LayoutRow, context: Context, measures: Measures): boolean {
  if (above.page === below.page) {
    const gap = below.y - above.y
    if (gap > measures.pitch.between(above.size, below.size) * measures.params.paragraphGap) return true
  }
  if (Math.abs(above.size - below.size) > sameSize * below.size) return true
  if (!fits(above, below, measures)) return false
  if (above.page !== below.page) return true
  const aboveWrapped = context.before !== undefined && wraps(context.before, above, measures)
  const belowWraps = context.after !== undefined && wraps(below, context.after, measures)
  return aboveWrapped || belowWraps
}

/** Whether `below` is the next row of the same wrapped paragraph as `above`. */
function wraps(above: LayoutRow, below: LayoutRow, measures: Measures): boolean {
  if (above.page === below.page && below.y - above.y > measures.pitch.between(above.size, below.size) * measures.params.paragraphGap) {
    return false
  }
  return below.read.marker === undefined && !fits(above, below, measures)
}

/** Whether the first word of `below` would have fitted after `above` (then the writer broke the line). */
function fits(above: LayoutRow, below: LayoutRow, measures: Measures): boolean {
  if (below.read.marker !== undefined || endsHyphenated.test(above.text)) return false
  const first = below.read.segments[0]
  if (!first) return false
  const word = first.text.split(' ', 1)[0] ?? ''
  const wordWidth = first.text.length > 0 ? ((first.x1 - first.x) * word.length) / first.text.length : 0
  return above.x1 + measures.params.spaceWidth * above.size + wordWidth * measures.params.wordFit <= measures.right
}

function isHeading(row: LayoutRow, measures: Measures): boolean {
  return row.size >= measures.bodySize * measures.params.headingType && row.read.marker === undefined
}

/** Add the next row of a heading to its line: after a space, or in place of the hyphen of a broken word. */
function appendTo(draft: Draft, row: LayoutRow): void {
  const broken = /\p{L}-$/u.test(draft.text) && /^\p{Ll}/u.test(row.text)
  const text = broken ? draft.text.slice(0, -1) : `${draft.text} `
  draft.refs = [...draft.refs, ...row.refs.map((ref) => ({label: ref.label, index: ref.index + text.length}))]
  draft.text = text + row.text
}

/** Write one band of a grid: one-line cells left to right; else cell after cell, a blank line after each. */
function writeBand(band: Band, x: number, out: Draft[]): void {
  const single = band.cells.every((cell) => cell.lines.length === 1)
  for (const cell of band.cells) {
    for (const {segment, row} of cell.lines) out.push({text: segment.text, refs: segment.refs, page: row.page, x})
    if (!single) out.push(blank(cell.lines[0]!.row.page))
  }
  if (single && band.cells.length > 0) out.push(blank(band.cells[0]!.lines[0]!.row.page))
}

/**
 * The right edge of the text: where the longest body rows end, and no less
 * than the left margin mirrored (pages with only short lines).
 */
function rightEdge(pages: readonly PageRows[]): number {
  let right = 0
  const lefts = new Map<number, number>()
  for (const page of pages) {
    for (const row of page.rows) {
      if (row.furniture) continue
      right = Math.max(right, row.x1)
      // The margin is the left edge most rows start at.
      const key = Math.round(row.read.x)
      lefts.set(key, (lefts.get(key) ?? 0) + 1)
    }
  }
  let margin: number | undefined
  let most = 0
  for (const [x, count] of lefts) {
    if (count > most) {
      margin = x
      most = count
    }
  }
  const width = pages[0]?.width ?? 0
  return margin === undefined ? right : Math.max(right, width - margin)
}

function blank(page: number): Draft {
  return {text: '', refs: [], page, x: undefined}
}

function isBlankDraft(draft: Draft): boolean {
  return draft.text === '' && draft.role === undefined
}
