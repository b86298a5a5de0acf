/**
 * CSV emitter: the motion tree flattened to rows, written by csv-stringify.
 *
 * - RFC 4180: fields are quoted when they hold the delimiter, a quote or a
 *   line break; quotes are doubled; records end in CRLF; a header row names
 *   the columns.
 * - `--csv motions` (default) gives one row per motion, `--csv clauses` one
 *   row per clause (see `./csv/motions.ts` and `./csv/clauses.ts`).
 * - Several values in one cell: `considerations_text` and `requests_text`
 *   hold one clause per line (a line break inside the quoted cell), nested
 *   items indented by two spaces; `footnotes` holds one `[label] text` per
 *   line; `signatories` reads `Name (Party); Name (Party)`; a clause row’s
 *   `footnotes` are its labels joined by `; `. `depth` is 1 for a clause and
 *   2 for its items; `position` is the dotted path in its section (`2.1`).
 * - Empty cells stand for `null`; `closing` is `true` or `false`.
 * - Formula injection: unless `escapeFormulas` is `false`, csv-stringify puts
 *   a `'` before a cell starting with `=`, `+`, `-`, `@`, a tab, a carriage
 *   return or a full-width `＝＋－＠`, so that a spreadsheet shows it as text
 *   instead of running it. Nothing else changes (`'s avonds` stays as it is),
 *   so a reader gets the text back by dropping one `'` that stands before one
 *   of those characters.
 */
import {stringify} from 'csv-stringify/sync'
import type {Emitter} from './emitter.js'
import {clauseColumns, clauseRows} from './csv/clauses.js'
import {motionColumns, motionRows} from './csv/motions.js'

/** Emit the motions (or clauses) of all documents as one CSV table. */
export const emitCsv: Emitter = (documents, options) => {
  const perClause = options.csv === 'clauses'
  const columns = perClause ? clauseColumns : motionColumns
  const rows = documents.flatMap((document) => (perClause ? clauseRows(document) : motionRows(document)))
  return stringify(rows, {
    header: true,
    columns: [...columns],
    delimiter: options.delimiter ?? ',',
    bom: options.bom ?? false,
    escape_formulas: options.escapeFormulas ?? true,
    record_delimiter: 'windows',
    // With an explicit record delimiter csv-stringify stops quoting lone `\n`s; RFC 4180 wants them quoted.
    quote_record_delimiter: true
  })
}
