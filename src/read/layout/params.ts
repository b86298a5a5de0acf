/**
 * Every tolerance of the layout analysis, in one object.
 *
 * All distances are relative to the font size of the text they are measured
 * on (1 = one em), never absolute points: a 9 pt footnote and an 18 pt title
 * use the same numbers. Fractions of the page are marked as such.
 */
import {MotieError} from '../../errors.js'

export interface LayoutParams {
  /**
   * Two runs share a line when their vertical extents overlap by at least
   * this fraction of the smaller extent (0–1). A superscript overlaps its
   * line almost entirely, the line above or below not at all.
   */
  lineOverlap: number
  /** Runs at most this size relative to their line (0–1) can be superscripts or subscripts. */
  scriptSize: number
  /** A smaller run whose baseline is at least this far above the line’s baseline (em) is a superscript. */
  superscriptRise: number
  /** Fake-bold copies: the same text within this distance (em) of an earlier run is dropped. */
  duplicateDistance: number
  /** A gap between runs wider than this (em) is a word space even when no space character was drawn. */
  wordGap: number
  /** A gap at least this wide (em) splits a line into cells (table or grid columns, tab stops). */
  columnGap: number
  /** A bullet or number followed by a gap at least this wide (em) is a list marker. */
  markerGap: number
  /** Two left edges closer than this (em) are the same indent. */
  indentTolerance: number
  /** Width of one space (em), the unit of `Line.indent`. */
  spaceWidth: number
  /** Line pitch when a document shows none (em): single spacing. */
  defaultLeading: number
  /** A vertical gap larger than the line pitch times this factor is a paragraph break (a blank line). */
  paragraphGap: number
  /**
   * A row that stops short ends its paragraph when the first word of the next
   * row, taken this many times as wide as estimated (from its average
   * character), would still have fitted after it.
   */
  wordFit: number
  /** Lines whose text falls within this fraction of the page height from its top or bottom edge are in the margin. */
  marginZone: number
  /**
   * Small type set apart from the body at the top of a page is a page header
   * within this fraction of the page height from the top edge: a header may
   * sit lower than the margin zone, under a logo.
   */
  headerZone: number
  /** Type at most this size relative to the body text (0–1) counts as small: headers, footers, footnotes. */
  smallType: number
  /** Type at least this size relative to the body text is a heading; its wrapped rows make one line. */
  headingType: number
}

/** The defaults, chosen on Word and LibreOffice output; see each field. */
export const defaultLayoutParams: Readonly<LayoutParams> = Object.freeze({
  // pdfminer’s `line_overlap` default: a clear majority of the smaller glyph.
  lineOverlap: 0.5,
  // Word sets superscripts at 58–65 % of the size; footnote labels in small
  // type are still below 85 %. Body text in a mixed-size line never is.
  scriptSize: 0.85,
  // Word raises superscripts by a third of an em; rounding and subscripts stay well below 0.15.
  superscriptRise: 0.15,
  // Fake bold is the same glyphs drawn again a fraction of a point to the side.
  duplicateDistance: 0.1,
  // pdf.js’s own `SPACE_IN_FLOW_MIN_FACTOR` is 0.102; a little more absorbs kerning.
  wordGap: 0.15,
  // Justified text stretches a space to about one em at most; table cells
  // and tab stops are further apart.
  columnGap: 2,
  // A tab after a bullet is at least half an em; a word space is a quarter.
  markerGap: 0.4,
  // Sub-point jitter of the same paragraph indent, far below one space.
  indentTolerance: 0.2,
  // The width of a space in common text fonts (Calibri 0.23, Arial 0.28, Times 0.25).
  spaceWidth: 0.25,
  // Word’s single line spacing for Calibri and Arial is 1.15–1.22 em.
  defaultLeading: 1.2,
  // Space after a paragraph is at least 3 pt on 11 pt text (≈ 20 % of the pitch);
  // the pitch itself wobbles by 1 %.
  paragraphGap: 1.12,
  // The estimate misses capitals and wide letters by up to a quarter; a
  // paragraph’s last row usually stops far shorter than that.
  wordFit: 1.3,
  // Word’s headers and footers sit within 1.25 cm of the edge, body text starts at 2 cm or more: 7.5 % of A4.
  marginZone: 0.075,
  // LibreOffice sets the header inside the top margin (2–2.5 cm), and a logo
  // above its text pushes it down to 2.5–2.8 cm: 9.5 % of A4, plus leeway.
  headerZone: 0.11,
  // Headers, footers and footnotes are set at 8–10 pt against 11–12 pt body text.
  smallType: 0.92,
  // Titles are set at 14–20 pt against 11–12 pt body text; a 12 pt line in
  // 11 pt text is emphasis, not a heading.
  headingType: 1.15
})

/**
 * Complete layout parameters from a partial set, checked.
 *
 * @param options Overrides of the defaults; `null` or `undefined` for none.
 * @returns A full, frozen parameter set.
 * @throws MotieError `UNSUPPORTED` when a value is not a finite, positive number.
 */
export function layoutParams(options?: Readonly<Partial<LayoutParams>> | null): Readonly<LayoutParams> {
  const params: LayoutParams = {...defaultLayoutParams}
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!(key in defaultLayoutParams)) {
      throw new MotieError('UNSUPPORTED', `Cannot use layout parameter \`${key}\`: unknown`)
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new MotieError('UNSUPPORTED', `Cannot use layout parameter \`${key}\`: expected a positive number`)
    }
    params[key as keyof LayoutParams] = value
  }
  return Object.freeze(params)
}
