/**
 * `--skip-unchanged`: whether an output is up to date with its input.
 *
 * An output is up to date when it is at least as new as its input (a cheap
 * `stat`, which rules out most stale outputs without reading anything) *and*
 * the SHA-256 of the input equals the one recorded for the output, written
 * by the same schema version. The hash is what decides: copies, checkouts and
 * restores from a cache set modification times that say nothing.
 *
 * Where the hash is recorded:
 *
 * - JSON and NDJSON outputs carry `source.sha256` themselves; it is read back
 *   (for NDJSON from the first line).
 * - Markdown and CSV outputs have no place for it, so a hidden sidecar
 *   `.<output name>.motie.json` beside the output records
 *   `{schemaVersion, source: {sha256}, emit}`, where `emit` holds the options
 *   that change a CSV (shape, delimiter, BOM, formula escaping). Sidecars are
 *   written only under `--skip-unchanged`, so plain runs leave no trace, and
 *   hidden files are never picked up by a folder walk.
 */
import {readFile, stat} from '../files.js'
import {basename, dirname, join} from 'node:path'
import type {MotieDocument} from '../schema.js'
import {sha256Hex} from '../digest.js'
import {schemaVersion} from '../schema-values.js'
import type {OutputSpec} from './task.js'

interface Recorded {
  schemaVersion?: unknown
  source?: {sha256?: unknown}
  emit?: unknown
}

/** Whether the output of `spec` is up to date with the input at `inputPath`. */
export async function isUnchanged(inputPath: string, spec: Readonly<OutputSpec>): Promise<boolean> {
  const [input, output] = await Promise.all([stat(inputPath).catch(() => undefined), stat(spec.path).catch(() => undefined)])
  if (!input?.isFile() || !output?.isFile() || output.mtimeMs < input.mtimeMs) return false

  const record = await readRecord(spec)
  if (record?.schemaVersion !== schemaVersion || typeof record.source?.sha256 !== 'string') return false
  if (usesSidecar(spec) && JSON.stringify(record.emit) !== JSON.stringify(emitKey(spec))) return false

  const digest = sha256Hex(await readFile(inputPath))
  return digest === record.source.sha256
}

/** Whether outputs of this format keep their record in a sidecar. */
export function usesSidecar(spec: Readonly<OutputSpec>): boolean {
  return spec.format === 'md' || spec.format === 'csv'
}

/** Path of the sidecar of an output. */
export function sidecarPath(output: string): string {
  return join(dirname(output), `.${basename(output)}.motie.json`)
}

/** Text of the sidecar for `document` written per `spec`. */
export function sidecar(document: Readonly<MotieDocument>, spec: Readonly<OutputSpec>): string {
  const record: Recorded = {schemaVersion: document.schemaVersion, source: {sha256: document.source.sha256}, emit: emitKey(spec)}
  return JSON.stringify(record, null, 2) + '\n'
}

async function readRecord(spec: Readonly<OutputSpec>): Promise<Recorded | undefined> {
  try {
    const text = await readFile(usesSidecar(spec) ? sidecarPath(spec.path) : spec.path, 'utf8')
    const end = spec.format === 'ndjson' ? text.indexOf('\n') : -1
    const json = end === -1 ? text : text.slice(0, end)
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null ? (value as Recorded) : undefined
  } catch {
    // Missing, unreadable or not JSON: not up to date, so it gets parsed (and reported) again.
    return undefined
  }
}

/** The options that change the bytes of a Markdown or CSV output. */
function emitKey(spec: Readonly<OutputSpec>): Recorded['emit'] {
  if (spec.format !== 'csv') return {}
  const {csv = 'motions', delimiter = ',', bom = false, escapeFormulas = true} = spec.emit
  return {csv, delimiter, bom, escapeFormulas}
}
