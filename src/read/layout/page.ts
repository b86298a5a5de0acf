/**
 * Pages of rows: the working data of the layout stages after `readRow`.
 */
import type {LineRef} from '../line.js'
import type {LayoutParams} from './params.js'
import {dedupeBoxes, toBoxes, type PageText} from './run.js'
import {groupRows, type Row} from './rows.js'
import {readRow, type RowText} from './segments.js'

/** A row with its text and what later stages decided about it. */
export interface LayoutRow extends Row {
  read: RowText
  /** Marker and segments as one line of text. */
  text: string
  /** Footnote references with their index in `text`. */
  refs: LineRef[]
  /** A running header, footer or page number: not emitted. */
  furniture: boolean
  /** In the footnote area at the page foot. */
  footnote: boolean
  /** A footnote row that carries on a footnote of the page before. */
  carried: boolean
}

/** The rows of one page. */
export interface PageRows {
  page: number
  width: number
  height: number
  rows: LayoutRow[]
}

/**
 * Turn the runs of a page into rows with their text.
 *
 * @param page Runs of one page.
 * @param params Layout parameters.
 * @returns The page’s rows, top-down.
 */
export function pageRows(page: PageText, params: Readonly<LayoutParams>): PageRows {
  const placed = toBoxes(page)
  const boxes = dedupeBoxes(placed.boxes, params.duplicateDistance)
  const rows = groupRows(boxes, page.page, params).map((row): LayoutRow => {
    const read = readRow(row, params)
    return {...row, read, ...joinRow(read), furniture: false, footnote: false, carried: false}
  })
  return {page: page.page, width: placed.width, height: placed.height, rows}
}

/** A bullet glyph glued to its text by the producer: `\uf0b7Tekst`. */
const gluedBullet = /^[\u2022\u25aa\u25cf\u25e6\u27a2\uf000-\uf0ff](?=\S)/u

/** The marker and segments of a row as one line: segments joined by one space. */
function joinRow(read: RowText): {text: string; refs: LineRef[]} {
  let text = read.marker ?? ''
  const refs: LineRef[] = []
  for (const segment of read.segments) {
    if (text !== '') text += ' '
    for (const ref of segment.refs) refs.push({label: ref.label, index: ref.index + text.length})
    text += segment.text
  }
  if (gluedBullet.test(text)) {
    text = `${text.slice(0, 1)} ${text.slice(1)}`
    for (const ref of refs) ref.index++
  }
  return {text, refs}
}

/** Word’s default body size, for a document without text. */
const defaultSize = 12

/**
 * The size of the body text: the font size that carries most characters.
 *
 * @param pages All pages.
 * @returns A size in points (12 when there is no text).
 */
export function bodySizeOf(pages: readonly PageRows[]): number {
  const weight = new Map<number, number>()
  for (const page of pages) {
    for (const row of page.rows) {
      const size = Math.round(row.size * 10) / 10
      weight.set(size, (weight.get(size) ?? 0) + row.text.length)
    }
  }
  let best = defaultSize
  let most = -1
  for (const [size, count] of weight) {
    if (count > most) {
      best = size
      most = count
    }
  }
  return best
}
