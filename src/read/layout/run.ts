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

/** A run in display space: its matrix after the page’s view transform. */
interface Placed {
  run: TextRun
  /** Advance direction and size (`[ma mb]` along the text, `[mc md]` up the glyphs). */
  ma: number
  mb: number
  mc: number
  md: number
  x: number
  y: number
}

/** Boxes of a page in its reading frame, and the size of that frame. */
export interface PageBoxes {
  boxes: Box[]
  width: number
  height: number
}

/**
 * Place the runs of a page. The page is read the way most of its text runs
 * (a page with `/Rotate` or text set sideways is turned upright); runs in
 * another direction (margin notes, stamps) are left out, and so are empty runs.
 *
 * @param page The page’s runs and transform.
 * @returns Boxes in the order of the runs, and the page size as read.
 */
export function toBoxes(page: PageText): PageBoxes {
  const placed = page.runs.filter((run) => run.str !== '').map((run) => place(run, page.viewTransform))
  const turn = dominantTurn(placed)
  const width = turn % 2 === 0 ? page.width : page.height
  const height = turn % 2 === 0 ? page.height : page.width
  const boxes: Box[] = []
  for (const item of placed) {
    const [ma, mb] = rotate(item.ma, item.mb, turn)
    const [mc, md] = rotate(item.mc, item.md, turn)
    const [x, y] = turnPoint(item.x, item.y, turn, page.width, page.height)
    const size = Math.hypot(mc, md)
    if (size === 0 || ma <= 0 || Math.abs(mb) > size * horizontalSkew) continue

    const {run} = item
    const ascent = run.ascent !== undefined && run.ascent > 0 ? run.ascent : fallbackAscent
    const descent = run.descent !== undefined && run.descent !== 0 ? Math.abs(run.descent) : fallbackDescent
    const collapsed = run.str.replace(/[\s\u00a0]+/g, ' ')
    const text = collapsed.trim()
    const [a = 0, b = 0] = run.transform
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
  return {boxes, width, height}
}

/** The run’s matrix followed by the view: `[a b c d e f] × [va vb vc vd ve vf]`. */
function place(run: TextRun, view: readonly number[]): Placed {
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = view
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = run.transform
  return {
    run,
    ma: a * va + b * vc,
    mb: a * vb + b * vd,
    mc: c * va + d * vc,
    md: c * vb + d * vd,
    x: e * va + f * vc + ve,
    y: e * vb + f * vd + vf
  }
}

/**
 * How many quarter turns (clockwise, as displayed) the text of most
 * characters is set at: 0 upright, 1 running down, 2 upside down, 3 running up.
 */
function dominantTurn(placed: readonly Placed[]): number {
  const weight = [0, 0, 0, 0]
  for (const item of placed) {
    const quarter = Math.round(Math.atan2(item.mb, item.ma) / (Math.PI / 2))
    const turn = ((quarter % 4) + 4) % 4
    weight[turn]! += item.run.str.trim().length
  }
  return weight.indexOf(Math.max(...weight))
}

/** A direction turned back by `turn` quarter turns (y grows downwards). */
function rotate(dx: number, dy: number, turn: number): [number, number] {
  if (turn === 1) return [dy, -dx]
  if (turn === 2) return [-dx, -dy]
  if (turn === 3) return [-dy, dx]
  return [dx, dy]
}

/** A point of a `width` × `height` page in the frame turned back by `turn` quarter turns. */
function turnPoint(x: number, y: number, turn: number, width: number, height: number): [number, number] {
  if (turn === 1) return [y, width - x]
  if (turn === 2) return [width - x, height - y]
  if (turn === 3) return [height - y, x]
  return [x, y]
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
