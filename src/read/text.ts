/**
 * Text reader: decoded text → positioned lines.
 *
 * Texts come from everywhere: typed, copied from web pages, extracted from
 * PDFs (form feeds between pages, Word bullets as private-use glyphs, a line of
 * spaces where the footnote rule was) or transcribed by OCR.
 */
import type {Line} from './line.js'

export interface TextRead {
  lines: Line[]
  pages: number
}

/** Invisible characters that only get in the way of matching. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
/** Spaces that are not U+0020. */
const oddSpace = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g
/** A footnote rule as extractors render it: a long run of spaces or underscores. */
const separator = /^(?: {10,}|_{5,}|-{10,}|—{5,})\s*$/

export function readText(text: string): TextRead {
  const lines: Line[] = []
  let page = 1
  let lineNumber = 0

  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    lineNumber++
    const parts = rawLine.split('\f')
    for (const [index, part] of parts.entries()) {
      if (index > 0) page++
      // Text before the first form feed of a line belongs to the previous page.
      lines.push(toLine(part, page, lineNumber))
    }
  }

  return {lines, pages: page}
}

function toLine(raw: string, page: number, line: number): Line {
  const isSeparator = separator.test(raw)
  const cleaned = raw.replace(invisible, '').replace(oddSpace, ' ').replace(/\t/g, '    ')
  const leading = cleaned.length - cleaned.trimStart().length
  const result: Line = {
    text: cleaned.trim().replace(/ {2,}/g, (spaces) => (spaces.length >= 3 ? '   ' : ' ')),
    page,
    line,
    column: leading + 1,
    indent: leading
  }
  if (isSeparator) result.role = 'separator'
  return result
}
