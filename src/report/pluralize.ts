/**
 * `3 files`, `1 file`: counts in reports and summaries.
 */

/**
 * `1 file`, `2 files`.
 *
 * @param count
 *   How many.
 * @param noun
 *   Singular noun.
 * @returns
 *   Count and noun, the noun plural unless the count is 1.
 */
export function pluralize(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * `12,345`: a count with its thousands grouped, as `toLocaleString('en')`
 * writes it, without loading the locale data that takes a tenth of a short
 * run the first time a number format is used.
 *
 * @param count
 *   A whole number.
 * @returns
 *   The count with a comma between groups of three digits.
 */
export function formatCount(count: number): string {
  return Number.isInteger(count) ? String(count).replace(/\B(?=(?:\d{3})+$)/gu, ',') : String(count)
}
