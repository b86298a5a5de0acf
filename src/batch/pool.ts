/**
 * The worker pool: runs tasks on `jobs` long-lived worker threads (piscina),
 * with a time limit per task and an optional stop at the first failure.
 *
 * Batches use workers, also with `--jobs 1`: only a worker can be stopped in
 * the middle of a parse, so `--timeout` holds, and the same code runs for
 * every `--jobs`. A run of a single file without an explicit `--timeout`
 * (`inProcess`) calls the worker's function on this thread instead: starting
 * a thread and loading the parser twice costs more than the parse itself, and
 * the output is the same because the same function produces it.
 *
 * A task's clock starts when its worker says it has started it (a message on
 * a port that travels with the task), so neither waiting in the queue nor a
 * fresh thread loading the parser counts. When the clock runs out the task is
 * aborted, which makes piscina terminate the thread (a stuck parse cannot be
 * interrupted any other way) and start a fresh one.
 */
import {access} from '../files.js'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {removeTemporaries} from '../cli/write.js'
import {interruptionOf, type Interruption} from '../cli/io.js'
import type {Outcome, Task} from './task.js'
import {workerUrl} from './task.js'
import {sidecarPath} from './unchanged.js'

/** Why a run ended before all its tasks: `--fail-fast`, or an interruption from outside. */
export type StopReason = 'fail-fast' | Interruption

/** Options of {@link runPool}. */
export interface PoolOptions {
  /** Number of worker threads (at most one per task). */
  jobs: number
  /** Time limit per task in milliseconds; `0` for none. */
  timeoutMs: number
  /** Stop starting tasks, and abandon running ones, after the first failure. */
  failFast: boolean
  /** Run a single task on this thread, without a time limit. */
  inProcess: boolean
  /** Heap limit of each worker thread in MiB (`--max-memory`); `undefined`: Node's default. */
  maxMemoryMb?: number | undefined
  /**
   * Hand SIGINT and SIGTERM back to the operating system while a task runs on
   * this thread (see `../cli/interrupt.ts`); returns the function that takes
   * them back.
   */
  releaseSignals?: (() => () => void) | undefined
  /** Environment of the worker threads. */
  env: Readonly<Record<string, string | undefined>>
  /** Called once per finished task, in the order tasks finish. */
  onOutcome: (index: number, outcome: Outcome) => void
  /** Aborted (with an `Interruption`) to stop at once: running tasks are abandoned and their temporary files removed. */
  signal?: AbortSignal | undefined
}

/** Run `tasks`; resolves to why the run stopped early, if it did. */
export async function runPool(tasks: readonly Task[], options: Readonly<PoolOptions>): Promise<{stopped: StopReason | undefined}> {
  const interrupted = (): StopReason | undefined => interruptionOf(options.signal)
  if (tasks.length === 0 || interrupted()) return {stopped: interrupted()}
  if (options.inProcess && tasks.length === 1) {
    const {default: work} = await import('./worker.js')
    // Such a task writes no file, so an interruption can leave it behind unfinished (the process then exits).
    const aborted = new Promise<undefined>((resolve) => options.signal?.addEventListener('abort', () => resolve(undefined), {once: true}))
    const restore = options.releaseSignals?.()
    const outcome = await Promise.race([work(tasks[0]!), aborted]).finally(() => restore?.())
    if (outcome) options.onOutcome(0, outcome)
    return {stopped: interrupted()}
  }
  const filename = fileURLToPath(workerUrl())
  await access(filename).catch(() => {
    throw new Error(`Cannot find the worker \`${filename}\`; run \`npm run build\``)
  })

  // Loaded here: a lone file parsed on this thread never needs the pool. Through `require`, which the
  // CLI's bundle, a script (see `cli/boot.cts`), has where it has no `import()` of packages.
  const require = createRequire(import.meta.url)
  const {Piscina} = require('piscina') as typeof import('piscina')
  const {MessageChannel} = require('node:worker_threads') as typeof import('node:worker_threads')
  const threads = Math.max(1, Math.min(options.jobs, tasks.length))
  const resourceLimits = options.maxMemoryMb === undefined ? undefined : {maxOldGenerationSizeMb: options.maxMemoryMb}
  // A thread does not inherit source maps (`--verbose`): the worker module turns them on itself when told to.
  const env = {...definedOnly(options.env), ...(process.sourceMapsEnabled ? {[sourceMapsVariable]: '1'} : {})}
  const pool = new Piscina<Task, Outcome>({filename, minThreads: threads, maxThreads: threads, env, ...(resourceLimits ? {resourceLimits} : {})})
  // A result that was on its way when its task was abandoned (a stop, a timeout) reaches piscina
  // after the task is gone, and piscina reports it as an error of the pool; the task is already
  // accounted for. Any other error of the pool still ends the process, as it did without a listener.
  pool.on('error', (error: Error) => {
    if (!error.message.startsWith('Unexpected message from Worker')) throw error
  })
  const running = new Map<AbortController, Task>()
  const abandoned: Task[] = []
  const timedOut = new Error('timeout')
  let next = 0
  let stopped: StopReason | undefined
  const stopAll = (reason: StopReason): void => {
    stopped ??= reason
    for (const [controller, task] of running) {
      abandoned.push(task)
      controller.abort()
    }
  }
  const onAbort = (): void => stopAll(interrupted()!)
  options.signal?.addEventListener('abort', onAbort, {once: true})

  const runOne = async (task: Task): Promise<Outcome | undefined> => {
    const controller = new AbortController()
    running.set(controller, task)
    const {port1: clock, port2: started} = new MessageChannel()
    let timer: NodeJS.Timeout | undefined
    if (options.timeoutMs > 0) {
      clock.once('message', () => {
        timer = setTimeout(() => controller.abort(timedOut), options.timeoutMs)
      })
    }
    try {
      // Only the port is transferred; stdin's bytes are copied, as a small Buffer shares its memory with Node's pool.
      return await pool.run({...task, started}, {signal: controller.signal, transferList: [started]})
    } catch (error) {
      if (controller.signal.reason === timedOut) {
        abandoned.push(task)
        return {status: 'failed', reason: `Cannot parse: stopped after ${options.timeoutMs / 1000} s (raise \`--timeout\` for very large files)`}
      }
      if (controller.signal.aborted) return undefined
      if ((error as {code?: unknown} | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return {status: 'failed', reason: `Cannot parse: it needs more than ${options.maxMemoryMb} MiB of memory (raise \`--max-memory\`)`}
      }
      // The thread died (out of memory, a crash in native code): the task fails, the pool replaces the thread.
      return {status: 'failed', reason: `Cannot parse: the worker stopped: ${error instanceof Error ? error.message : String(error)}`}
    } finally {
      clearTimeout(timer)
      clock.close()
      running.delete(controller)
    }
  }

  const lane = async (): Promise<void> => {
    while (!stopped && next < tasks.length) {
      const index = next++
      const outcome = await runOne(tasks[index]!)
      if (outcome === undefined) continue
      options.onOutcome(index, outcome)
      if (options.failFast && outcome.status === 'failed' && !stopped) stopAll('fail-fast')
    }
  }

  try {
    await Promise.all(Array.from({length: threads}, lane))
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
    await pool.destroy()
    // The threads are gone now; what they were writing when stopped is left as temporary files.
    await Promise.all(abandoned.flatMap((task) => (task.output ? [removeTemporaries(task.output.path), removeTemporaries(sidecarPath(task.output.path))] : [])))
  }
  return {stopped}
}

/** Set in a worker thread's environment when the process shows source-mapped stack traces. */
const sourceMapsVariable = 'MOTIE_SOURCE_MAPS'

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}
