/**
 * Boxes → rows: the runs that share a baseline, left to right.
 *
 * Two boxes are on one row when their vertical extents overlap enough
 * (`lineOverlap`), pdfminer’s test:
 *
 *     ┌──────┐                 top
 *     │ text │ ┌──┐ ← a superscript overlaps the row almost entirely
 *     │      │ └──┘
 *     └──────┘                 bottom
 *     ┌──────┐ ← the next line does not overlap at all
 *
 * A row’s size and baseline are those of its largest type (by characters),
 * so that a superscript never moves the baseline.
 */
import type {Box} from './run.js'
import type {LayoutParams} from './params.js'

/** What a box is within its row. */
export type BoxKind = 'text' | 'superscript' | 'subscript'

export interface RowBox extends Box {
  kind: BoxKind
}

/** Boxes of one page on one baseline, left to right. */
export interface Row {
  page: number
  boxes: RowBox[]
  /** Baseline and size of the row’s main type. */
  y: number
  size: number
  /** Left edge of the first and right edge of the last glyph box. */
  x: number
  x1: number
}

/**
 * How many of the latest rows may still take a box. Boxes arrive top-down,
 * so only the rows just above can overlap; a few allow for cells of a table
 * row whose baselines differ a little.
 */
const lookBack = 4

/**
 * Group the boxes of one page into rows, top to bottom.
 *
 * @param boxes Glyph and space boxes of one page.
 * @param page 1-based page number.
 * @param params Layout parameters (`lineOverlap`, `scriptSize`, `superscriptRise`).
 * @returns Rows with at least one glyph box, sorted top-down.
 */
export function groupRows(boxes: readonly Box[], page: number, params: Readonly<LayoutParams>): Row[] {
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: {top: number; bottom: number; boxes: Box[]}[] = []

  for (const box of sorted) {
    let best: (typeof groups)[number] | undefined
    let bestOverlap = 0
    for (let index = groups.length - 1; index >= 0 && index >= groups.length - lookBack; index--) {
      const group = groups[index]!
      const overlap = Math.min(group.bottom, box.bottom) - Math.max(group.top, box.top)
      const smaller = Math.min(group.bottom - group.top, box.bottom - box.top)
      const ratio = smaller > 0 ? overlap / smaller : 0
      if (ratio >= params.lineOverlap && ratio > bestOverlap) {
        best = group
        bestOverlap = ratio
      }
    }
    if (best) {
      best.boxes.push(box)
      // The extent is that of the largest type, so small type cannot chain rows together.
      if (!box.space && box.bottom - box.top > best.bottom - best.top) {
        best.top = box.top
        best.bottom = box.bottom
      }
    } else {
      groups.push({top: box.top, bottom: box.bottom, boxes: [box]})
    }
  }

  const rows: Row[] = []
  for (const group of groups) {
    const row = toRow(group.boxes, page, params)
    if (row) rows.push(row)
  }
  return rows.sort((a, b) => a.y - b.y || a.x - b.x)
}

function toRow(boxes: readonly Box[], page: number, params: Readonly<LayoutParams>): Row | undefined {
  const glyphs = boxes.filter((box) => !box.space)
  if (glyphs.length === 0) return undefined

  // Main type: the size that carries most characters; its baseline is the row’s.
  const weight = new Map<number, number>()
  for (const box of glyphs) {
    const size = Math.round(box.size * 10) / 10
    weight.set(size, (weight.get(size) ?? 0) + box.text.length)
  }
  let size = 0
  let most = -1
  for (const [candidate, count] of weight) {
    if (count > most || (count === most && candidate > size)) {
      size = candidate
      most = count
    }
  }
  const main = glyphs.filter((box) => Math.abs(box.size - size) < 0.05)
  const y = median(main.map((box) => box.y))

  const rowBoxes: RowBox[] = [...boxes]
    .sort((a, b) => a.x - b.x)
    .map((box) => ({...box, kind: kindOf(box, size, y, params)}))
  const first = glyphs.reduce((a, b) => (b.x < a.x ? b : a))
  const last = glyphs.reduce((a, b) => (b.x1 > a.x1 ? b : a))
  return {page, boxes: rowBoxes, y, size, x: first.x, x1: last.x1}
}

function kindOf(box: Box, size: number, baseline: number, params: Readonly<LayoutParams>): BoxKind {
  if (box.space || box.size > size * params.scriptSize) return 'text'
  const rise = baseline - box.y
  if (rise >= size * params.superscriptRise) return 'superscript'
  if (-rise >= size * params.superscriptRise) return 'subscript'
  return 'text'
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}
