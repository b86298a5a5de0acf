/**
 * OCR reader: page images → recognised words → text runs for `./layout/`.
 *
 * Loaded with `import()` only when a page needs recognising, and it loads the
 * engine (`../ocr/engine.ts`) and the renderer the same way, so text and
 * born-digital PDF runs never load Tesseract, its model or the canvas.
 */
import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js'
import type {Message} from '../schema.js'
import {fromTesseract, toPageTexts, type OcrPage, type RecognisedPage} from '../ocr/words.js'

/** Mean confidence (0–100) below which a recognised page gets a warning. */
export const lowConfidence = 70

/** What OCR made of some pages: runs for layout and messages for the document. */
export interface OcrResult {
  pages: RecognisedPage[]
  messages: Message[]
}

/**
 * Recognise PDF pages.
 *
 * @param pages pdf.js pages to recognise, in page order.
 * @param parallel How many pages may be recognised at once.
 * @returns Their runs and the messages about them.
 */
export async function recognisePdfPages(pages: readonly PDFPageProxy[], parallel: number): Promise<OcrResult> {
  const [{renderPage}, {recognise, ocrDpi}] = await Promise.all([import('../ocr/render.js'), import('../ocr/engine.js')])
  const recognised = await mapLimited(pages, parallel, async (page) => {
    const image = await renderPage(page, ocrDpi)
    const data = await recognise(image.image, parallel)
    return fromTesseract(data, page.pageNumber, image)
  })
  return finish(recognised)
}

/**
 * Recognise images: each is one page.
 *
 * @param images Image files’ bytes (PNG, JPEG, TIFF, BMP, PNM, WebP).
 * @param parallel How many images may be recognised at once.
 * @returns Their runs and the messages about them.
 */
export async function recogniseImages(images: readonly Uint8Array[], parallel: number): Promise<OcrResult> {
  const [{recognise, ocrDpi}, {imageKind, imageSize}, {renderImage}] = await Promise.all([import('../ocr/engine.js'), import('../ocr/image.js'), import('../ocr/render.js')])
  const recognised = await mapLimited(images, parallel, async (bytes, index) => {
    const size = imageSize(bytes)
    // The canvas crashes on TIFF (a native segmentation fault, not an error): TIFF goes to Tesseract as it is.
    const drawn = imageKind(bytes) === 'tiff' ? undefined : await renderImage(bytes, ocrDpi, size.dpi)
    if (drawn) return fromTesseract(await recognise(drawn.image, parallel), index + 1, drawn)
    const data = await recognise(bytes, parallel)
    return fromTesseract(data, index + 1, {width: size.width, height: size.height, scale: (size.dpi ?? ocrDpi) / 72})
  })
  return finish(recognised)
}

function finish(recognised: readonly OcrPage[]): OcrResult {
  const pages = toPageTexts(recognised)
  const messages: Message[] = []
  const numbers = recognised.map((page) => page.page)
  messages.push({
    ruleId: 'ocr',
    severity: 'info',
    reason: `Recognised ${numbers.length === 1 ? 'page' : 'pages'} ${numbers.join(', ')} with OCR (Tesseract, Dutch)`
  })
  for (const page of pages) {
    if (page.confidence !== undefined && page.confidence < lowConfidence) {
      messages.push({
        ruleId: 'ocr-low-confidence',
        severity: 'warning',
        reason: `Unexpected low OCR confidence on page ${page.text.page} (${Math.round(page.confidence)} of 100), expected ${lowConfidence} or more: check the text`,
        position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}, page: page.text.page}
      })
    }
  }
  return {pages, messages}
}

/** `map` with at most `limit` calls running at once; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lanes = Array.from({length: Math.max(1, Math.min(limit, items.length))}, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index]!, index)
    }
  })
  await Promise.all(lanes)
  return results
}
