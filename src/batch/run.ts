/**
 * One batch: tasks → worker pool → outcomes, with per-file reports on stderr
 * in input order, progress, and the summary line.
 */
import type {Io} from '../cli/io.js'
import {InOrder} from './in-order.js'
import {runPool, type StopReason} from './pool.js'
import {createProgress, wantsBar} from './progress.js'
import {summaryLine, Tally} from './summary.js'
import {messagesOf, type Outcome, type Task} from './task.js'

/** Options of {@link runBatch}. */
export interface BatchOptions {
  jobs: number
  /** Time limit per file in milliseconds; `0` for none. */
  timeoutMs: number
  failFast: boolean
  /** A lone file may run on this thread, without a time limit (see `runPool`). */
  inProcess: boolean
  /** Heap limit of each worker in MiB. */
  maxMemoryMb?: number | undefined
  /** See `PoolOptions.releaseSignals`. */
  releaseSignals?: (() => () => void) | undefined
  /** Print only failures: no diagnostics, progress or summary. */
  quiet: boolean
  /** Add the stack trace to internal errors. */
  verbose: boolean
  /** The run is a batch: show progress (on a terminal) and end with the summary line. */
  batch: boolean
  /** Called with each outcome in task order, right after its report; after a stop, the rest that finished. */
  onOutcome?: ((outcome: Outcome, index: number) => void) | undefined
  /** Aborted to stop the run at once (Ctrl-C). */
  signal?: AbortSignal | undefined
}

/** How a batch ended. */
export interface BatchResult {
  tally: Tally
  /** Why the run stopped early (`failFast`, or an interruption), if it did. */
  stopped: StopReason | undefined
}

/** Run `tasks` and report on `io.stderr`. */
export async function runBatch(tasks: readonly Task[], io: Io, options: Readonly<BatchOptions>): Promise<BatchResult> {
  const tally = new Tally()
  const talk = options.batch && !options.quiet
  const progress = createProgress(tasks.length, io.stderr, talk && wantsBar(io))
  const reports = new InOrder<Outcome>((outcome, index) => {
    for (const line of reportLines(tasks[index]!.display, outcome, options)) progress.log(line)
    options.onOutcome?.(outcome, index)
  })

  let stopped: StopReason | undefined
  try {
    const result = await runPool(tasks, {
      jobs: options.jobs,
      timeoutMs: options.timeoutMs,
      failFast: options.failFast,
      inProcess: options.inProcess,
      maxMemoryMb: options.maxMemoryMb,
      releaseSignals: options.releaseSignals,
      env: io.env,
      signal: options.signal,
      onOutcome(index, outcome) {
        tally.count(outcome)
        progress.tick(outcome.status === 'failed')
        reports.add(index, outcome)
      }
    })
    stopped = result.stopped
  } finally {
    reports.flush()
    progress.stop()
  }

  if (talk) io.stderr.write(summaryLine(tally, tasks.length, stopped) + '\n')
  return {tally, stopped}
}

/** The stderr lines for one file: its failure (always), or its diagnostics (unless quiet). */
export function reportLines(display: string, outcome: Outcome, options: Readonly<Pick<BatchOptions, 'quiet' | 'verbose'>>): string[] {
  if (outcome.status === 'failed') {
    const stack = options.verbose && outcome.stack ? `${outcome.stack}\n` : ''
    return [`${display}: ${outcome.reason}\n${stack}`]
  }
  if (options.quiet) return []
  // Infos (`unread-line`) are in the JSON; on stderr only with `--verbose`.
  return messagesOf(outcome).filter((message) => message.severity !== 'info' || options.verbose).map((message) => {
    const where = message.position ? `:${message.position.start.line}:${message.position.start.column}` : ''
    return `${display}${where}: ${message.severity}: ${message.reason} [${message.ruleId}]\n`
  })
}
