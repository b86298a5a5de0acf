/**
 * Limits per input, so that one pathological file in an archive is a
 * per-file error rather than a crash, a hang or a swap storm. Every limit has
 * a default that real motions stay far below, and an option to change it
 * (see the README, "Security and limits").
 */
import {MotieError} from './errors.js'

export interface Limits {
  /** Largest input in bytes (`--max-size`, given in MiB). */
  maxBytes: number
  /** Most pages of a PDF, or form-feed pages of a text (`--max-pages`). */
  maxPages: number
  /** Longest time to read one PDF, in milliseconds (`--timeout`; `0`: none). */
  timeLimitMs: number
}

const mebibyte = 1024 * 1024

export const defaultLimits: Readonly<Limits> = {
  // Motions are a few KiB of text or a few MiB of PDF; scans with images stay well below this.
  maxBytes: 50 * mebibyte,
  // The longest motion bundles run to a few dozen pages.
  maxPages: 500,
  timeLimitMs: 120_000
}

/**
 * Deepest nesting of Markdown containers (block quotes, lists) that is read.
 * The Markdown parser takes time quadratic in the depth and recursion linear
 * in it; motions nest two or three levels.
 */
export const maxMarkdownDepth = 64

/** The `TOO_LARGE` failure of an input over `limits.maxBytes`. */
export function checkSize(bytes: number, limits: Readonly<Pick<Limits, 'maxBytes'>>): void {
  if (bytes > limits.maxBytes) throw tooLarge(limits)
}

/** The failure of an input larger than `limits.maxBytes`. */
export function tooLarge(limits: Readonly<Pick<Limits, 'maxBytes'>>): MotieError {
  return new MotieError('TOO_LARGE', `Cannot read file: it is larger than ${mib(limits.maxBytes)} MiB (raise \`--max-size\`)`)
}

/** The `TOO_LARGE` failure of an input over `limits.maxPages`. */
export function checkPages(pages: number, limits: Readonly<Pick<Limits, 'maxPages'>>): void {
  if (pages > limits.maxPages) {
    throw new MotieError('TOO_LARGE', `Cannot parse: it has ${pages} pages, more than ${limits.maxPages} (raise \`--max-pages\`)`)
  }
}

/** Bytes as MiB for messages: `50`, `0.5`. */
export function mib(bytes: number): string {
  return String(Math.round((bytes / mebibyte) * 100) / 100)
}

export {mebibyte}
