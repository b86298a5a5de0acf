/**
 * Image reader: photographed or scanned motion pages (PNG, JPEG, TIFF, BMP),
 * one page per image, recognised with OCR and laid out like a PDF.
 */
import {MotieError} from '../errors.js'
import {layoutPages} from './layout/index.js'
import type {Message} from '../schema.js'
import {imageKind} from '../ocr/image.js'
import {isBlank, type Line} from './line.js'
import type {OcrMode} from './ocr-mode.js'

/** Lines of the images, one page each. */
export interface ImagesRead {
  lines: Line[]
  pages: number
  ocrPages: number[]
  messages: Message[]
}

/**
 * Read images as the pages of one document.
 *
 * @param images Image files’ bytes, in page order.
 * @param options `ocr: 'never'` refuses; `jobs` pages are recognised at once.
 * @throws MotieError `UNSUPPORTED` for an unknown image format or `--ocr never`, `NO_TEXT` when nothing was recognised, `OCR`.
 */
export async function readImages(images: readonly Uint8Array[], options: {ocr?: OcrMode | undefined; jobs?: number | undefined} = {}): Promise<ImagesRead> {
  if (options.ocr === 'never') throw new MotieError('UNSUPPORTED', 'Cannot parse image: reading it needs OCR, and `--ocr never` was given')
  for (const image of images) {
    if (!imageKind(image)) throw new MotieError('UNSUPPORTED', 'Cannot parse image: expected PNG, JPEG, TIFF or BMP')
  }
  const {recogniseImages} = await import('./ocr.js')
  const result = await recogniseImages(images, options.jobs ?? 1)
  const lines = layoutPages(result.pages.map((page) => page.text))
  if (lines.every((line) => isBlank(line))) throw new MotieError('NO_TEXT', 'Cannot parse image: no text was recognised on it')
  return {lines, pages: images.length, ocrPages: result.pages.map((page) => page.text.page), messages: result.messages}
}
