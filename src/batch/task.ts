/**
 * What the main thread sends a worker for one input, and what comes back.
 * Both cross a thread boundary, so they are plain structured-cloneable data.
 */
import type {MessagePort} from 'node:worker_threads'
import type {EmitOptions, OutputFormat} from '../emit/index.js'
import type {Limits} from '../limits.js'
import type {OcrMode} from '../read/ocr-mode.js'
import type {InputFormat, Message, MotieDocument} from '../schema.js'

/** Where and how a worker writes one output under `--out-dir`. */
export interface OutputSpec {
  /** Absolute path of the output. */
  path: string
  /** The output path as reported to the user. */
  display: string
  format: OutputFormat
  emit: EmitOptions
  /** Overwrite an existing output. */
  force: boolean
  /** Skip the input when its output is up to date (see `./unchanged.ts`). */
  skipUnchanged: boolean
}

/** One input for a worker. */
export interface Task {
  /** Absolute path of the input, or the bytes of stdin. */
  input: {path: string} | {data: Uint8Array}
  /** Recorded as `source.path` and used in reports. */
  display: string
  format?: InputFormat | undefined
  password?: string | undefined
  /** Size, page and PDF time limits of the input. */
  limits?: Readonly<Limits> | undefined
  /** Which pages to recognise with OCR. */
  ocr?: OcrMode | undefined
  /** How many pages of this input may be recognised at once. */
  ocrJobs?: number | undefined
  /** Under `--out-dir` the worker writes the output itself; otherwise it returns the document. */
  output?: OutputSpec | undefined
  /** The worker posts on this port when it starts the task, which starts the task's clock. */
  started?: MessagePort | undefined
}

/** What a worker reports for one task. */
export type Outcome =
  /** Parsed; the document goes into the one output of the run. */
  | {status: 'parsed'; document: MotieDocument}
  /** Parsed and written under `--out-dir`; only the messages come back. */
  | {status: 'written'; messages: Message[]}
  /** Skipped by `--skip-unchanged`. */
  | {status: 'unchanged'}
  /** Could not be parsed or written: one line, `display: reason`. */
  | {status: 'failed'; reason: string; stack?: string | undefined}

/** Messages of a parsed outcome. */
export function messagesOf(outcome: Outcome): readonly Message[] {
  if (outcome.status === 'parsed') return outcome.document.messages
  if (outcome.status === 'written') return outcome.messages
  return []
}

/**
 * The compiled worker module. Workers always run `dist/`: under vitest this
 * module itself runs from `src/*.ts`, which a worker thread cannot load, so
 * it points at the build (`npm test` builds first).
 */
export function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/batch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)
}
