/**
 * The worker thread: parses one input per task, and under `--out-dir` also
 * emits and writes its output, so that serialising and writing run in
 * parallel too and only a small outcome travels back to the main thread.
 *
 * Workers are long-lived (one per `--jobs`); modules such as the PDF reader
 * load once per worker, not once per file. Every failure becomes an outcome:
 * a task never rejects unless the thread itself dies.
 */
import {stat} from '../files.js'
import {sameFile} from '../cli/output-path.js'
import {writeAtomic, writeCause} from '../cli/write.js'
import {loadEmitter} from '../emit/index.js'
import {MotieError} from '../errors.js'
import {parse} from '../parse.js'
import {parseFile} from '../parse-file.js'
import type {MotieDocument} from '../schema.js'
import type {Outcome, OutputSpec, Task} from './task.js'
import {hangForTests} from './test-hang.js'
import {isUnchanged, sidecar, sidecarPath, usesSidecar} from './unchanged.js'
import {ExistsError, writeNew} from './write-new.js'

/** Handle one task (piscina calls the default export). */
export default async function work(task: Task): Promise<Outcome> {
  task.started?.postMessage('started')
  try {
    hangForTests(task.display)
    if (task.output) return await parseToFile(task, task.output)
    return {status: 'parsed', document: await parseTask(task)}
  } catch (error) {
    if (error instanceof MotieError) return {status: 'failed', reason: error.message}
    // A bug in motie, not in the file: still one line, with the stack for `--verbose`.
    const reason = error instanceof Error ? error.message : String(error)
    return {status: 'failed', reason: `internal error: ${reason}`, stack: error instanceof Error ? error.stack : undefined}
  }
}

async function parseTask(task: Task): Promise<MotieDocument> {
  const options = {format: task.format, password: task.password, limits: task.limits, ocr: task.ocr, jobs: task.ocrJobs}
  if ('data' in task.input) return parse(task.input.data, {...options, path: task.display})
  return parseFile(task.input.path, {...options, displayPath: task.display})
}

async function parseToFile(task: Task, spec: OutputSpec): Promise<Outcome> {
  if ('path' in task.input && spec.skipUnchanged && (await isUnchanged(task.input.path, spec))) return {status: 'unchanged'}
  // Checked before parsing so that a run without --force does not parse what it may not write; writeNew checks again, atomically.
  if (!spec.force && (await exists(spec.path))) return existsFailure(spec)

  if ('path' in task.input && (await sameFile(task.input.path, spec.path))) {
    return {status: 'failed', reason: `Cannot write \`${spec.display}\`: it is the input itself`}
  }
  const document = await parseTask(task)
  const emit = await loadEmitter(spec.format)
  const text = emit([document], spec.emit)
  try {
    if (spec.force) await writeAtomic(spec.path, text)
    else await writeNew(spec.path, text)
    if (spec.skipUnchanged && usesSidecar(spec)) await writeAtomic(sidecarPath(spec.path), sidecar(document, spec))
  } catch (error) {
    if (error instanceof ExistsError) return existsFailure(spec)
    return {status: 'failed', reason: `Cannot write \`${spec.display}\`: ${writeCause(error)}`}
  }
  return {status: 'written', messages: document.messages}
}

function existsFailure(spec: OutputSpec): Outcome {
  return {status: 'failed', reason: `Cannot write \`${spec.display}\`: it exists; use \`--force\` to overwrite it`}
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
