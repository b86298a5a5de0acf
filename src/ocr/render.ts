/**
 * A PDF page → a greyscale image for Tesseract, drawn by pdf.js on a
 * `@napi-rs/canvas` canvas (the very copy pdf.js itself loads: a second copy
 * of the native module crashes the process).
 *
 * The image is written as PGM (`P5`): Leptonica reads it without decoding,
 * so no time goes into compressing and uncompressing a PNG.
 */
import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js'
import {createCanvas, loadImage} from '@napi-rs/canvas'
import {removeRules} from './rules.js'

/** A rendered page: its image and the scale from image pixels to PDF points. */
export interface PageImage {
  /** PGM bytes. */
  image: Uint8Array
  /** Pixels per point. */
  scale: number
  width: number
  height: number
}

/**
 * Render one page at `dpi`.
 *
 * @param page A pdf.js page.
 * @param dpi Dots per inch.
 * @returns The page as a PGM image and its scale.
 */
export async function renderPage(page: PDFPageProxy, dpi: number): Promise<PageImage> {
  const scale = dpi / 72
  const viewport = page.getViewport({scale})
  const width = Math.max(1, Math.ceil(viewport.width))
  const height = Math.max(1, Math.ceil(viewport.height))
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  // pdf.js’s types name the DOM canvas; the napi-rs canvas implements the same 2D API.
  const parameters = {canvasContext: context, canvas, viewport} as unknown as Parameters<PDFPageProxy['render']>[0]
  await page.render(parameters).promise
  const rgba = context.getImageData(0, 0, width, height).data
  const image = toPgm(rgba, width, height)
  removeRules(image, width, height, image.length - width * height)
  return {image, scale, width, height}
}

/** RGBA pixels → an 8-bit greyscale PGM file (ITU-R 601 luma). */
export function toPgm(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1')
  const out = new Uint8Array(header.length + width * height)
  out.set(header)
  let j = header.length
  for (let i = 0; i < rgba.length; i += 4) out[j++] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8
  return out
}

/** A4’s width in inches: the paper a motion page is on, when an image does not say its resolution. */
const a4Width = 8.27
/** A3’s width in inches: no motion page is wider. */
const maxPageWidth = 11.7
/** The most pixels an image is drawn with: four A4 pages at 300 dpi, about 140 MB of canvas. */
const maxPixels = 35_000_000

/**
 * Draw an image file at `dpi` (from its own resolution, or from its width
 * taken as A4), so a photo or a 150 dpi scan reaches Tesseract at the size it
 * reads best.
 *
 * @param data An image file’s bytes; PNG, JPEG, BMP, GIF or WebP.
 * @param dpi Target dots per inch.
 * @param ownDpi The resolution the file records, if any.
 * @returns The image as PGM and its scale (pixels per point), or `undefined` when the canvas cannot decode it.
 */
export async function renderImage(data: Uint8Array, dpi: number, ownDpi: number | undefined): Promise<PageImage | undefined> {
  let image
  try {
    image = await loadImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  } catch {
    return undefined
  }
  // A recorded resolution that makes the page wider than A3 is a camera’s default (72), not the page’s.
  const recorded = ownDpi !== undefined && image.width / ownDpi <= maxPageWidth ? ownDpi : undefined
  const source = recorded ?? image.width / a4Width
  const wanted = Math.min(4, Math.max(0.25, dpi / source))
  const factor = Math.min(wanted, Math.sqrt(maxPixels / Math.max(1, image.width * image.height)))
  const width = Math.max(1, Math.round(image.width * factor))
  const height = Math.max(1, Math.round(image.height * factor))
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.drawImage(image, 0, 0, width, height)
  const pgm = toPgm(context.getImageData(0, 0, width, height).data, width, height)
  removeRules(pgm, width, height, pgm.length - width * height)
  return {image: pgm, scale: (source * factor) / 72, width, height}
}
