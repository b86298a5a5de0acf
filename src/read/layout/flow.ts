/**
 * Rows and grids → lines in reading order, with blank lines where a
 * paragraph ends (`paragraphs.ts`), as in a plain-text extraction.
 *
 * A new list item needs no blank line: its marker starts it. Grids are set
 * apart by blank lines, and so are their multi-line cells. A heading (large
 * type) that wraps is one line, as a title is in a text extraction.
 *
 * Footnotes wait for the end of the paragraph that runs over their page
 * break, then follow a separator line.
 */
import {enclose, type Box, type LineRef} from '../line.js'
import {findGrids, type Band, type CellLine} from './grid.js'
import type {LayoutRow, PageRows} from './page.js'
import {endsParagraph, rightEdge, sameSize, type Measures} from './paragraphs.js'
import type {LayoutParams} from './params.js'
import type {Pitch} from './pitch.js'
import type {Row} from './rows.js'
import {joinWrapped} from '../../wrap.js'

/** A line before indentation and numbering. */
export interface Draft {
  text: string
  refs: LineRef[]
  page: number
  /** Left edge of the text; undefined for blank and separator lines. */
  x: number | undefined
  role?: 'footnote' | 'separator' | 'heading'
  /** The area of its glyphs; undefined for blank and separator lines. */
  box?: Box | undefined
}

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
    out.push({text: '', refs: [], page: pending[0]!.page, x: undefined, role: 'separator'}, ...pending, blank(pending.at(-1)!.page))
    pending = []
  }

  for (const [index, entry] of entries.entries()) {
    if (entry.kind === 'footnotes') {
      pending.push(...entry.drafts)
      continue
    }
    if (entry.kind === 'grid') {
      paragraphEnd()
      for (const band of entry.bands) writeBand(band, entry.x, out, params)
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
    const draft: Draft = {text: row.text, refs: row.refs, page: row.page, x: row.read.x, box: rowBox(row)}
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
    const footnotes = (carried: boolean): void => {
      const drafts = page.rows.flatMap((row): Draft[] =>
        row.footnote && row.carried === carried ? [{text: row.text, refs: row.refs, page: page.page, x: row.read.x, role: 'footnote', box: rowBox(row)}] : []
      )
      if (drafts.length > 0) entries.push({kind: 'footnotes', drafts})
    }
    // A footnote carried over from the page before goes on right after it, before this page’s text.
    footnotes(true)
    const body = page.rows.filter((row) => !row.furniture && !row.footnote)
    for (const piece of findGrids(body, pitch, params)) {
      entries.push(piece.kind === 'grid' ? {kind: 'grid', bands: piece.bands, x: piece.x} : piece)
    }
    footnotes(false)
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

function isHeading(row: LayoutRow, measures: Measures): boolean {
  return row.size >= measures.bodySize * measures.params.headingType && row.read.marker === undefined
}

/**
 * Add the next row of a heading to its line: after a space; in place of the
 * hyphen of a broken word; or right after a dash that joins two words
 * (`Vlissingen–Breskens`, `Noord-Brabant`), where the row could break too.
 */
function appendTo(draft: Draft, row: LayoutRow): void {
  const dash = /\p{L}[\u2010\u2013]$/u.test(draft.text) && /^[\p{L}\p{N}]/u.test(row.text)
  const joint = joinWrapped(draft.text, row.text)
  const text = dash ? draft.text : joint.left + joint.separator
  draft.refs = [...draft.refs, ...row.refs.map((ref) => ({label: ref.label, index: ref.index + text.length}))]
  draft.text = text + row.text
  draft.box = enclose([draft.box, rowBox(row)])
}

/** Write one band of a grid: one-line cells left to right; else cell after cell, a blank line after each. */
function writeBand(band: Band, x: number, out: Draft[], params: Readonly<LayoutParams>): void {
  const single = band.cells.every((cell) => cell.lines.length === 1)
  for (const cell of band.cells) {
    for (const [index, {segment, row}] of cell.lines.entries()) {
      const above = cell.lines[index - 1]
      const box = rowBox(row, segment.x, segment.x1)
      if (above && wrapsInCell(above, cell.lines[index]!, cell.right, params)) appendText(out.at(-1)!, segment.text, segment.refs, box)
      else out.push({text: segment.text, refs: segment.refs, page: row.page, x, box})
    }
    if (!single) out.push(blank(cell.lines[0]!.row.page))
  }
  if (single && band.cells.length > 0) out.push(blank(band.cells[0]!.lines[0]!.row.page))
}

/**
 * Whether a line of a cell is the wrapped rest of the line above (a party
 * name too long for its column: `Onafhankelijke` / `Stadspartij`): the same
 * font, and its first word would not have fitted before the next column.
 */
function wrapsInCell(above: CellLine, line: CellLine, right: number, params: Readonly<LayoutParams>): boolean {
  const upper = above.segment
  const lower = line.segment
  if (upper.fontName !== lower.fontName || lower.text === '') return false
  const word = lower.text.split(' ', 1)[0] ?? ''
  const wordWidth = ((lower.x1 - lower.x) * word.length) / lower.text.length
  return upper.x1 + params.spaceWidth * line.row.size + wordWidth * params.wordFit > right
}

/** Add wrapped text to a line, as `appendTo` does for a heading's rows. */
function appendText(draft: Draft, text: string, refs: readonly LineRef[], box: Box | undefined): void {
  const joint = joinWrapped(draft.text, text)
  const left = joint.left + joint.separator
  draft.refs = [...draft.refs, ...refs.map((ref) => ({label: ref.label, index: ref.index + left.length}))]
  draft.text = left + text
  draft.box = enclose([draft.box, box])
}

/** The area a row’s glyphs cover, between `x` and `x1` (a cell of the row). */
function rowBox(row: Row, x = row.x, x1 = row.x1): Box | undefined {
  let top = Infinity
  let bottom = -Infinity
  for (const box of row.boxes) {
    if (box.space || box.x1 < x || box.x > x1) continue
    top = Math.min(top, box.top)
    bottom = Math.max(bottom, box.bottom)
  }
  return top === Infinity ? undefined : enclose([{x, y: top, width: x1 - x, height: bottom - top}])
}

function blank(page: number): Draft {
  return {text: '', refs: [], page, x: undefined}
}

function isBlankDraft(draft: Draft): boolean {
  return draft.text === '' && draft.role === undefined
}
