/**
 * Cell values for CSV: every field becomes a string here, so that the
 * serialiser never has to guess how to print a boolean or a null.
 */

/** One row: column name → cell text. */
export type Row = Record<string, string>

/** `null` and `undefined` print as an empty cell. */
export function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  // csv-stringify would print booleans as `1` / ``; spreadsheets read words better.
  return String(value)
}

/**
 * Join the values of a multi-valued field. Newlines are valid inside a quoted
 * RFC 4180 field and show as line breaks in a spreadsheet cell; they cannot
 * collide with `|` or `;` inside clause texts.
 */
export const lineJoiner = '\n'

/** Joiner of short lists (signatories, footnote labels). */
export const listJoiner = '; '
