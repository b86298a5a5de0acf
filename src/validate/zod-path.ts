/**
 * Zod issue paths as people write them: `rules.date-out-of-range[1].earliest`.
 */

/**
 * Format a zod issue path.
 *
 * @param path
 *   Keys and indices from the root.
 * @returns
 *   Dotted keys with indices in brackets; `(root)` for the empty path.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else result += (result === '' ? '' : '.') + String(key)
  }
  return result === '' ? '(root)' : result
}
