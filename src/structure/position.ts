/**
 * Positions of nodes, from the lines they were read from.
 */
import {enclose, type Line} from '../read/line.js'
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

/** `position` with the box of the `lines` on its page, when the reader placed them on one. */
function withBox(position: Position | undefined, lines: readonly Line[]): Position | undefined {
  if (!position || position.page === undefined) return position
  const box = enclose(lines.filter((line) => line.page === position.page).map((line) => line.box))
  return box ? {...position, box} : position
}

/**
 * The position from the earliest to the furthest of `lines`, in source order
 * whatever their order in the span: a Markdown reader puts front matter (read
 * near the top of the file) into the motion’s header and tail.
 */
export function extentOf(lines: readonly Line[], paged: boolean): Position | undefined {
  const before = (a: Line, b: Line, end: boolean): boolean =>
    a.page !== b.page ? a.page < b.page : a.line !== b.line ? a.line < b.line : a.column + (end ? a.text.length : 0) < b.column + (end ? b.text.length : 0)
  const first = lines.reduce<Line | undefined>((best, line) => (best === undefined || before(line, best, false) ? line : best), undefined)
  const last = lines.reduce<Line | undefined>((best, line) => (best === undefined || before(best, line, true) ? line : best), undefined)
  return first && last ? withBox(positionOf([first, last], paged), lines) : undefined
}
