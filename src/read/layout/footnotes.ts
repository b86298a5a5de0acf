/**
 * The footnote area at the foot of a page.
 *
 * Word and LibreOffice set footnotes below a short rule, in small type, at
 * the bottom of the page. The rule is a drawing, not text, so the area is
 * recognised by the text alone: the run of small-type rows that ends the
 * page, from its first row that starts with a label (`1 text`, `¹ text`, a
 * superscript label, `[1] text`). Small type without labels (a colophon, an
 * address) is not a footnote.
 *
 * A footnote too long for its page goes on on the next one: at that page’s
 * foot (Word, LibreOffice), or at its top when it was typed in small print
 * below the text. Its first row there has no label, so it only counts when
 * the last footnote row before it is full and ends mid-sentence.
 */
import type {LayoutParams} from './params.js'
import type {LayoutRow, PageRows} from './page.js'
import {sameSize, wordFits} from './paragraphs.js'

/** A footnote definition: a label and its text. */
export const footnoteStart = /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]|\*{1,3})\s+\S/u
/** The end of a sentence, before closing quotes and brackets. */
export const sentenceEnd = /[.!?]["”’)\]]*$/u

/**
 * Mark the rows of each page’s footnote area (`row.footnote = true`), and
 * the rows that carry on a footnote of the page before (`row.carried = true`).
 *
 * @param pages Pages with furniture marked.
 * @param bodySize Font size of the body text.
 * @param right Right edge of the text area (`rightEdge`).
 * @param params Layout parameters (`smallType`, `spaceWidth`, `wordFit`).
 */
export function markFootnotes(pages: readonly PageRows[], bodySize: number, right: number, params: Readonly<LayoutParams>): void {
  const small = (row: LayoutRow): boolean => row.size <= bodySize * params.smallType
  const labelled = (row: LayoutRow): boolean => row.read.marker === undefined && footnoteStart.test(row.text)
  // The last footnote row of the page before, when its footnote goes on, and the last label seen.
  let open: LayoutRow | undefined
  let lastLabel: string | undefined

  for (const page of pages) {
    const rows = page.rows.filter((row) => !row.furniture)
    let start = rows.length
    while (start > 0 && small(rows[start - 1]!)) start--
    const foot = rows.slice(start)
    let first = foot.findIndex(labelled)
    if (first < 0) first = foot.length

    if (open) {
      // `… moet minimaal` / `30 procent …`: a carried row may look labelled; the next label in order is a new footnote.
      const goesOn = (row: LayoutRow): boolean => !labelled(row) || labelOf(row.text) !== successor(lastLabel)
      const size = open.size
      let top = 0
      while (top < rows.length && small(rows[top]!) && Math.abs(rows[top]!.size - size) <= sameSize * size) top++
      let carried = rows.slice(0, top)
      if (carried.length === 0 && foot[0] && goesOn(foot[0])) carried = foot.slice(0, Math.max(first, 1))
      if (carried[0] && goesOn(carried[0]) && !wordFits(open, carried[0], right, params)) {
        for (const row of carried) row.footnote = row.carried = true
      }
    }
    for (const row of foot.slice(first)) row.footnote = true

    const marked = rows.filter((row) => row.footnote)
    for (const row of marked) {
      if (labelled(row) && (!row.carried || labelOf(row.text) === successor(lastLabel))) lastLabel = labelOf(row.text)
    }
    const last = marked.at(-1)
    open = last && !sentenceEnd.test(last.text) ? last : undefined
  }
}

/** The label a footnote row starts with. */
function labelOf(text: string): string {
  return text.split(/\s/u, 1)[0]!
}

/** The label after a numeric one (`2` → `3`). */
function successor(label: string | undefined): string | undefined {
  return label !== undefined && /^\d+$/u.test(label) ? String(Number(label) + 1) : undefined
}
