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
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}
