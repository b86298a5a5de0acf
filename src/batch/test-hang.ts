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

/** Block this worker thread if the test hook asks for it and `display` names a `hang` file. */
export function hangForTests(display: string): void {
  const ms = Number(process.env['MOTIE_TEST_HANG_MS'])
  if (!(ms > 0) || !basename(display).includes('hang')) return
  // Asked for only here: a run without the hook never loads `worker_threads` for it.
  if (process.getBuiltinModule('node:worker_threads').isMainThread) return
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
