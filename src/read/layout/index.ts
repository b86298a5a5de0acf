/**
 * Layout: the text runs of a PDF → positioned lines, by geometry alone.
 *
 * Stages, each in its own module, in the manner of pdfminer’s layout analysis:
 * 1. `run.ts`: runs → boxes on the page (top-down), fake-bold copies dropped;
 * 2. `rows.ts`: boxes → rows on a shared baseline; superscripts and subscripts;
 * 3. `segments.ts`: a row → list marker, cells, word spaces, footnote references;
 * 4. `furniture.ts`: running headers, footers and page numbers dropped;
 * 5. `footnotes.ts`: the footnote area at the page foot;
 * 6. `pitch.ts`, `grid.ts`, `flow.ts`: reading order, tables read cell by
 *    cell, blank lines between paragraphs;
 * 7. `indent.ts`: indents from the page’s margin.
 *
 * Layout decides what is a line and what is page furniture, never what a
 * line means: that is the structure stage’s job, shared with text input.
 */
import type {Line} from '../line.js'
import {flow} from './flow.js'
import {markFootnotes} from './footnotes.js'
import {markFurniture} from './furniture.js'
import {indenter} from './indent.js'
import {bodySizeOf, pageRows} from './page.js'
import {layoutParams, type LayoutParams} from './params.js'
import {rightEdge} from './paragraphs.js'
import {measurePitch} from './pitch.js'
import type {PageText} from './run.js'

export type {LayoutParams} from './params.js'
export {defaultLayoutParams, layoutParams} from './params.js'
export type {PageText, TextRun} from './run.js'

/**
 * Lay out the text of a document’s pages as lines.
 *
 * @param pages Runs of every page, in page order.
 * @param options Layout parameters to change; see `LayoutParams` for the defaults.
 * @returns Lines in reading order: blank lines between paragraphs, page furniture
 *   left out, the footnote area as lines with role `footnote` after a `separator`.
 */
export function layoutPages(pages: readonly PageText[], options?: Readonly<Partial<LayoutParams>> | null): Line[] {
  const params = layoutParams(options)
  const rowsOfPages = pages.map((page) => pageRows(page, params))
  const bodySize = bodySizeOf(rowsOfPages)
  markFurniture(rowsOfPages, bodySize, params)
  markFootnotes(rowsOfPages, bodySize, rightEdge(rowsOfPages), params)
  const drafts = flow(rowsOfPages, measurePitch(rowsOfPages, params), bodySize, params)
  // A damaged PDF can place a run at infinity: its line keeps its text but no indent.
  for (const draft of drafts) if (draft.x !== undefined && !Number.isFinite(draft.x)) draft.x = undefined

  const edges = drafts.flatMap((draft) => (draft.x === undefined ? [] : [draft.x]))
  const indent = indenter(edges, bodySize, params)
  const margins = new Map<number, number>()
  for (const draft of drafts) {
    if (draft.x !== undefined) margins.set(draft.page, Math.min(margins.get(draft.page) ?? Infinity, draft.x))
  }

  const lines: Line[] = []
  const counters = new Map<number, number>()
  for (const draft of drafts) {
    const number = (counters.get(draft.page) ?? 0) + 1
    counters.set(draft.page, number)
    const level = draft.x === undefined ? 0 : indent(draft.x, margins.get(draft.page) ?? draft.x)
    const line: Line = {text: draft.text, page: draft.page, line: number, column: level + 1, indent: level}
    if (draft.refs.length > 0) line.refs = draft.refs
    if (draft.role) line.role = draft.role
    if (draft.box) line.box = draft.box
    lines.push(line)
  }
  return lines
}
