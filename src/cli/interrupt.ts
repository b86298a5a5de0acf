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
  exit(code: number): never
  exitCode?: number | string | null | undefined
  stdout: {on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown}
  stderr: {on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown}
}

/** Watch `proc` for interruptions; the returned signal is aborted with the first one's name. */
export function watchInterruptions(proc: Watched): AbortSignal {
  const controller = new AbortController()
  const stop = (interruption: Interruption): void => {
    if (controller.signal.aborted && interruption !== 'SIGPIPE') proc.exit(interruptedExitCode(interruption))
    if (!controller.signal.aborted) controller.abort(interruption)
    // The pipe may close after the run's last write, when its exit code is already set: the output is still cut short.
    if (interruption === 'SIGPIPE') proc.exitCode = interruptedExitCode(interruption)
  }
  proc.on('SIGINT', () => stop('SIGINT'))
  proc.on('SIGTERM', () => stop('SIGTERM'))
  // A closed pipe (or any other failure of the stream) means nobody reads what follows: stop, without a stack trace.
  proc.stdout.on('error', () => stop('SIGPIPE'))
  proc.stderr.on('error', () => stop('SIGPIPE'))
  return controller.signal
}
