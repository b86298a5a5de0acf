/**
 * Counting outcomes, and the one summary line a batch ends with:
 * `Parsed 1,204 files: 1,199 ok, 5 failed`.
 */
import {formatCount, pluralize} from '../report/pluralize.js'
import type {StopReason} from './pool.js'
import {messagesOf, type Outcome} from './task.js'

export {pluralize}


/** How the files of a run ended. */
export class Tally {
  /** Parsed (and written) without error messages. */
  ok = 0
  /** Parsed, but with messages of severity `error`. */
  withErrors = 0
  /** Skipped by `--skip-unchanged`. */
  unchanged = 0
  /** Could not be parsed or written. */
  failed = 0

  count(outcome: Outcome): void {
    if (outcome.status === 'failed') this.failed++
    else if (outcome.status === 'unchanged') this.unchanged++
    else if (hasErrors(outcome)) this.withErrors++
    else this.ok++
  }

  get done(): number {
    return this.ok + this.withErrors + this.unchanged + this.failed
  }

  /** Whether the run exits with 1. */
  get anyFailed(): boolean {
    return this.failed + this.withErrors > 0
  }
}

/** Whether a parsed outcome has messages of severity `error`. */
export function hasErrors(outcome: Outcome): boolean {
  return messagesOf(outcome).some((message) => message.severity === 'error')
}

/** What the summary says about a run that ended early. */
const stopNotes: Record<StopReason, string> = {
  'fail-fast': 'stopped at the first failure (--fail-fast)',
  SIGINT: 'interrupted',
  SIGTERM: 'terminated',
  SIGPIPE: 'stopped: the output was closed'
}

/** The summary line, without a line ending; `total` counts all inputs of the run. */
export function summaryLine(tally: Readonly<Tally>, total: number, stopped?: StopReason): string {
  const parts = [`${formatCount(tally.ok)} ok`]
  if (tally.withErrors > 0) parts.push(`${formatCount(tally.withErrors)} with errors`)
  if (tally.unchanged > 0) parts.push(`${formatCount(tally.unchanged)} unchanged`)
  parts.push(`${formatCount(tally.failed)} failed`)
  const files = stopped ? `${formatCount(tally.done)} of ${pluralize(total, 'file')}` : pluralize(total, 'file')
  return `Parsed ${files}: ${parts.join(', ')}${stopped ? `; ${stopNotes[stopped]}` : ''}`
}
