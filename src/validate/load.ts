/**
 * Reading one file into the tree that rules check: a source goes through the
 * parser; a `.json` file is taken as documents that motie wrote, and checked
 * against the current schema.
 */
import {extname} from 'node:path'
import {MotieError, fromFsError} from '../errors.js'
import {parse} from '../parse.js'
import {defaultLimits, tooLarge, type Limits} from '../limits.js'
import {parseFile} from '../parse-file.js'
import {readBounded} from '../read-bounded.js'
import type {OcrMode} from '../read/ocr-mode.js'
import type {SchemaIssue, Tree} from '../rules/tree.js'
import {document, type MotieDocument} from '../schema.js'

/** How to read one file. */
export interface LoadOptions {
  /** The path to record in documents parsed from a source. */
  displayPath: string
  /** The file was found by walking: skip JSON that is no motie document instead of reporting it. */
  walked?: boolean | undefined
  /** Password of encrypted PDFs. */
  password?: string | undefined
  /** Limits per file; those not given take their defaults. */
  limits?: Readonly<Partial<Limits>> | undefined
  /** Which pages to recognise with OCR. */
  ocr?: OcrMode | undefined
}

/**
 * Read a file.
 *
 * @param path
 *   Absolute path.
 * @param options
 *   Display path, whether it was found by walking, PDF password.
 * @returns
 *   The tree, or `undefined` for a walked JSON file that motie did not write.
 * @throws {MotieError}
 *   When the file cannot be read or parsed at all.
 */
export async function loadFile(path: string, options: Readonly<LoadOptions>): Promise<Tree | undefined> {
  if (!isJson(path)) return sourceTree(await parseFile(path, {displayPath: options.displayPath, password: options.password, limits: options.limits, ocr: options.ocr}))
  const limits = {...defaultLimits, ...options.limits}
  let data: Uint8Array | undefined
  try {
    data = await readBounded(path, limits.maxBytes)
  } catch (error) {
    throw fromFsError(error)
  }
  if (data === undefined) throw tooLarge(limits)
  return jsonTree(data, options.walked ?? false)
}

/**
 * Read a value held in memory (rule examples, tests).
 *
 * @param value
 *   Contents of the file.
 * @param path
 *   Its name; the extension picks the reader.
 * @returns
 *   The tree, or `undefined` for JSON that is no motie document.
 */
export async function loadValue(value: string | Uint8Array, path: string): Promise<Tree | undefined> {
  const data = typeof value === 'string' ? new TextEncoder().encode(value) : value
  return isJson(path) ? jsonTree(data, false) : sourceTree(await parse(data, {path}))
}

function isJson(path: string): boolean {
  return extname(path).toLowerCase() === '.json'
}

function sourceTree(document: MotieDocument): Tree {
  return {documents: [document], json: false, schemaIssues: []}
}

function jsonTree(data: Uint8Array, walked: boolean): Tree | undefined {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(data))
  } catch (error) {
    throw new MotieError('CORRUPT', `Cannot read file as JSON: ${(error as Error).message}`, {cause: error})
  }

  // `motie parse` writes one document as an object and several as an array.
  const values = Array.isArray(value) ? value : [value]
  if (walked && !values.some((item) => isObject(item) && 'schemaVersion' in item)) return undefined

  const documents: MotieDocument[] = []
  const schemaIssues: SchemaIssue[] = []
  for (const [index, item] of values.entries()) {
    const result = document.safeParse(item)
    if (result.success) documents.push(result.data)
    else {
      const at = Array.isArray(value) ? [index] : []
      for (const issue of result.error.issues) schemaIssues.push({path: [...at, ...issue.path], message: issue.message})
    }
  }
  return {documents, json: true, schemaIssues}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
