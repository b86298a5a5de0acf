/**
 * Ruling lines out of a page image: the borders of a signature table or a
 * form make Tesseract take the whole table for a picture and skip the names
 * inside it. Long straight dark runs are painted white before recognising;
 * letters never make runs that long, so the text is untouched.
 */

/** Darker than this (0–255) is ink. */
const ink = 140
/** A horizontal run at least this fraction of the page width is a rule. */
const minHorizontal = 0.12
/** A vertical run at least this fraction of the page height is a rule. */
const minVertical = 0.025
/** Light pixels a run may skip (noise, a scanned line’s gaps). */
const maxGap = 3

/**
 * Whiten long horizontal and vertical lines, in place.
 *
 * @param pixels Greyscale pixels, row by row, from `offset`.
 * @param width Image width.
 * @param height Image height.
 * @param offset Where the pixels start (after a PGM header).
 */
export function removeRules(pixels: Uint8Array, width: number, height: number, offset = 0): void {
  const horizontal = Math.max(50, Math.round(width * minHorizontal))
  const vertical = Math.max(50, Math.round(height * minVertical))
  const erase: [number, number, number][] = []
  // All runs are found before any is erased, so a vertical line crossing a horizontal one is still whole.
  for (let y = 0; y < height; y++) scan(offset + y * width, 1, width, horizontal, pixels, erase)
  for (let x = 0; x < width; x++) scan(offset + x, width, height, vertical, pixels, erase)
  for (const [first, step, length] of erase) {
    for (let i = 0, index = first; i < length; i++, index += step) pixels[index] = 255
  }
}

/** Find runs of ink along one row or column; record each long one as start, step and length. */
function scan(start: number, step: number, count: number, min: number, pixels: Uint8Array, erase: [number, number, number][]): void {
  let runStart = -1
  let length = 0
  let gap = 0
  for (let i = 0; i < count; i++) {
    if (pixels[start + i * step]! < ink) {
      if (runStart < 0) runStart = i
      gap = 0
      length = i - runStart + 1
    } else if (runStart >= 0 && ++gap > maxGap) {
      if (length >= min) erase.push([start + runStart * step, step, length])
      runStart = -1
      gap = 0
    }
  }
  if (runStart >= 0 && length >= min) erase.push([start + runStart * step, step, length])
}
