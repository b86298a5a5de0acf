/**
 * The footnote area at the foot of a page.
 *
 * Word and LibreOffice set footnotes below a short rule, in small type, at
 * the bottom of the page. The rule is a drawing, not text, so the area is
 * recognised by the text alone: the run of small-type rows that ends the
 * page, from its first row that starts with a label (`1 text`, `¹ text`, a
 * superscript label, `[1] text`). Small type without labels (a colophon, an
 * address) is not a footnote.
 */
import type {LayoutParams} from './params.js'
import type {PageRows} from './page.js'

/** A footnote definition: a label and its text. */
export const footnoteStart = /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]|\*{1,3})\s+\S/u

/**
 * Mark the rows of each page’s footnote area (`row.footnote = true`).
 *
 * @param pages Pages with furniture marked.
 * @param bodySize Font size of the body text.
 * @param params Layout parameters (`smallType`).
 */
export function markFootnotes(pages: readonly PageRows[], bodySize: number, params: Readonly<LayoutParams>): void {
  for (const page of pages) {
    const rows = page.rows.filter((row) => !row.furniture)
    let start = rows.length
    while (start > 0 && rows[start - 1]!.size <= bodySize * params.smallType) start--
    const first = rows.slice(start).findIndex((row) => row.read.marker === undefined && footnoteStart.test(row.text))
    if (first < 0) continue
    for (const row of rows.slice(start + first)) row.footnote = true
  }
}
