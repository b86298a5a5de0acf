/**
 * Read stage: bytes of any supported input → positioned lines.
 */
import {extname} from 'node:path'
import type {InputFormat, Message} from '../schema.js'
import {MotieError} from '../errors.js'
import {checkPages, defaultLimits, type Limits} from '../limits.js'
import {imageKind} from '../ocr/image.js'
import type {Line} from './line.js'
import {decodeText} from './decode.js'
import type {OcrMode} from './ocr-mode.js'
import {readText} from './text.js'

export interface ReadOptions {
  /** Password for an encrypted PDF. */
  password?: string | undefined
  /** Limits per input; those not given take their defaults. */
  limits?: Readonly<Partial<Limits>> | undefined
  /** Which PDF pages to recognise with OCR (default `auto`); images are always recognised unless `never`. */
  ocr?: OcrMode | undefined
  /** How many pages may be recognised at once (default 1). */
  jobs?: number | undefined
}

export interface ReadResult {
  lines: Line[]
  format: InputFormat
  /** Text encoding that was detected (text and Markdown). */
  encoding?: string
  /** Number of pages (text: form feeds + 1). */
  pages: number
  /** Pages recognised with OCR. */
  ocrPages?: number[] | undefined
  /** What the reader has to say (OCR). */
  messages?: Message[] | undefined
}

const extensions: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.mdown': 'md',
  '.pdf': 'pdf',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.bmp': 'image'
}

/**
 * The format of an input: by its first bytes when they say PDF, else by its
 * extension, else plain text.
 */
export function detectFormat(path: string, data: Uint8Array): InputFormat {
  if (startsWithPdfMagic(data)) return 'pdf'
  if (imageKind(data)) return 'image'
  const byExtension = extensions[extname(path).toLowerCase()]
  return byExtension ?? 'txt'
}

function startsWithPdfMagic(data: Uint8Array): boolean {
  // `%PDF-`, possibly after a little junk, as readers allow.
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

/** Read one input into lines. Throws `MotieError` when the input cannot be used. */
export async function read(data: Uint8Array, format: InputFormat, options: ReadOptions = {}): Promise<ReadResult> {
  if (data.byteLength === 0) throw new MotieError('EMPTY', 'Cannot parse: the file is empty')

  const limits = {...defaultLimits, ...options.limits}
  if (format === 'pdf') {
    const {readPdf} = await import('./pdf.js')
    const timeLimit = limits.timeLimitMs > 0 ? limits.timeLimitMs : undefined
    const result = await readPdf(data, {password: options.password, maxPages: limits.maxPages, timeLimit, ocr: options.ocr, jobs: options.jobs})
    return {lines: result.lines, format, pages: result.pages, ocrPages: result.ocrPages, messages: result.messages}
  }

  if (format === 'image') {
    const {readImages} = await import('./image.js')
    const result = await readImages([data], options)
    return {lines: result.lines, format, pages: result.pages, ocrPages: result.ocrPages, messages: result.messages}
  }

  const {text, encoding} = decodeText(data)
  if (text.trim() === '') throw new MotieError('EMPTY', 'Cannot parse: the file has no text')

  if (format === 'md') {
    const {readMarkdown} = await import('./markdown.js')
    const result = readMarkdown(text)
    checkPages(result.pages, limits)
    return {lines: result.lines, format, encoding, pages: result.pages}
  }

  const result = readText(text)
  checkPages(result.pages, limits)
  return {lines: result.lines, format, encoding, pages: result.pages}
}
