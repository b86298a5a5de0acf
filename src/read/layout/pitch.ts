/**
 * Line pitch: the distance from one baseline to the next within a paragraph.
 *
 * Documents set it differently (single, 1.15, 1.5 spacing; 12.6 pt for 9 pt
 * type, 14.5 pt for 11 pt), so it is measured: per font size, the smallest
 * distance between consecutive rows of that size that occurs at least twice.
 * Space after a paragraph only ever adds to it.
 */
import type {LayoutParams} from './params.js'
import type {PageRows} from './page.js'

/** Line pitch per font size. */
export interface Pitch {
  /** Expected baseline distance from a row of size `above` to a row of size `below`. */
  between(above: number, below: number): number
  /**
   * The usual baseline distance across a paragraph break between rows of
   * this size (pitch plus space after), when the document shows one.
   */
  paragraph(size: number): number | undefined
}

/** Two sizes within this fraction of each other are the same type. */
const sameSize = 0.05
/** Distances are compared in tenths of a point, below which PDF producers round. */
const resolution = 10
/** A distance of more than this many sizes is not a line pitch (a blank area, a page of its own). */
const farApart = 3
/** Rows closer than this many sizes overlap (cells of a table on slightly different baselines): no pitch. */
const tooClose = 0.9

/**
 * Measure the line pitch of a document.
 *
 * @param pages Pages with furniture marked; furniture is not counted.
 * @param params Layout parameters (`defaultLeading`).
 * @returns The pitch per size.
 */
export function measurePitch(pages: readonly PageRows[], params: Readonly<LayoutParams>): Pitch {
  const gaps = new Map<number, number[]>()
  for (const page of pages) {
    const rows = page.rows.filter((row) => !row.furniture)
    for (let index = 1; index < rows.length; index++) {
      const above = rows[index - 1]!
      const below = rows[index]!
      if (Math.abs(above.size - below.size) > sameSize * below.size) continue
      const gap = below.y - above.y
      if (gap < tooClose * below.size || gap > farApart * below.size) continue
      const size = sizeKey(below.size)
      const list = gaps.get(size) ?? []
      list.push(Math.round(gap * resolution) / resolution)
      gaps.set(size, list)
    }
  }

  const measured = new Map<number, number>()
  for (const [size, list] of gaps) measured.set(size, smallestRepeated(list))

  const of = (size: number): number => {
    const known = measured.get(sizeKey(size))
    if (known !== undefined) return known
    // Scale the pitch of the nearest measured size, else single spacing.
    let nearest: number | undefined
    for (const candidate of measured.keys()) {
      if (nearest === undefined || Math.abs(candidate - size) < Math.abs(nearest - size)) nearest = candidate
    }
    return nearest === undefined ? size * params.defaultLeading : (measured.get(nearest)! * size) / nearest
  }

  // The paragraph distance: the most frequent distance clearly above the pitch.
  const spaced = new Map<number, number>()
  for (const [size, list] of gaps) {
    const pitch = measured.get(size)!
    const counts = new Map<number, number>()
    for (const gap of list) if (gap > pitch * params.paragraphGap) counts.set(Math.round(gap), (counts.get(Math.round(gap)) ?? 0) + 1)
    let best: number | undefined
    let most = 1
    for (const [gap, count] of counts) if (count > most || (count === most && best !== undefined && gap < best)) [best, most] = [gap, count]
    if (best !== undefined) spaced.set(size, best)
  }

  return {between: (above, below) => Math.max(of(above), of(below)), paragraph: (size) => spaced.get(sizeKey(size))}
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2
}

/** The smallest value that occurs twice, else the smallest value. */
function smallestRepeated(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  for (let index = 1; index < sorted.length; index++) {
    if (Math.abs(sorted[index]! - sorted[index - 1]!) <= 1 / resolution) return sorted[index - 1]!
  }
  return sorted[0]!
}
