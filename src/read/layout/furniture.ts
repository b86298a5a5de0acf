/**
 * Page furniture: running headers, footers and page numbers.
 *
 * Only rows in the page margins (`marginZone`) can be furniture, and there
 * only when they are
 * - a page number (`3`, `- 3 -`, `3/4`, `Pagina 3 van 4`);
 * - text repeated in the same margin of another page (digits ignored), in
 *   small type or set apart from the body by a wide gap;
 * - the rows in small type at the top or the bottom of a page, set apart
 *   from the body by a wide gap (a header or footer on a single page). A
 *   header may reach below the margins, to `headerZone`, under a logo,
 *   unless the page before ends in a footnote that goes on (at the top). A
 *   footnote is not: it starts with its label, and its lines follow each
 *   other at the line pitch.
 */
import {footnoteStart, sentenceEnd} from './footnotes.js'
import type {LayoutParams} from './params.js'
import type {LayoutRow, PageRows} from './page.js'

/** `3`, `- 3 -`, `3/4`, `3 of 4`, `Pagina 3 van 4`, `blz. 3`, `Page 3`. */
const pageNumber = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:van|of|\/|de)\s*\d{1,4})?$/iu
/** A header or footer is set apart from the body: the body is at least this many of its lines away. */
const apartLines = 2

/** Where a row sits. */
type Zone = 'top' | 'bottom' | 'body'

/**
 * Mark the furniture rows of all pages (`row.furniture = true`).
 *
 * @param pages Rows of every page, with their text.
 * @param bodySize Font size of the document’s body text.
 * @param params Layout parameters (`marginZone`, `headerZone`, `smallType`, `defaultLeading`).
 */
export function markFurniture(pages: readonly PageRows[], bodySize: number, params: Readonly<LayoutParams>): void {
  const repeats = countRepeats(pages, params)
  const small = (row: LayoutRow): boolean => row.size <= bodySize * params.smallType

  for (const [number, page] of pages.entries()) {
    const rows = page.rows
    for (const [index, row] of rows.entries()) {
      const zone = zoneOf(row, page, params)
      if (zone === 'body') continue
      const text = row.text.trim()
      const repeated = (repeats.get(`${zone}:${repeatKey(text)}`) ?? 0) > 1
      if (pageNumber.test(text) || (repeated && (small(row) || isolated(rows, index, params)))) row.furniture = true
    }

    // A header: small rows from the top of the page, inside the header zone;
    // only inside the margin when they may carry on a footnote of the page before.
    const content = rows.filter((row) => !row.furniture)
    const before = number > 0 ? pages[number - 1]!.rows.findLast((row) => !row.furniture) : undefined
    const reach = before && small(before) && !sentenceEnd.test(before.text) ? params.marginZone : params.headerZone
    let end = 0
    while (end < content.length && content[end]!.y <= page.height * reach && small(content[end]!)) end++
    if (end > 0 && apart(content[end - 1]!, content[end], params)) for (const row of content.slice(0, end)) row.furniture = true

    // A footer: small rows from the bottom, inside the bottom margin, not a footnote.
    let start = content.length
    while (start > end) {
      const row = content[start - 1]!
      if (row.furniture || zoneOf(row, page, params) !== 'bottom' || !small(row) || footnoteStart.test(row.text)) break
      start--
    }
    if (start < content.length && apart(content[start]!, content[start - 1], params)) {
      for (const row of content.slice(start)) row.furniture = true
    }
  }
}

/** On how many pages each margin text occurs. */
function countRepeats(pages: readonly PageRows[], params: Readonly<LayoutParams>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const page of pages) {
    const keys = new Set<string>()
    for (const row of page.rows) {
      const zone = zoneOf(row, page, params)
      if (zone !== 'body') keys.add(`${zone}:${repeatKey(row.text)}`)
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Whether the neighbour of a row (the body next to a header or footer) is far from it, or absent. */
function apart(row: LayoutRow, neighbour: LayoutRow | undefined, params: Readonly<LayoutParams>): boolean {
  return neighbour === undefined || Math.abs(neighbour.y - row.y) >= apartLines * row.size * params.defaultLeading
}

/** Whether a row is the first or last of its page and set apart from the rest. */
function isolated(rows: readonly LayoutRow[], index: number, params: Readonly<LayoutParams>): boolean {
  if (index === 0) return apart(rows[0]!, rows[1], params)
  if (index === rows.length - 1) return apart(rows[index]!, rows[index - 1], params)
  return false
}

function zoneOf(row: LayoutRow, page: PageRows, params: Readonly<LayoutParams>): Zone {
  if (row.y <= page.height * params.marginZone) return 'top'
  if (row.y >= page.height * (1 - params.marginZone)) return 'bottom'
  return 'body'
}

/** Text that repeats from page to page: digits stand for any number (page numbers, dates). */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}
