/**
 * The OCR engine: Tesseract (tesseract.js, WebAssembly) with the Dutch
 * `best_int` model from `@tesseract.js-data/nld`, read from `node_modules`.
 *
 * Nothing is fetched and nothing is cached on disk (`cacheMethod: 'none'`).
 * Workers are created on first need and reused for every later page of the
 * process; up to `parallel` of them recognise pages at once. This module is
 * only ever loaded with `import()`, so runs that need no OCR never load it.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {Page, Worker} from 'tesseract.js'
import {MotieError} from '../errors.js'
import {onOcrShutdown} from './lifecycle.js'

/** The resolution motie renders and reports to Tesseract (dots per inch). */
export const ocrDpi = 300

const require = createRequire(import.meta.url)

/** Idle workers, and how many exist. */
const idle: Worker[] = []
const waiting: ((worker: Worker) => void)[] = []
let created = 0
let starting: Promise<Worker> | undefined

/** Folder of the Dutch `best_int` data: small and accurate enough for print. */
function languagePath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/nld/package.json')), '4.0.0_best_int')
}

async function createOcrWorker(): Promise<Worker> {
  // Through `require`, as the CommonJS package it is: the CLI's bundle is a script (see `cli/boot.cts`).
  const {createWorker, OEM} = require('tesseract.js') as typeof import('tesseract.js')
  try {
    const worker = await createWorker('nld', OEM.LSTM_ONLY, {
      langPath: languagePath(),
      gzip: true,
      cacheMethod: 'none',
      // tesseract.js logs to the console when this is set; motie never does.
      logger: () => undefined,
      errorHandler: () => undefined
    })
    await worker.setParameters({user_defined_dpi: String(ocrDpi)})
    return worker
  } catch (error) {
    throw new MotieError('OCR', 'Cannot run OCR: the Tesseract engine did not start', {cause: error})
  }
}

/** A worker for one page: an idle one, a new one while fewer than `parallel` exist, or the next one freed. */
async function acquire(parallel: number): Promise<Worker> {
  const ready = idle.pop()
  if (ready) return ready
  if (created < Math.max(1, parallel)) {
    created++
    if (created === 1) onOcrShutdown(terminateAll)
    // Workers start one after another: two starting at once would each load the model while the first could work.
    const previous = starting
    const next = (async () => {
      await previous?.catch(() => undefined)
      return createOcrWorker()
    })()
    starting = next
    try {
      return await next
    } catch (error) {
      created--
      throw error
    }
  }
  return new Promise((resolve) => waiting.push(resolve))
}

function release(worker: Worker): void {
  const next = waiting.shift()
  if (next) next(worker)
  else idle.push(worker)
}

async function terminateAll(): Promise<void> {
  const workers = idle.splice(0)
  created = 0
  starting = undefined
  await Promise.all(workers.map((worker) => worker.terminate().catch(() => undefined)))
}

/**
 * Recognise one page image.
 *
 * @param image An image file’s bytes (PNG, JPEG, PNM, BMP, WebP).
 * @param parallel How many workers may exist at once.
 * @returns Tesseract’s page: blocks → paragraphs → lines → words, with boxes in pixels.
 * @throws MotieError `OCR` when the engine fails or cannot read the image.
 */
export async function recognise(image: Uint8Array, parallel = 1): Promise<Page> {
  const worker = await acquire(parallel)
  try {
    const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, {blocks: true, text: false})
    return result.data
  } catch (error) {
    throw new MotieError('OCR', 'Cannot run OCR: Tesseract could not read the page image', {cause: error})
  } finally {
    release(worker)
  }
}
