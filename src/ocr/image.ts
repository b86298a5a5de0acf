/**
 * Image inputs: which bytes are an image, and its size and resolution from
 * the file header, without decoding it (Tesseract’s Leptonica decodes).
 */

/** The image formats motie reads, by their first bytes. */
export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'bmp'

/** Pixel size and, when the file says, dots per inch. */
export interface ImageSize {
  width: number
  height: number
  dpi?: number | undefined
}

/** A resolution below this is a default written by software, not a scan’s. */
const minDpi = 50

/** The format of an image file, by its magic bytes. */
export function imageKind(data: Uint8Array): ImageKind | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png'
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if ((data[0] === 0x49 && data[1] === 0x49 && data[2] === 0x2a && data[3] === 0) || (data[0] === 0x4d && data[1] === 0x4d && data[2] === 0 && data[3] === 0x2a)) return 'tiff'
  if (data[0] === 0x42 && data[1] === 0x4d) return 'bmp'
  return undefined
}

/**
 * Size and resolution of an image.
 *
 * @param data An image file’s bytes.
 * @returns Its size in pixels (0 × 0 when the header cannot be read) and dpi if given.
 */
export function imageSize(data: Uint8Array): ImageSize {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  try {
    switch (imageKind(data)) {
      case 'png':
        return pngSize(data, view)
      case 'jpeg':
        return jpegSize(data, view)
      case 'tiff':
        return tiffSize(view)
      case 'bmp':
        return {width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)), dpi: plausible(view.getInt32(38, true) * 0.0254)}
      default:
        return {width: 0, height: 0}
    }
  } catch {
    return {width: 0, height: 0}
  }
}

function plausible(dpi: number | undefined): number | undefined {
  return dpi !== undefined && Number.isFinite(dpi) && dpi >= minDpi ? Math.round(dpi) : undefined
}

function pngSize(data: Uint8Array, view: DataView): ImageSize {
  const size: ImageSize = {width: view.getUint32(16), height: view.getUint32(20)}
  // pHYs: pixels per unit x, y, unit (1 = metre).
  for (let offset = 8; offset + 8 <= data.length; ) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...data.subarray(offset + 4, offset + 8))
    if (type === 'pHYs' && data[offset + 16] === 1) size.dpi = plausible(view.getUint32(offset + 8) * 0.0254)
    if (type === 'IDAT' || type === 'IEND') break
    offset += 12 + length
  }
  return size
}

function jpegSize(data: Uint8Array, view: DataView): ImageSize {
  let dpi: number | undefined
  for (let offset = 2; offset + 4 <= data.length; ) {
    if (data[offset] !== 0xff) break
    const marker = data[offset + 1]!
    const length = view.getUint16(offset + 2)
    // JFIF APP0: density units (1 = dpi, 2 = dots per cm), then x density.
    if (marker === 0xe0 && String.fromCharCode(...data.subarray(offset + 4, offset + 8)) === 'JFIF') {
      const units = data[offset + 11]
      const density = view.getUint16(offset + 12)
      dpi = plausible(units === 1 ? density : units === 2 ? density * 2.54 : undefined)
    }
    // Start of frame (baseline, progressive, …): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {height: view.getUint16(offset + 5), width: view.getUint16(offset + 7), dpi}
    }
    offset += 2 + length
  }
  return {width: 0, height: 0, dpi}
}

function tiffSize(view: DataView): ImageSize {
  const little = view.getUint8(0) === 0x49
  const ifd = view.getUint32(4, little)
  const count = view.getUint16(ifd, little)
  const size: ImageSize = {width: 0, height: 0}
  let unit = 2
  let resolution: number | undefined
  for (let index = 0; index < count; index++) {
    const entry = ifd + 2 + index * 12
    const tag = view.getUint16(entry, little)
    const type = view.getUint16(entry + 2, little)
    const value = type === 3 ? view.getUint16(entry + 8, little) : view.getUint32(entry + 8, little)
    if (tag === 256) size.width = value
    else if (tag === 257) size.height = value
    else if (tag === 296) unit = value
    else if (tag === 282 && type === 5) {
      const at = view.getUint32(entry + 8, little)
      resolution = view.getUint32(at, little) / (view.getUint32(at + 4, little) || 1)
    }
  }
  size.dpi = plausible(resolution === undefined ? undefined : unit === 3 ? resolution * 2.54 : resolution)
  return size
}
