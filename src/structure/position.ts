/**
 * Positions of nodes, from the lines they were read from.
 */
import type {Line} from '../read/line.js'
import type {Position} from '../schema.js'

/**
 * The position spanning `lines` (first to last). `paged`: the source has
 * pages (a PDF, or a text with form feeds), so the page is given too.
 */
export function positionOf(lines: readonly Line[], paged: boolean): Position | undefined {
  const first = lines[0]
  const last = lines.at(-1)
  if (!first || !last) return undefined
  const position: Position = {
    start: {line: first.line, column: first.column},
    end: {line: last.line, column: last.column + last.text.length}
  }
  if (paged) position.page = first.page
  return position
}
