/**
 * The input of layout: text runs as pdf.js gives them, and their boxes.
 *
 * A `TextRun` is pdf.js’s `TextItem` with its page and font style, unchanged.
 * A `Box` is the same run placed on the page: top-down coordinates (y grows
 * downwards, as one reads), its font size, and its vertical extent.
 */

/** One text run of a page, as pdf.js’s `getTextContent` gives it. */
export interface TextRun {
  /** The text; may be empty (pdf.js marks line ends with empty runs) or only spaces. */
  str: string
  /** Text matrix in PDF user space: `[a, b, c, d, e, f]`, origin at the baseline start. */
  transform: readonly number[]
  /** Advance width in user space units. */
  width: number
  /** Height in user space units (0 for spaces). */
  height: number
  /** pdf.js’s id of the font (`g_d0_f2`). */
  fontName: string
  /**
   * `styles[fontName].fontFamily`: pdf.js gives the generic family it falls
   * back to (`serif`, `sans-serif`, `monospace`), not the embedded font’s name.
   */
  fontFamily: string
  /** Ascent and descent of the font in em (`styles[fontName]`), when known. */
  ascent?: number | undefined
  descent?: number | undefined
  /** pdf.js saw a line end after this run. */
  hasEOL: boolean
  /** 1-based page. */
  page: number
}

/** One page of runs. */
export interface PageText {
  /** 1-based page number. */
  page: number
  /** Size of the page as displayed (after `/Rotate`), in points. */
  width: number
  height: number
  /** Maps PDF user space to top-down page space: pdf.js’s viewport transform at scale 1. */
  viewTransform: readonly number[]
  runs: readonly TextRun[]
}

/** A run placed on its page in top-down coordinates. */
export interface Box {
  /** Text with runs of white space collapsed; never empty for a glyph box. */
  text: string
  /** Left and right edge. */
  x: number
  x1: number
  /** Baseline. */
  y: number
  /** Top (ascender) and bottom (descender) of the glyphs. */
  top: number
  bottom: number
  /** Font size in points. */
  size: number
  fontName: string
  /** Only white space: it tells that a space was drawn here, nothing more. */
  space: boolean
  /** The run starts or ends with white space. */
  spaceBefore: boolean
  spaceAfter: boolean
}

/** Ascent and descent (em) for fonts that do not report them: Times-like values. */
const fallbackAscent = 0.8
const fallbackDescent = 0.2
/** A run is horizontal when its rotation component is below this fraction of its size. */
const horizontalSkew = 0.01

/**
 * Place the runs of a page: horizontal runs become boxes, rotated or vertical
 * ones (margin notes, stamps) are left out, and so are empty runs.
 *
 * @param page The page’s runs and transform.
 * @returns Boxes in the order of the runs.
 */
export function toBoxes(page: PageText): Box[] {
  const boxes: Box[] = []
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = page.viewTransform
  for (const run of page.runs) {
    if (run.str === '') continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = run.transform
    // The run’s matrix followed by the view: [a b c d e f] × [va vb vc vd ve vf].
    const ma = a * va + b * vc
    const mb = a * vb + b * vd
    const mc = c * va + d * vc
    const md = c * vb + d * vd
    const x = e * va + f * vc + ve
    const y = e * vb + f * vd + vf
    const size = Math.hypot(mc, md)
    if (size === 0 || ma <= 0 || Math.abs(mb) > size * horizontalSkew) continue

    const ascent = run.ascent !== undefined && run.ascent > 0 ? run.ascent : fallbackAscent
    const descent = run.descent !== undefined && run.descent !== 0 ? Math.abs(run.descent) : fallbackDescent
    const collapsed = run.str.replace(/[\s\u00a0]+/g, ' ')
    const text = collapsed.trim()
    const widthScale = Math.hypot(ma, mb) / Math.hypot(a, b) || 1
    boxes.push({
      text,
      x,
      x1: x + run.width * widthScale,
      y,
      top: y - ascent * size,
      bottom: y + descent * size,
      size,
      fontName: run.fontName,
      space: text === '',
      spaceBefore: collapsed.startsWith(' '),
      spaceAfter: collapsed.endsWith(' ')
    })
  }
  return boxes
}

/**
 * Drop glyph boxes drawn twice at almost the same spot (fake bold, shadows),
 * as pdfplumber’s `dedupe_chars` does.
 *
 * @param boxes Boxes of one page.
 * @param distance Largest offset (em) of a copy.
 * @returns The boxes without the copies, in their order.
 */
export function dedupeBoxes(boxes: readonly Box[], distance: number): Box[] {
  const seen = new Map<string, Box[]>()
  const result: Box[] = []
  for (const box of boxes) {
    if (box.space) {
      result.push(box)
      continue
    }
    const key = `${box.text}\u0000${box.size.toFixed(1)}`
    const earlier = seen.get(key)
    const limit = distance * box.size
    if (earlier?.some((other) => Math.abs(other.x - box.x) <= limit && Math.abs(other.y - box.y) <= limit)) continue
    if (earlier) earlier.push(box)
    else seen.set(key, [box])
    result.push(box)
  }
  return result
}
