/**
 * Running `motie parse`: checks of the run as a whole, then the batch, then
 * the one output (or none, under `--out-dir` and for streamed NDJSON).
 */
import {relative, sep} from 'node:path'
import {commonBase, planOutputs} from '../batch/plan.js'
import {discover, isInside} from '../batch/discover.js'
import {stat} from '../files.js'
import {parseExtensions, parseJobs, parseMaxMemory, parseMaxPages, parseMaxSize, parseTimeout} from '../batch/options.js'
import {runBatch} from '../batch/run.js'
import {parseShard, takeShard} from '../batch/shard.js'
import type {OutputSpec, Task} from '../batch/task.js'
import {formatExtensions, loadEmitter, type EmitOptions, type OutputFormat} from '../emit/index.js'
import {mebibyte, type Limits} from '../limits.js'
import type {InputFormat, MotieDocument} from '../schema.js'
import type {OcrMode} from '../read/ocr-mode.js'
import {exitCodes, interruptedExitCode, interruptionOf, readStdin, UsageError, type Io} from './io.js'
import {makeFolder} from './make-folder.js'
import {checkOutputFile, checkOutputFolder, sameFile} from './output-path.js'
import {writeAtomic, writeCause} from './write.js'

/** The options of `motie parse`, as commander gives them. */
export interface ParseCommandOptions {
  format: OutputFormat
  output?: string
  inputFormat?: InputFormat
  password?: string
  ocr: OcrMode
  csv: 'motions' | 'clauses'
  delimiter: string
  bom?: boolean
  escapeFormulas: boolean
  quiet?: boolean
  outDir?: string
  ext: string
  force?: boolean
  skipUnchanged?: boolean
  jobs: string
  failFast?: boolean
  timeout: string
  maxSize: string
  maxPages: string
  maxMemory: string
  shard?: string
}

/** How the command was called, beyond its options. */
export interface ParseContext {
  /** Show stack traces of internal errors (`motie --verbose`). */
  verbose?: boolean
  /** `--timeout` was given, so even a single file runs in a worker. */
  timeoutGiven?: boolean
}

/** Run `motie parse`; resolves to the exit code, throws `UsageError` before touching any file. */
export async function runParse(args: readonly string[], options: ParseCommandOptions, io: Io, context: Readonly<ParseContext> = {}): Promise<number> {
  if (options.delimiter.length !== 1) throw new UsageError(`Cannot use \`--delimiter ${options.delimiter}\`: expected one character`)
  if (options.output !== undefined && options.outDir !== undefined) throw new UsageError('Cannot accept both `--output` and `--out-dir`')
  if (options.skipUnchanged && options.outDir === undefined) {
    throw new UsageError('Cannot use `--skip-unchanged` without `--out-dir`: there are no earlier outputs to compare with')
  }
  const jobs = parseJobs(options.jobs)
  const timeoutMs = parseTimeout(options.timeout)
  const limits: Limits = {maxBytes: parseMaxSize(options.maxSize ?? '50'), maxPages: parseMaxPages(options.maxPages ?? '500'), timeLimitMs: timeoutMs}
  const maxMemoryMb = parseMaxMemory(options.maxMemory ?? '1024')
  const extensions = parseExtensions(options.ext)
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  const outDir = options.outDir === undefined ? undefined : await checkOutputFolder(options.outDir, io.cwd)
  const output = options.output === undefined ? undefined : await checkOutputFile(options.output, io.cwd)

  const {inputs, roots, several} = await discover(args, {cwd: io.cwd, extensions, exclude: outDir})
  const files = inputs.flatMap((input) => (input.kind === 'file' ? [input.path] : []))
  if (output !== undefined && (files.includes(output) || (await anySame(files, output)))) {
    throw new UsageError(`Cannot write \`--output ${options.output}\`: it is one of the inputs`)
  }
  // Planned over all inputs, before sharding, so that every shard agrees on every path and every conflict.
  const outputs = outDir === undefined ? undefined : planOutputs(inputs, {outDir, base: commonBase(roots), extension: formatExtensions[options.format]})
  const entries = inputs.map((input, index) => ({input, output: outputs?.[index]}))
  const chosen = shard === undefined ? entries : takeShard(entries, shard)

  const emitOptions: EmitOptions = {csv: options.csv, delimiter: options.delimiter, bom: options.bom === true, escapeFormulas: options.escapeFormulas}
  const stdin = chosen.some((entry) => entry.input.kind === 'stdin') ? await readAllStdin(io, limits.maxBytes) : undefined
  // Pages of one file are recognised in parallel with the jobs that the files leave free.
  const ocrJobs = Math.max(1, Math.floor(jobs / Math.max(1, Math.min(jobs, chosen.length))))
  const tasks = chosen.map(({input, output}): Task => ({
    input: input.kind === 'stdin' ? {data: stdin!} : {path: input.path},
    display: input.display,
    format: options.inputFormat,
    password: options.password,
    limits,
    ocr: options.ocr,
    ocrJobs,
    output: output === undefined ? undefined : outputSpec(output, options, emitOptions, io.cwd)
  }))

  const batch = several || outDir !== undefined || shard !== undefined
  // NDJSON to stdout streams, in input order, as files finish; other outputs need all documents first.
  const stream = options.format === 'ndjson' && options.output === undefined ? await loadEmitter('ndjson') : undefined
  if (outDir !== undefined) await createOutputFolder(outDir, options.outDir!)
  const documents: MotieDocument[] = []
  const result = await runBatch(tasks, io, {
    jobs,
    timeoutMs,
    maxMemoryMb,
    releaseSignals: io.releaseSignals,
    failFast: options.failFast === true,
    // Only a worker can be stopped mid-parse and held to a heap limit; a small file is quicker without one.
    inProcess: !batch && context.timeoutGiven !== true && (await isSmall(tasks[0])),
    quiet: options.quiet === true,
    verbose: context.verbose === true,
    batch,
    signal: io.signal,
    onOutcome(outcome) {
      if (outcome.status !== 'parsed' || io.signal?.aborted) return
      if (stream) io.stdout.write(stream([outcome.document], emitOptions))
      else documents.push(outcome.document)
    }
  })
  const interruption = interruptionOf(io.signal)
  if (interruption) return interruptedExitCode(interruption)
  const code = result.tally.anyFailed ? exitCodes.failed : exitCodes.ok
  // Under --out-dir the workers wrote everything; after a --fail-fast stop the one output would be incomplete.
  if (outDir !== undefined || stream || result.stopped) return code

  const text = await emitAll(documents, options.format, emitOptions, batch)
  if (text === undefined) return code
  if (output === undefined) {
    io.stdout.write(text)
    return code
  }
  try {
    await writeAtomic(output, text)
    return code
  } catch (error) {
    io.stderr.write(`${options.output}: Cannot write file: ${writeCause(error)}\n`)
    return exitCodes.failed
  }
}

/** The one output of a run without `--out-dir`; `undefined` when there is nothing to write. */
async function emitAll(documents: MotieDocument[], format: OutputFormat, options: EmitOptions, batch: boolean): Promise<string | undefined> {
  // A batch prints a JSON array also when all but one (or all) files failed: its shape must not depend on failures.
  if (format === 'json' && batch && documents.length < 2) return JSON.stringify(documents, null, 2) + '\n'
  if (documents.length === 0) return undefined
  return (await loadEmitter(format))(documents, options)
}

function outputSpec(path: string, options: ParseCommandOptions, emit: EmitOptions, cwd: string): OutputSpec {
  return {path, display: shown(path, cwd), format: options.format, emit, force: options.force === true, skipUnchanged: options.skipUnchanged === true}
}

async function anySame(files: readonly string[], output: string): Promise<boolean> {
  return (await Promise.all(files.map((file) => sameFile(file, output)))).some(Boolean)
}

/** Inputs up to this size parse in well under a second: no worker needed for them alone. */
const inProcessBytes = mebibyte

async function isSmall(task: Task | undefined): Promise<boolean> {
  if (task === undefined) return true
  if ('data' in task.input) return task.input.data.byteLength <= inProcessBytes
  const info = await stat(task.input.path).catch(() => undefined)
  return info === undefined || (info.isFile() && info.size <= inProcessBytes)
}

/** Create `--out-dir` before any file is parsed, so that a folder that cannot be made fails the run at once. */
async function createOutputFolder(path: string, given: string): Promise<void> {
  try {
    await makeFolder(path)
  } catch (error) {
    throw new UsageError(`Cannot create \`--out-dir ${given}\`: ${writeCause(error)}`)
  }
}

async function readAllStdin(io: Io, maxBytes: number): Promise<Uint8Array> {
  if (io.stdin.isTTY) throw new UsageError('Cannot read stdin: it is a terminal; pipe a file into it')
  return readStdin(io.stdin, io.signal, maxBytes)
}

/** A path as reported: relative to `cwd` when inside it, else absolute; POSIX separators. */
function shown(path: string, cwd: string): string {
  const display = isInside(path, cwd) ? relative(cwd, path) : path
  return sep === '/' ? display : display.split(sep).join('/')
}
