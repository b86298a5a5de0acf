/**
 * The `motie` process: signals, the real streams, and the exit code around
 * `main()`. `bin/motie.js` loads the bundle built from this module (see
 * `boot.cts`) and calls `run`; the build calls `main` to record the code cache.
 */
import process from 'node:process'
import {watch} from './interrupt.js'
import {main} from './main.js'

export {main}

export async function run(): Promise<void> {
  const {signal, release} = watch(process)
  const code = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal,
    releaseSignals: release
  })
  // An interrupted run may leave stdin or a closed pipe open, which must not keep it alive.
  if (signal.aborted) process.exit(code)
  process.exitCode = code
}
