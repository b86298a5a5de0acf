/**
 * Which pages are recognised with OCR, decided without loading the engine.
 *
 * `auto` recognises a page whose text layer is not usable: no text, or only a
 * few characters (a page number stamped on a scan), while it paints an image.
 */
import type {PageText} from './layout/index.js'

/** `--ocr`: `auto` pages without usable text, `always` every page, `never` none. */
export const ocrModes = ['auto', 'always', 'never'] as const
export type OcrMode = (typeof ocrModes)[number]

/** A text layer with fewer characters than this is not usable: page numbers, a stamp. */
export const minTextCharacters = 25
/** Time added to a PDF’s limit for each page recognised (ms): seconds of work on a busy machine. */
export const ocrTimePerPage = 60_000

/**
 * Whether to recognise a page.
 *
 * @param page The page’s text runs from pdf.js.
 * @param mode The OCR mode.
 * @param hasImages Whether the page paints images; asked only when the answer depends on it.
 */
export async function needsOcr(page: PageText, mode: OcrMode, hasImages: () => Promise<boolean>): Promise<boolean> {
  if (mode === 'never') return false
  if (mode === 'always') return true
  let characters = 0
  for (const run of page.runs) characters += run.str.replace(/\s+/gu, '').length
  return characters < minTextCharacters && (await hasImages())
}
