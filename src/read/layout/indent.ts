/**
 * Left edges → indents in space widths, measured from each page’s text margin.
 *
 * Edges are clustered first (`indentTolerance`), so that sub-point jitter of
 * one indent level never gives two different numbers.
 */
import type {LayoutParams} from './params.js'

/**
 * Make a function from a left edge to its indent level.
 *
 * @param edges Left edges of all lines of the document.
 * @param bodySize Font size of the body text; one space is `spaceWidth` of it.
 * @param params Layout parameters (`indentTolerance`, `spaceWidth`).
 * @returns `(x, margin) => indent`, where `margin` is the page’s leftmost edge.
 *   Both are snapped to their cluster before the distance is measured.
 */
export function indenter(
  edges: readonly number[],
  bodySize: number,
  params: Readonly<LayoutParams>
): (x: number, margin: number) => number {
  const sorted = [...edges].sort((a, b) => a - b)
  const tolerance = params.indentTolerance * bodySize
  // Each cluster is represented by its leftmost edge.
  const starts: number[] = []
  let previous: number | undefined
  for (const edge of sorted) {
    if (previous === undefined || edge - previous > tolerance) starts.push(edge)
    previous = edge
  }

  const snap = (x: number): number => {
    let low = 0
    let high = starts.length - 1
    let found = x
    while (low <= high) {
      const middle = (low + high) >> 1
      const start = starts[middle]!
      if (start <= x + 1e-6) {
        found = start
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }
  const space = params.spaceWidth * bodySize
  return (x, margin) => Math.max(0, Math.round((snap(x) - snap(margin)) / space))
}
