/**
 * Messages flattened into rows, in a stable order, for the machine-readable
 * reporters: files by path, messages as `vfile-sort` orders them.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compareFile, compareMessage} from 'vfile-sort'

/** Severity names as reporters print them. */
export type SeverityName = 'error' | 'warning' | 'info'

/** One message with its file and place spelled out. */
export interface Row {
  /** Path of the file, relative POSIX. */
  file: string
  message: VFileMessage
  severity: SeverityName
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  page: number | null
}

/** Options shared by all reporters. */
export interface ReportOptions {
  /** Report errors only. */
  quiet?: boolean | null | undefined
  /** Colour the human report (default: no colour). */
  color?: boolean | null | undefined
  /** Human report: show notes and URLs. */
  verbose?: boolean | null | undefined
  /** SARIF: the rules of the run, for `tool.driver.rules`. */
  rules?: readonly RuleInfo[] | null | undefined
  /** SARIF: version of motie. */
  version?: string | null | undefined
}

/** What a reporter needs to know about a rule. */
export interface RuleInfo {
  id: string
  severity: 'info' | 'warn' | 'error'
  description: string
  url: string
}

/** A reporter: files in, text out, nothing else. */
export type Reporter = (files: readonly VFile[], options?: Readonly<ReportOptions> | null) => string

/**
 * The severity of a message, after `vfile`: `fatal: true` is an error,
 * `false` a warning, and anything else information.
 *
 * @param message
 *   The message.
 * @returns
 *   Its severity name.
 */
export function severityOf(message: VFileMessage): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Rows of all messages. Within a file, messages are sorted by page first:
 * a line number is counted from the top of its page.
 *
 * @param files
 *   Files of the run.
 * @param options
 *   `quiet` keeps errors only.
 * @returns
 *   Rows, sorted.
 */
export function toRows(files: readonly VFile[], options?: Readonly<ReportOptions> | null): Row[] {
  const rows: Row[] = []
  for (const file of [...files].sort(compareFile)) {
    for (const message of [...file.messages].sort(byPage)) {
      const severity = severityOf(message)
      if (options?.quiet && severity !== 'error') continue
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'end' in place ? place.end : undefined
      rows.push({
        file: file.path,
        message,
        severity,
        line: start?.line ?? null,
        column: start?.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null,
        page: message.page ?? null
      })
    }
  }
  return rows
}

function byPage(a: VFileMessage, b: VFileMessage): number {
  return (a.page ?? 0) - (b.page ?? 0) || compareMessage(a, b)
}

export {pluralize} from './pluralize.js'
