/**
 * Emit stage: motie documents → text, one emitter per format.
 */
import type {MotieDocument} from '../schema.js'

export const outputFormats = ['json', 'ndjson', 'md', 'csv'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface EmitOptions {
  /** CSV: one row per motion (default) or per clause. */
  csv?: 'motions' | 'clauses'
  /** CSV: field delimiter (default `,`). */
  delimiter?: string
  /** CSV: start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean
  /** CSV: neutralise cells that a spreadsheet would run as a formula (default true). */
  escapeFormulas?: boolean
  /** JSON: drop positions and sources (smaller output). */
  positions?: boolean
}

/** An emitter turns the documents of one run into the text of one output. */
export type Emitter = (documents: readonly MotieDocument[], options: Readonly<EmitOptions>) => string

/** The file extension of each output format. */
export const formatExtensions: Record<OutputFormat, string> = {
  json: '.json',
  ndjson: '.ndjson',
  md: '.md',
  csv: '.csv'
}

export async function loadEmitter(format: OutputFormat): Promise<Emitter> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).emitJson
    case 'ndjson':
      return (await import('./json.js')).emitNdjson
    case 'md':
      return (await import('./markdown.js')).emitMarkdown
    case 'csv':
      return (await import('./csv.js')).emitCsv
  }
}
