/**
 * Tesseract’s words → text runs for the layout stage, the same input pdf.js
 * text items give it, so that a scan goes down the one layout path.
 *
 * What a scan needs before layout can treat it as print:
 * - skew: the page is turned back by the slant of its text lines, so that a
 *   list’s indent is the same at the top and the foot of the page;
 * - sizes: each line’s height (Tesseract’s row height) is snapped to the
 *   sizes of the document, as a PDF has a handful of font sizes, not one per line;
 * - bullets: a lone mark before a tab (`➢` read as `>`, `-` or `a`, `•` as
 *   `°` or `e`) is a list marker, the same glyph for every bullet at one indent;
 * - noise: words Tesseract barely recognised (logos, stamps, signatures)
 *   and bars left by table borders are left out.
 */
import type {PageText, TextRun} from '../read/layout/index.js'

/** A box in image pixels, y downwards. */
export interface PixelBox {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** One recognised word. */
export interface OcrWord {
  text: string
  /** 0–100. */
  confidence: number
  bbox: PixelBox
  /** Characters and whether each is set raised (footnote references). */
  symbols?: readonly {text: string; bbox: PixelBox; superscript: boolean}[] | undefined
}

/** One recognised line, as Tesseract found it. */
export interface OcrLine {
  words: readonly OcrWord[]
  /** Baseline from its left to its right end. */
  baseline: PixelBox
  /** Height from descender to ascender (px): close to the font size. */
  rowHeight: number
}

/** The recognised lines of one page image. */
export interface OcrPage {
  page: number
  lines: readonly OcrLine[]
  /** Image size in pixels and pixels per PDF point. */
  width: number
  height: number
  scale: number
}

/** A page of runs and what OCR thought of it. */
export interface RecognisedPage {
  text: PageText
  /** Mean word confidence (0–100), weighted by characters; `undefined` for a page without words. */
  confidence: number | undefined
  words: number
}

/** Words recognised with less confidence than this are noise: logos, stamps, scribbles. */
const minConfidence = 45
/** Lines of the same size differ by less than this fraction of their height. */
const sizeTolerance = 0.09
/** A bullet is followed by a gap of at least this many line heights (a tab). */
const bulletGap = 0.55
/** …and a mark that may be a short word (`es`, `e`) by a gap wider than a stretched word space. */
const letterBulletGap = 1
/** Bullets within this many line heights of each other are at one indent. */
const bulletColumn = 0.8
/** Text lines narrower than this fraction of the page do not measure the skew. */
const skewLineWidth = 0.25
/** Ascent and descent of the runs (em): Tesseract’s row height spans both. */
const ascent = 0.78
const descent = 0.22
/** Superscripts: their size and rise relative to the line (em). */
const superscriptSize = 0.6
const superscriptRise = 0.35

/** Marks Tesseract reads bullets as, by the bullet they most likely are. */
const arrowMarks = new Set(['>', '»', '➢', '➤', '►', '▶', '→', 'A', '¥', '>>'])
const dotMarks = new Set(['•', '●', '·', '.', 'e', '«', '©', '®', '¢', '*', '+', '¶', '§', 'a', 'c', 's', '@'])
const dashMarks = new Set(['-', '–', '—', '~', '=', '_', '‐'])

/**
 * Turn the recognised pages of one document into layout input.
 *
 * @param pages Recognised lines per page, in page order.
 * @returns One `PageText` per page, with its confidence.
 */
export function toPageTexts(pages: readonly OcrPage[]): RecognisedPage[] {
  const prepared = pages.map((page) => prepare(page))
  const sizes = snapSizes(prepared.flatMap((page) => page.lines.map((line) => line.size)))
  markBullets(prepared)
  return prepared.map((page) => toPageText(page, sizes))
}

interface PreparedWord {
  text: string
  confidence: number
  x0: number
  x1: number
  superscript?: {text: string; x0: number; x1: number} | undefined
  bullet?: 'arrow' | 'dot' | 'dash' | 'circle' | undefined
}

interface PreparedLine {
  /** Baseline in points on the deskewed page. */
  y: number
  /** Height in points. */
  size: number
  words: PreparedWord[]
}

interface PreparedPage {
  page: number
  width: number
  height: number
  lines: PreparedLine[]
}

/** Deskew a page and convert it to points; drop the noise. */
function prepare(page: OcrPage): PreparedPage {
  const angle = skewOf(page)
  const cx = page.width / 2
  const cy = page.height / 2
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  // Rotate by −angle around the centre, then pixels → points.
  const turn = (x: number, y: number): [number, number] => [
    (cx + (x - cx) * cos + (y - cy) * sin) / page.scale,
    (cy - (x - cx) * sin + (y - cy) * cos) / page.scale
  ]

  const lines: PreparedLine[] = []
  for (const line of page.lines) {
    const baseMid: [number, number] = [(line.baseline.x0 + line.baseline.x1) / 2, (line.baseline.y0 + line.baseline.y1) / 2]
    const [, y] = turn(...baseMid)
    const size = line.rowHeight / page.scale
    if (!(size > 0)) continue
    const words: PreparedWord[] = []
    for (const [index, word] of line.words.entries()) {
      const text = word.text.trim()
      // A bullet is often read with low confidence; it is judged by its place, later.
      const mayBeBullet = index === 0 && bulletKind(text) !== undefined
      if (text === '' || /^[|¦]+$/u.test(text) || (word.confidence < minConfidence && !mayBeBullet)) continue
      const middle = (word.bbox.y0 + word.bbox.y1) / 2
      const [x0] = turn(word.bbox.x0, middle)
      const [x1] = turn(word.bbox.x1, middle)
      words.push({text, confidence: word.confidence, x0, x1, ...splitSuperscript(word, (x) => turn(x, middle)[0])})
    }
    if (words.length > 0) lines.push({y, size, words})
  }
  return {page: page.page, width: page.width / page.scale, height: page.height / page.scale, lines}
}

/** The slant of the page’s text: the median slope of its longer lines (radians, y downwards). */
function skewOf(page: OcrPage): number {
  const slopes: number[] = []
  for (const line of page.lines) {
    const {x0, y0, x1, y1} = line.baseline
    if (x1 - x0 < page.width * skewLineWidth || line.words.length < 3) continue
    slopes.push(Math.atan2(y1 - y0, x1 - x0))
  }
  if (slopes.length === 0) return 0
  slopes.sort((a, b) => a - b)
  return slopes[Math.floor(slopes.length / 2)]!
}

/** Trailing raised digits of a word (`guests¹`) as a superscript of their own. */
function splitSuperscript(word: OcrWord, xOf: (x: number) => number): Pick<PreparedWord, 'superscript' | 'text' | 'x1'> | object {
  const symbols = word.symbols ?? []
  let start = symbols.length
  while (start > 0 && symbols[start - 1]!.superscript && /^\d$/u.test(symbols[start - 1]!.text)) start--
  if (start === 0 || start === symbols.length) return {}
  const main = symbols.slice(0, start)
  const raised = symbols.slice(start)
  return {
    text: main.map((symbol) => symbol.text).join(''),
    x1: xOf(main.at(-1)!.bbox.x1),
    superscript: {text: raised.map((symbol) => symbol.text).join(''), x0: xOf(raised[0]!.bbox.x0), x1: xOf(raised.at(-1)!.bbox.x1)}
  }
}

/**
 * Snap sizes to a few: the most common size takes every size within the
 * tolerance of it, and so on with the sizes left; each group becomes its median.
 */
function snapSizes(sizes: readonly number[]): (size: number) => number {
  let left = [...sizes].sort((a, b) => a - b)
  const groups: {low: number; high: number; size: number}[] = []
  while (left.length > 0) {
    // The size with most others near it.
    let best = left[0]!
    let most = 0
    for (const size of left) {
      const near = left.filter((other) => Math.abs(other - size) <= size * sizeTolerance).length
      if (near > most) {
        best = size
        most = near
      }
    }
    const members = left.filter((other) => Math.abs(other - best) <= best * sizeTolerance)
    groups.push({low: members[0]!, high: members.at(-1)!, size: members[Math.floor(members.length / 2)]!})
    left = left.filter((other) => Math.abs(other - best) > best * sizeTolerance)
  }
  return (size) => {
    const found = groups.find((group) => size >= group.low && size <= group.high)
    return Math.round((found?.size ?? size) * 10) / 10
  }
}

/**
 * Find the bullets: a short mark first on its line, a tab before the next
 * word. All bullets at one indent of the document get the glyph most of them
 * were read as, so a misread mark never looks like a change of list.
 */
function markBullets(pages: readonly PreparedPage[]): void {
  const found: {word: PreparedWord; x: number; size: number}[] = []
  for (const page of pages) {
    for (const line of page.lines) {
      const [first, next] = line.words
      if (!first) continue
      const kind = bulletKind(first.text)
      const gap = /^\p{L}+$/u.test(first.text) && !dotMarks.has(first.text) ? letterBulletGap : bulletGap
      if (!kind || !next || next.x0 - first.x1 < gap * line.size) {
        // A mark kept only because it might be a bullet, and is not one, is noise after all.
        if (first.confidence < minConfidence) line.words.shift()
        continue
      }
      first.bullet = kind
      found.push({word: first, x: first.x0, size: line.size})
    }
  }
  found.sort((a, b) => a.x - b.x)
  let start = 0
  for (let index = 1; index <= found.length; index++) {
    const current = found[index]
    if (current && current.x - found[start]!.x <= bulletColumn * current.size) continue
    const column = found.slice(start, index)
    const votes = new Map<string, number>()
    for (const item of column) votes.set(item.word.bullet!, (votes.get(item.word.bullet!) ?? 0) + 1)
    const kind = [...votes].sort((a, b) => b[1] - a[1])[0]![0] as NonNullable<PreparedWord['bullet']>
    for (const item of column) item.word.text = glyphs[kind]
    start = index
  }
}

const glyphs = {arrow: '\u27a2', dot: '\u2022', dash: '-', circle: 'o'} as const

/** Numbering (`a.`, `1)`) is printed as it is, never taken for a misread bullet. */
const numbering = /^(?:\d+|[a-z][.)]|\(?[a-z\d]\)?)[.)]?$/iu

/**
 * What a mark before a tab may be: a known misreading, or any other mark of
 * one or two characters that is no number (`es`, `Oo`, `e` for a dot or circle).
 */
function bulletKind(text: string): PreparedWord['bullet'] {
  if (arrowMarks.has(text)) return 'arrow'
  if (dashMarks.has(text)) return 'dash'
  if (dotMarks.has(text)) return 'dot'
  if (text.length > 2 || numbering.test(text) || /\d/u.test(text)) return undefined
  if (/^[oO0°]{1,2}$/u.test(text) || /^[oO0][a-z]$|^[a-z][oO0]$/u.test(text)) return 'circle'
  return 'dot'
}

/** A prepared page as pdf.js-like runs: one run per word, in user space (y upwards). */
function toPageText(page: PreparedPage, sizeOf: (size: number) => number): RecognisedPage {
  const runs: TextRun[] = []
  let weighted = 0
  let characters = 0
  let words = 0
  for (const line of page.lines) {
    const size = sizeOf(line.size)
    const baseline = page.height - line.y
    line.words.forEach((word, index) => {
      const last = index === line.words.length - 1
      runs.push(run(word.text, word.x0, word.x1, baseline, size, page.page, !word.superscript && last))
      if (word.superscript) {
        const small = size * superscriptSize
        runs.push(run(word.superscript.text, word.superscript.x0, word.superscript.x1, baseline + size * superscriptRise, small, page.page, last))
      }
      if (word.bullet === undefined) {
        weighted += word.confidence * word.text.length
        characters += word.text.length
        words++
      }
    })
  }
  return {
    text: {page: page.page, width: page.width, height: page.height, viewTransform: [1, 0, 0, -1, 0, page.height], runs},
    confidence: characters > 0 ? weighted / characters : undefined,
    words
  }
}

function run(str: string, x0: number, x1: number, baseline: number, size: number, page: number, hasEOL: boolean): TextRun {
  return {
    str,
    transform: [size, 0, 0, size, x0, baseline],
    width: Math.max(0, x1 - x0),
    height: size,
    fontName: 'ocr',
    fontFamily: 'sans-serif',
    ascent,
    descent,
    hasEOL,
    page
  }
}

/** Tesseract’s page (as tesseract.js gives it) → recognised lines. */
export function fromTesseract(
  data: {blocks: readonly {paragraphs: readonly {lines: readonly TesseractLine[]}[]}[] | null},
  page: number,
  image: {width: number; height: number; scale: number}
): OcrPage {
  const lines: OcrLine[] = []
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lines.push({
          baseline: line.baseline,
          rowHeight: line.rowAttributes.rowHeight,
          words: line.words.map((word) => ({
            text: word.text,
            confidence: word.confidence,
            bbox: word.bbox,
            symbols: word.symbols.map((symbol) => ({text: symbol.text, bbox: symbol.bbox, superscript: Boolean(symbol.is_superscript)}))
          }))
        })
      }
    }
  }
  return {page, lines, ...image}
}

/** The parts of a tesseract.js line this module reads. */
export interface TesseractLine {
  baseline: PixelBox
  rowAttributes: {rowHeight: number}
  words: readonly {
    text: string
    confidence: number
    bbox: PixelBox
    symbols: readonly {text: string; bbox: PixelBox; is_superscript: boolean | number}[]
  }[]
}
