/**
 * `--reporter json`: one object per message, with stable field names.
 */
import {toRows, type Reporter} from './rows.js'

/** A message as the JSON reporter prints it; `null` where a value is not known. */
export interface JsonMessage {
  file: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  page: number | null
  severity: 'error' | 'warning' | 'info'
  ruleId: string | null
  message: string
  url: string | null
}

/** The JSON reporter: an array of messages, sorted by file and place. */
export const json: Reporter = (files, options) => {
  const messages: JsonMessage[] = toRows(files, options).map((row) => ({
    file: row.file,
    line: row.line,
    column: row.column,
    endLine: row.endLine,
    endColumn: row.endColumn,
    page: row.page,
    severity: row.severity,
    ruleId: row.message.ruleId ?? null,
    message: row.message.reason,
    url: row.message.url ?? null
  }))
  return JSON.stringify(messages, null, 2) + '\n'
}
