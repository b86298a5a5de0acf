/**
 * The `motie` process: signals, the real streams, and the exit code around
 * `main()`. `bin/motie.js` loads the bundle built from this module.
 */
import process from 'node:process'
import {setFlagsFromString} from 'node:v8'
import {watch} from './interrupt.js'
import {main} from './main.js'

// Regular expressions compile straight to machine code. By default V8 first
// interprets each one, and motie's large case-insensitive alternations (the
// lexicon) are so slow to interpret that a short run spent most of its time
// there; the matches are the same either way.
setFlagsFromString('--no-regexp-tier-up')

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
