/**
 * Where a paragraph ends: the test behind the blank lines of `flow.ts`.
 *
 * A paragraph ends between two rows where
 * - the space between them is wider than the line pitch (`paragraphGap`)
 *   and, where the document sets its paragraphs well apart, adds most of
 *   that space when the upper row stops mid-sentence (a lead with a few
 *   points after it is not a break);
 * - the type size changes (a title above body text);
 * - the upper row stops short although the first word of the lower row
 *   would have fitted after it (`wordFit`): the writer pressed Enter. This
 *   counts next to a wrapped paragraph (its last row, or the first row of
 *   the next one) and at a page break, where the vertical gap says nothing.
 *   Two short rows in a row (a name over a party, an address) stay one
 *   block, as a text extraction gives them.
 */
import type {LayoutParams} from './params.js'
import type {LayoutRow, PageRows} from './page.js'
import type {Pitch} from './pitch.js'

/** What the paragraph test measures against. */
export interface Measures {
  pitch: Pitch
  /** Right edge of the text area (`rightEdge`). */
  right: number
  bodySize: number
  params: Readonly<LayoutParams>
}

/** A hyphen or soft hyphen at the end of a row: the word goes on, the row had to break. */
const endsHyphenated = /[-\u00ad]$/u
/** A row that ends a sentence or clause, or opens a list. */
const clauseEnd = /[.,;:!?]["”’)]*$/u
/** A gap must add at least this share of the usual space between paragraphs to break one. */
const halfSpace = 0.6
/** Two rows have the same type size within this fraction. */
export const sameSize = 0.05

/** The rows around a pair: the one above the upper row and the one below the lower row. */
export interface Context {
  before: LayoutRow | undefined
  after: LayoutRow | undefined
}

/**
 * Whether a paragraph ends between two consecutive body rows.
 *
 * @param above The upper row.
 * @param below The lower row (possibly on the next page).
 * @param context The rows around the pair, when they are body rows.
 * @param measures Pitch, right edge, body size and parameters.
 * @returns Whether a blank line belongs between the rows.
 */
export function endsParagraph(above: LayoutRow, below: LayoutRow, context: Context, measures: Measures): boolean {
  if (wideGap(above, below, measures)) return true
  if (Math.abs(above.size - below.size) > sameSize * below.size) return true
  if (!fits(above, below, measures)) return false
  if (above.page !== below.page) return true
  const aboveWrapped = context.before !== undefined && wraps(context.before, above, measures)
  const belowWraps = context.after !== undefined && wraps(below, context.after, measures)
  return aboveWrapped || belowWraps
}

/** Whether `below` is the next row of the same wrapped paragraph as `above`. */
function wraps(above: LayoutRow, below: LayoutRow, measures: Measures): boolean {
  return !wideGap(above, below, measures) && below.read.marker === undefined && !fits(above, below, measures)
}

/** Whether two rows of one page are further apart than the line pitch allows within a paragraph. */
function wideGap(above: LayoutRow, below: LayoutRow, measures: Measures): boolean {
  if (above.page !== below.page) return false
  const gap = below.y - above.y
  const pitch = measures.pitch.between(above.size, below.size)
  if (gap <= pitch * measures.params.paragraphGap) return false
  // Where paragraphs are set well apart, a little extra space after a row
  // that stops mid-sentence (a lead on its own line) is not yet a paragraph break.
  const midSentence = !clauseEnd.test(above.text) && Math.abs(above.size - below.size) <= sameSize * below.size
  const paragraph = midSentence ? measures.pitch.paragraph(below.size) : undefined
  return paragraph === undefined || gap > pitch + (paragraph - pitch) * halfSpace
}

/** Whether the first word of `below` would have fitted after `above` (then the writer broke the line). */
function fits(above: LayoutRow, below: LayoutRow, measures: Measures): boolean {
  return wordFits(above, below, measures.right, measures.params)
}

/**
 * Whether the first word of `below` would have fitted after `above` within
 * the text area: then the writer broke the line, else the text wrapped.
 *
 * @param above The upper row.
 * @param below The lower row (possibly on the next page).
 * @param right Right edge of the text area (`rightEdge`).
 * @param params Layout parameters (`spaceWidth`, `wordFit`).
 * @returns Whether the word fitted; never for a list item or after a hyphen.
 */
export function wordFits(above: LayoutRow, below: LayoutRow, right: number, params: Readonly<LayoutParams>): boolean {
  if (below.read.marker !== undefined || endsHyphenated.test(above.text)) return false
  const first = below.read.segments[0]
  if (!first) return false
  const word = first.text.split(' ', 1)[0] ?? ''
  const wordWidth = first.text.length > 0 ? ((first.x1 - first.x) * word.length) / first.text.length : 0
  return above.x1 + params.spaceWidth * above.size + wordWidth * params.wordFit <= right
}

/**
 * The right edge of the text: where the longest body rows end, and no less
 * than the left margin mirrored (pages with only short lines).
 *
 * @param pages Pages with furniture marked.
 * @returns An x coordinate in points.
 */
export function rightEdge(pages: readonly PageRows[]): number {
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
