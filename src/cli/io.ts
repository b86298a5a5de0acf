/**
 * The environment of one CLI run, so that tests can run `main()` in-process.
 */
import {constants as osConstants} from 'node:os'

export interface Writable {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface Io {
  argv: readonly string[]
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable
  /** Aborted when the run must stop: Ctrl-C, `kill`, or a reader that closed stdout (see `./interrupt.ts`). */
  signal?: AbortSignal | undefined
  /**
   * Let SIGINT and SIGTERM end the process at once while work blocks this
   * thread; returns the function that watches them again (see `./interrupt.ts`).
   */
  releaseSignals?: (() => () => void) | undefined
}

/** Exit codes, documented in the README. */
export const exitCodes = {
  /** Everything parsed (warnings allowed). */
  ok: 0,
  /** Some input could not be parsed, or had errors. */
  failed: 1,
  /** motie could not run: bad arguments or configuration, or an internal error. */
  usage: 2
} as const

/** Why a run was stopped from outside; the exit code is 128 + the signal's number, as a shell reports it. */
export type Interruption = 'SIGINT' | 'SIGTERM' | 'SIGPIPE'

/** The exit code of a run stopped by `interruption`: 130, 143 or 141. */
export function interruptedExitCode(interruption: Interruption): number {
  return 128 + osConstants.signals[interruption]
}

/** Resolves to the exit code of the interruption that aborts `signal`; never, without a signal. */
export function whenInterrupted(signal: AbortSignal | undefined): Promise<number> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve(interruptedExitCode(signal.reason as Interruption))
    else signal?.addEventListener('abort', () => resolve(interruptedExitCode(signal.reason as Interruption)), {once: true})
  })
}

/** The interruption that aborted `signal`, if any. */
export function interruptionOf(signal: AbortSignal | undefined): Interruption | undefined {
  return signal?.aborted ? (signal.reason as Interruption) : undefined
}

/** A problem with the whole run, reported before any file is touched. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * Read all of stdin; an interruption ends the wait with what came so far (the run then stops anyway).
 * Reading stops once more than `maxBytes` came (`cat /dev/zero | motie parse -`); the parse then
 * refuses the input as too large.
 */
export async function readStdin(stdin: NodeJS.ReadableStream, signal?: AbortSignal, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  const read = (async () => {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      chunks.push(bytes)
      total += bytes.byteLength
      if (total > maxBytes) break
    }
  })()
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), {once: true}))
  await (signal?.aborted ? undefined : Promise.race([read, aborted]))
  return Buffer.concat(chunks)
}
