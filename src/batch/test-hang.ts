/**
 * TEST-ONLY hook for `--timeout`: when the environment sets
 * `MOTIE_TEST_HANG_MS`, a worker that is given a file whose name contains
 * `hang` blocks its thread for that many milliseconds before parsing, the way
 * a parser stuck in a loop would (the thread cannot even take a message).
 *
 * Only worker threads read the variable; it is not a user option and is not
 * documented in `--help`.
 */
import {basename} from 'node:path'
import {isMainThread} from 'node:worker_threads'

/** Block this worker thread if the test hook asks for it and `display` names a `hang` file. */
export function hangForTests(display: string): void {
  const ms = Number(process.env['MOTIE_TEST_HANG_MS'])
  if (isMainThread || !(ms > 0) || !basename(display).includes('hang')) return
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
