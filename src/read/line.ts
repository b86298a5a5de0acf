/**
 * The one currency between readers and the structure stage: positioned lines.
 *
 * Every reader (text, PDF, Markdown) turns its input into `Line`s; everything
 * after that is shared. A reader decides layout (what is one line, how far it
 * is indented, which glyphs are superscript markers, what is page furniture),
 * never structure (what is a title or a clause).
 */

/** A footnote marker found by layout (a superscript), not present in `text`. */
export interface LineRef {
  /** The label as printed: `1`, `2`, `*`. */
  label: string
  /** Index in `text` where the marker stood. */
  index: number
}

export interface Line {
  /** The text of the line without leading whitespace; list markers are kept as printed. */
  text: string
  /** 1-based page (text: form feeds separate pages). */
  page: number
  /** 1-based line: in the file for text and Markdown, on the page for PDF. */
  line: number
  /** 1-based column where `text` starts. */
  column: number
  /**
   * Indentation in space widths (text: leading spaces, tabs count 4; PDF:
   * distance from the page’s text margin divided by the width of a space).
   * Only compared with other lines of the same document.
   */
  indent: number
  /** Footnote markers found by layout (PDF superscripts, Markdown footnote references). */
  refs?: LineRef[]
  /** What layout knows about the line beyond its text. */
  role?: 'footnote' | 'heading' | 'separator'
  /** Set by the PDF and OCR readers: the area the line’s glyphs cover on its page. */
  box?: Box
  /** Set by the Markdown reader: the line starts a new block even without a blank line. */
  blockStart?: boolean
}

/**
 * Where a line of a page stands: in points, from the page’s top-left corner
 * as it is displayed (pdf.js’s viewport at scale 1). Images count 72 points
 * to the inch at their resolution.
 */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The smallest box around `boxes`, rounded to a tenth of a point; undefined for none. */
export function enclose(boxes: Iterable<Box | undefined>): Box | undefined {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const box of boxes) {
    // A damaged PDF can place glyphs at infinity: such a box says nothing.
    if (!box || ![box.x, box.y, box.width, box.height].every(Number.isFinite)) continue
    left = Math.min(left, box.x)
    top = Math.min(top, box.y)
    right = Math.max(right, box.x + box.width)
    bottom = Math.max(bottom, box.y + box.height)
  }
  if (left === Infinity) return undefined
  const round = (value: number): number => Math.round(value * 10) / 10
  return {x: round(left), y: round(top), width: round(right - left), height: round(bottom - top)}
}

/** An empty line: paragraph breaks count. */
export function isBlank(line: Line): boolean {
  return line.text.trim() === ''
}
