/**
 * Stopping a run from outside, cleanly: Ctrl-C (SIGINT), `kill` (SIGTERM),
 * or a reader that closed the pipe (`motie parse … | head -1`, EPIPE).
 *
 * Each becomes the abort of one `AbortSignal` that the run watches: a batch
 * stops its workers and removes their temporary files, no output is written
 * half, and motie exits with 128 + the signal's number (130, 143, 141), as a
 * shell reports a process the signal ended. A second Ctrl-C exits at once.
 */
import type {Interruption} from './io.js'
import {interruptedExitCode} from './io.js'

/** The parts of `process` that are watched. */
export interface Watched {
  on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
  removeListener?(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
  exit(code: number): never
  exitCode?: number | string | null | undefined
  stdout: {on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown}
  stderr: {on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown}
}

/** What {@link watchInterruptions} gives: the signal, and a way to step aside. */
export interface Watch {
  signal: AbortSignal
  /**
   * Stop handling SIGINT and SIGTERM, so that they end the process at once
   * (as if motie never handled them) until the returned function is called.
   * A parse on the main thread is synchronous for long stretches, during
   * which no handler could run; it writes no file, so nothing is left half.
   */
  release: () => () => void
}

/** Watch `proc` for interruptions; the returned signal is aborted with the first one's name. */
export function watchInterruptions(proc: Watched): AbortSignal {
  return watch(proc).signal
}

/** {@link watchInterruptions}, with the means to release the signals. */
export function watch(proc: Watched): Watch {
  const controller = new AbortController()
  const stop = (interruption: Interruption): void => {
    if (controller.signal.aborted && interruption !== 'SIGPIPE') proc.exit(interruptedExitCode(interruption))
    if (!controller.signal.aborted) controller.abort(interruption)
    // The pipe may close after the run's last write, when its exit code is already set: the output is still cut short.
    if (interruption === 'SIGPIPE') proc.exitCode = interruptedExitCode(interruption)
  }
  const onInt = (): void => stop('SIGINT')
  const onTerm = (): void => stop('SIGTERM')
  proc.on('SIGINT', onInt)
  proc.on('SIGTERM', onTerm)
  // A closed pipe (or any other failure of the stream) means nobody reads what follows: stop, without a stack trace.
  proc.stdout.on('error', () => stop('SIGPIPE'))
  proc.stderr.on('error', () => stop('SIGPIPE'))
  const release = (): (() => void) => {
    // With no listener left, Node restores the default action of both signals: the process ends.
    proc.removeListener?.('SIGINT', onInt)
    proc.removeListener?.('SIGTERM', onTerm)
    return () => {
      proc.on('SIGINT', onInt)
      proc.on('SIGTERM', onTerm)
    }
  }
  return {signal: controller.signal, release}
}
