/**
 * PDF reader: bytes → text runs (pdf.js) → positioned lines (layout).
 *
 * A thin layer on pdfjs-dist’s legacy build (the one for Node 20): it keeps
 * everything `getTextContent` gives for every run, with its page, and turns
 * pdf.js’s failures into one clear `MotieError`. All decisions about lines
 * are made by `./layout/`.
 *
 * Safe defaults: no `eval` (CVE-2024-4367), fonts and CMaps from the package
 * itself (nothing is fetched), no console output, pages cleaned up and the
 * document destroyed after use, and a time limit.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {PDFDocumentProxy, PDFPageProxy, TextItem, TextStyle} from 'pdfjs-dist/types/src/display/api.js'
import {MotieError} from '../errors.js'
import {checkPages} from '../limits.js'
import {layoutPages, type PageText, type TextRun} from './layout/index.js'
import type {Message} from '../schema.js'
import {isBlank, type Line} from './line.js'
import {needsOcr, ocrTimePerPage, type OcrMode} from './ocr-mode.js'
import {loadPdfJs} from './pdfjs.js'

/** Options of `readPdf`. */
export interface PdfOptions {
  /** Password of an encrypted PDF (a user or owner password). */
  password?: string | undefined
  /** Longest time to spend on the file, in milliseconds (default 30 000, plus `ocrTimePerPage` for each page recognised). */
  timeLimit?: number | undefined
  /** Most pages read; a longer PDF fails with `TOO_LARGE` before any page is read. */
  maxPages?: number | undefined
  /** Which pages to recognise with OCR (default `auto`: those without a usable text layer). */
  ocr?: OcrMode | undefined
  /** How many pages may be recognised at once (default 1). */
  jobs?: number | undefined
}

/** Lines and the number of pages of a PDF. */
export interface PdfRead {
  lines: Line[]
  pages: number
  /** Pages recognised with OCR. */
  ocrPages?: number[]
  /** What OCR has to say about them. */
  messages?: Message[]
}

/** The text runs of every page, and what OCR did. */
export interface PdfText {
  pages: PageText[]
  ocrPages: number[]
  messages: Message[]
}

/**
 * The longest a single PDF may take by default. Motions of 1–3 pages take
 * milliseconds; a malformed file that keeps pdf.js busy is stopped here
 * instead of hanging a batch.
 */
const defaultTimeLimit = 30_000
/** `%PDF-` must occur this early; readers allow some junk before it. */
const headerWindow = 1024
/** pdf.js’s `PasswordResponses.NEED_PASSWORD`: the file asked for a password and none was given. */
const needPassword = 1
/** pdf.js’s `VerbosityLevel.ERRORS`: no warnings or infos on the console. */
const quiet = 0

let resources: {cMapUrl: string; standardFontDataUrl: string} | undefined

/** The package’s own CMaps and standard fonts, as folder paths (pdf.js reads them with `fs` in Node). */
function packageResources(): {cMapUrl: string; standardFontDataUrl: string} {
  if (!resources) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    resources = {cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/'}
  }
  return resources
}

/**
 * Read a PDF into lines.
 *
 * @param data The file’s bytes; not changed (pdf.js gets a copy).
 * @param options The password, if the file is encrypted, and the time limit.
 * @returns The lines of all pages and the page count.
 * @throws MotieError `NOT_PDF`, `CORRUPT`, `ENCRYPTED`, `PASSWORD`, `NO_PAGES`,
 *   `NO_TEXT` or `TIMEOUT`, with a message that starts with “Cannot”.
 */
export async function readPdf(data: Uint8Array, options: PdfOptions = {}): Promise<PdfRead> {
  const {pages, ocrPages, messages} = await extractPdfText(data, options)
  const ocred = ocrPages.length > 0
  if (!pages.some((page) => page.runs.some((run) => run.str.trim() !== ''))) throw noText(options.ocr, ocred)
  const lines = layoutPages(pages)
  if (lines.every((line) => isBlank(line))) throw noText(options.ocr, ocred)
  return ocred ? {lines, pages: pages.length, ocrPages, messages} : {lines, pages: pages.length}
}

/**
 * Read the text runs of every page, as pdf.js gives them.
 *
 * @param data The file’s bytes.
 * @param options The password, if any, and the time limit.
 * @returns One entry per page, in order.
 * @throws MotieError as `readPdf` does, except `NO_TEXT`.
 */
export async function extractPdf(data: Uint8Array, options: PdfOptions = {}): Promise<PageText[]> {
  return (await extractPdfText(data, options)).pages
}

/**
 * Read the text runs of every page, recognising the pages `options.ocr` asks for.
 *
 * @param data The file’s bytes.
 * @param options The password, the time limit, the OCR mode and parallelism.
 * @returns Runs per page, the pages recognised and messages about them.
 * @throws MotieError as `readPdf` does, except `NO_TEXT`, and `OCR`.
 */
export async function extractPdfText(data: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  if (!hasPdfHeader(data)) {
    throw new MotieError('NOT_PDF', `Cannot parse PDF: the file is not a PDF${looksLike(data)}`)
  }
  const {getDocument} = await loadPdfJs()
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(data),
    ...(options.password === undefined ? {} : {password: options.password}),
    ...packageResources(),
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: quiet,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false
  })

  const limit = options.timeLimit ?? defaultTimeLimit
  let timer: NodeJS.Timeout | undefined
  let fail: (error: MotieError) => void = () => undefined
  const timeout = new Promise<never>((_, reject) => (fail = reject))
  const startClock = (ms: number): void => {
    clearTimeout(timer)
    timer = setTimeout(() => fail(new MotieError('TIMEOUT', `Cannot parse PDF: it took longer than ${ms / 1000} s`)), ms)
  }
  startClock(limit)

  const work = (async (): Promise<PdfText> => {
    const doc = await task.promise
    if (doc.numPages === 0) throw new MotieError('NO_PAGES', 'Cannot parse PDF: it has no pages')
    if (options.maxPages !== undefined) checkPages(doc.numPages, {maxPages: options.maxPages})
    const pages: PageText[] = []
    const scanned: PDFPageProxy[] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await pageText(doc, number)
      pages.push(page)
      if (options.ocr !== 'never' && (await needsOcr(page, options.ocr ?? 'auto', () => hasImages(doc, number)))) scanned.push(await doc.getPage(number))
    }
    if (scanned.length === 0) return {pages, ocrPages: [], messages: []}
    // Recognising takes seconds a page: the clock restarts with time for it.
    startClock(limit + scanned.length * ocrTimePerPage)
    const {recognisePdfPages} = await import('./ocr.js')
    const result = await recognisePdfPages(scanned, options.jobs ?? 1)
    for (const recognised of result.pages) pages[recognised.text.page - 1] = recognised.text
    return {pages, ocrPages: scanned.map((page) => page.pageNumber), messages: result.messages}
  })()
  // When the time limit wins, the work fails later (its document is destroyed): not an unhandled rejection.
  work.catch(() => undefined)

  timeout.catch(() => undefined)

  try {
    return await Promise.race([work, timeout])
  } catch (error) {
    throw toMotieError(error)
  } finally {
    clearTimeout(timer)
    // Destroying the task destroys the document (`doc.destroy()` does the same), and stops a load still under way.
    await task.destroy().catch(() => undefined)
  }
}

async function pageText(doc: PDFDocumentProxy, number: number): Promise<PageText> {
  const page = await doc.getPage(number)
  try {
    const viewport = page.getViewport({scale: 1})
    const content = await page.getTextContent()
    const styles: Record<string, TextStyle | undefined> = content.styles
    const runs: TextRun[] = []
    for (const item of content.items) {
      if (!('str' in item)) continue
      runs.push(toRun(item, styles[item.fontName], number))
    }
    return {page: number, width: viewport.width, height: viewport.height, viewTransform: viewport.transform, runs}
  } finally {
    page.cleanup()
  }
}

/** Whether a page paints any image: a page without text and without images is blank, not a scan. */
async function hasImages(doc: PDFDocumentProxy, number: number): Promise<boolean> {
  const {OPS} = await loadPdfJs()
  const painters = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup])
  const page = await doc.getPage(number)
  try {
    const list = await page.getOperatorList()
    return list.fnArray.some((op) => painters.has(op))
  } finally {
    page.cleanup()
  }
}

function toRun(item: TextItem, style: TextStyle | undefined, page: number): TextRun {
  return {
    str: item.str,
    transform: item.transform as number[],
    width: item.width,
    height: item.height,
    fontName: item.fontName,
    fontFamily: style?.fontFamily ?? '',
    ascent: style?.ascent,
    descent: style?.descent,
    hasEOL: item.hasEOL,
    page
  }
}

function hasPdfHeader(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, headerWindow)).includes('%PDF-', 0, 'latin1')
}

/** A hint at what a file that is not a PDF is instead. */
function looksLike(data: Uint8Array): string {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, headerWindow)).toString('latin1').trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<body')) return ' (it is an HTML page)'
  if (head.startsWith('<?xml')) return ' (it is an XML file)'
  if (head.startsWith('pk\u0003\u0004')) return ' (it is a ZIP archive, such as a Word document)'
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return ' (it is an old Word or Excel document)'
  return ''
}

function noText(mode: OcrMode | undefined, recognised: boolean): MotieError {
  if (recognised) return new MotieError('NO_TEXT', 'Cannot parse PDF: it has no text, not even by OCR (blank pages?)')
  if (mode === 'never') return new MotieError('NO_TEXT', 'Cannot parse PDF: it has no text layer (a scan?); recognise it with `--ocr auto`')
  return new MotieError('NO_TEXT', 'Cannot parse PDF: it has no text layer and no images to recognise')
}

/** pdf.js’s exceptions, by name (they cross the worker boundary as plain objects). */
function toMotieError(error: unknown): MotieError {
  if (error instanceof MotieError) return error
  const name = (error as {name?: unknown} | undefined)?.name
  const code = (error as {code?: unknown} | undefined)?.code
  if (name === 'PasswordException') {
    return code === needPassword
      ? new MotieError('ENCRYPTED', 'Cannot parse PDF: it is encrypted; give its password with `--password`', {cause: error})
      : new MotieError('PASSWORD', 'Cannot parse PDF: the password is wrong', {cause: error})
  }
  // pdf.js’s own message (`Invalid PDF structure.`) stays in `cause`, for `--verbose`.
  return new MotieError('CORRUPT', 'Cannot parse PDF: the file is damaged or truncated', {cause: error})
}
