/**
 * What every emitter is: documents and options in, the text of one output
 * out. Its own module, so that the emitters and the index that loads them
 * do not import each other.
 */
import type {MotieDocument} from '../schema.js'

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
