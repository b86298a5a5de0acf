/**
 * Checks of the batch options, all before any file is touched; each bad value
 * is a `UsageError` that names the option.
 */
import {UsageError} from '../cli/io.js'

/** `--jobs N`: a whole number ≥ 1. */
export function parseJobs(text: string): number {
  const jobs = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`Cannot use \`--jobs ${text}\`: expected a whole number of at least 1`)
  }
  return jobs
}

/** `--timeout SECONDS`: a number ≥ 0, `0` meaning no limit; returns milliseconds. */
export function parseTimeout(text: string): number {
  const seconds = Number(text)
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`Cannot use \`--timeout ${text}\`: expected a number of seconds (\`0\` for no limit)`)
  }
  return Math.round(seconds * 1000)
}

/** `--ext pdf,txt,md`: extensions without dots, lower case, deduplicated. */
export function parseExtensions(text: string): string[] {
  const extensions = text.split(',').map((extension) => extension.trim().replace(/^\./, '').toLowerCase())
  if (extensions.some((extension) => !/^[a-z\d]+$/.test(extension))) {
    throw new UsageError(`Cannot use \`--ext ${text}\`: expected extensions separated by commas, such as \`pdf,txt,md\``)
  }
  return [...new Set(extensions)]
}

/** `--max-size MIB`: a positive number of MiB; returns bytes. */
export function parseMaxSize(text: string): number {
  const size = Number(text)
  if (text.trim() === '' || !Number.isFinite(size) || size <= 0) {
    throw new UsageError(`Cannot use \`--max-size ${text}\`: expected a positive number of MiB`)
  }
  return Math.floor(size * 1024 * 1024)
}

/** `--max-pages N`: a whole number ≥ 1. */
export function parseMaxPages(text: string): number {
  return wholeNumber('--max-pages', text, 1)
}

/** `--max-memory MIB`: the heap of each worker, a whole number of MiB ≥ 64 (less cannot load the parser). */
export function parseMaxMemory(text: string): number {
  return wholeNumber('--max-memory', text, 64)
}

function wholeNumber(option: string, text: string, least: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < least) {
    throw new UsageError(`Cannot use \`${option} ${text}\`: expected a whole number of at least ${least}`)
  }
  return value
}
