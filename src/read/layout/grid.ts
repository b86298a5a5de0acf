/**
 * Tables and grids: rows cut into cells (signature blocks, above all).
 *
 * A grid starts at a row of two or more cells. Rows below it belong to it as
 * long as their cells start in its columns; a row after a paragraph gap only
 * when it has cells of its own (the next row of a table). A gap splits the
 * grid into bands: one row of cells each.
 *
 *     Name 1      Name 2      Name 3     ┐ band: cells read one by one,
 *     Party 1     Party 2     Party 3    ┘ column after column
 *                                         (paragraph gap)
 *     Name 4      Name 5                  ┐ next band
 *     Party 4     Party 5                 ┘
 *
 * So a name stays with its party. Cells are told apart by their fonts (see
 * `toBands`). A band whose cells are one line each (a table row
 * `Name | Party`, a row of names) is read left to right.
 */
import type {LayoutParams} from './params.js'
import type {LayoutRow} from './page.js'
import {sameSize} from './paragraphs.js'
import type {Pitch} from './pitch.js'
import {readRow, type Segment} from './segments.js'

/** A line of a cell: its text and the row it was found on. */
export interface CellLine {
  segment: Segment
  row: LayoutRow
}

/** One cell: its lines, top-down. */
export interface Cell {
  lines: CellLine[]
  /** Where the cell's column ends: the left edge of the next column, or none for the last. */
  right: number
}

/** One row of cells. */
export interface Band {
  /** Cells in reading order: left to right. */
  cells: Cell[]
}

/** What the body of a page is made of, top-down. */
export type Piece = {kind: 'row'; row: LayoutRow} | {kind: 'grid'; bands: Band[]; x: number}

/** A cell starts in a column when it starts at most this far (em) left of the column’s edge. */
const columnSlack = 1

/**
 * Find the grids among the body rows of a page.
 *
 * @param rows Body rows of one page, top-down.
 * @param pitch Line pitch of the document.
 * @param params Layout parameters (`paragraphGap`).
 * @returns Rows and grids, top-down.
 */
export function findGrids(rows: readonly LayoutRow[], pitch: Pitch, params: Readonly<LayoutParams>): Piece[] {
  const pieces: Piece[] = []
  let index = 0
  while (index < rows.length) {
    const row = rows[index]!
    if (!hasCells(row)) {
      pieces.push({kind: 'row', row})
      index++
      continue
    }

    const columns = row.read.segments.map((segment) => segment.x)
    const close = (at: number): boolean => {
      const above = rows[at - 1]!
      const below = rows[at]!
      return below.y - above.y <= pitch.between(above.size, below.size) * params.paragraphGap
    }
    const bands: LayoutRow[][] = [[row]]
    let next = index + 1
    while (next < rows.length && fits(rows[next]!, row, columns)) {
      const candidate = rows[next]!
      if (close(next)) bands.at(-1)!.push(candidate)
      else if (hasCells(candidate)) bands.push([candidate])
      else {
        // A last row of cells with a single cell (`Name` over `Party` in the first column).
        let end = next + 1
        while (end < rows.length && close(end) && fits(rows[end]!, row, columns) && !hasCells(rows[end]!)) end++
        const lines = rows.slice(next, end)
        if (!startsCell(lines, row, bands)) break
        bands.push(lines)
        next = end
        continue
      }
      next++
    }

    for (const band of bands) for (const member of band) resplit(member, columns, params)
    pieces.push({kind: 'grid', bands: bands.flatMap((band) => toBands(band, columns)), x: columns[0]!})
    index = next
  }
  return pieces
}

/**
 * Read a row of a grid again with the grid's columns, so that two cells
 * padded closer than a column gap (`Partij voor de Dieren Haagse Stadspartij`)
 * come apart where the rows around them do.
 */
function resplit(row: LayoutRow, columns: readonly number[], params: Readonly<LayoutParams>): void {
  if (row.read.segments.length >= columns.length) return
  const read = readRow(row, params, columns)
  if (read.segments.length === row.read.segments.length) return
  row.read = read
}

/** A row of two or more cells that is not a list item or a `Label: value` pair. */
function hasCells(row: LayoutRow): boolean {
  const segments = row.read.segments
  if (row.read.marker !== undefined || segments.length < 2) return false
  const [first, second] = segments
  return !(segments.length === 2 && (/:$/u.test(first!.text) || /^:/u.test(second!.text)))
}

/**
 * Whether rows below a grid, after a gap, are one more cell of it: they start
 * in the first column in the font its cells start with, and are no longer
 * than its cells.
 */
function startsCell(lines: readonly LayoutRow[], first: LayoutRow, bands: readonly LayoutRow[][]): boolean {
  const font = first.read.segments[0]?.fontName
  const start = lines[0]?.read.segments[0]
  if (!start || start.fontName !== font || Math.abs(start.x - first.read.segments[0]!.x) > columnSlack * first.size) return false
  const longest = Math.max(...bands.map((band) => band.length))
  return lines.length <= longest
}

/** Which column a segment starts in, or -1 left of the grid. */
function columnOf(segment: Segment, columns: readonly number[], size: number): number {
  let found = -1
  for (const [index, x] of columns.entries()) if (segment.x >= x - columnSlack * size) found = index
  return found
}

/** Whether a row is in the grid’s type and every cell of it starts in its own column. */
function fits(row: LayoutRow, first: LayoutRow, columns: readonly number[]): boolean {
  if (row.read.marker !== undefined || Math.abs(row.size - first.size) > sameSize * first.size) return false
  const used = new Set<number>()
  for (const segment of row.read.segments) {
    const column = columnOf(segment, columns, row.size)
    if (column < 0 || used.has(column)) return false
    used.add(column)
  }
  return true
}

/**
 * Cut a band into rows of cells, column by column. Within a column a new
 * cell starts where the font of its first line comes back after another
 * font (name in roman, party in italic or bold: `A B A B`); a column in one
 * font throughout is one cell per line (names only), read row by row like
 * a flattened text extraction.
 */
function toBands(rows: readonly LayoutRow[], columns: readonly number[]): Band[] {
  const byColumn: CellLine[][] = columns.map(() => [])
  for (const row of rows) {
    for (const segment of row.read.segments) {
      byColumn[Math.max(0, columnOf(segment, columns, row.size))]!.push({segment, row})
    }
  }

  const bands: Band[] = []
  for (const [column, lines] of byColumn.entries()) {
    for (const [index, cell] of splitCells(lines, columns[column + 1] ?? Infinity).entries()) {
      bands[index] ??= {cells: []}
      bands[index].cells.push(cell)
    }
  }
  return bands
}

function splitCells(lines: readonly CellLine[], right: number): Cell[] {
  const first = lines[0]?.segment.fontName
  const oneFont = lines.every((line) => line.segment.fontName === first)
  const cells: Cell[] = []
  for (const [index, line] of lines.entries()) {
    const above = lines[index - 1]
    const starts = index === 0 || oneFont || (line.segment.fontName === first && above!.segment.fontName !== first)
    if (starts) cells.push({lines: [line], right})
    else cells.at(-1)!.lines.push(line)
  }
  return cells
}
