/**
 * The `motie` process: signals, the real streams, and the exit code around
 * `main()`. `bin/motie.js` loads the bundle built from this module (see
 * `boot.cts`) and calls `run`; the build calls `main` to record the code cache.
 */
import process from 'node:process'
import {watch} from './interrupt.js'
import {main} from './main.js'

export {main}
/** For the build, which stores what the samples read of the patterns (see `pattern-guard.ts`). */
export {startsRead} from '../pattern-guard.js'

export async function run(): Promise<void> {
  const {signal, release} = watch(process)
  const code = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    // Looked up only by a run that reads `-`: `process.stdin` sets up a stream, a fortieth of a short run.
    get stdin() {
      return process.stdin
    },
    stdout: process.stdout,
    stderr: process.stderr,
    signal,
    releaseSignals: release
  })
  // An interrupted run may leave stdin or a closed pipe open, which must not keep it alive.
  if (signal.aborted) process.exit(code)
  process.exitCode = code
  // Everything is done once the output is out: exiting now spares Node tearing down what pdf.js left
  // (its worker port) and freeing the heap object by object, a twentieth of a one-page PDF run.
  await Promise.all([written(process.stdout), written(process.stderr)])
  process.exit(code)
}

/** Resolves once nothing written to `stream` waits to go out (at once where writes are synchronous, as to files). */
function written(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (): void => resolve()
    stream.once('drain', done)
    stream.once('close', done)
    stream.once('error', done)
  })
}
