/**
 * JSON emitters: the schema itself, serialised.
 */
import type {Emitter} from './emitter.js'

/** One document prints as an object; several as an array of them. */
export const emitJson: Emitter = (documents) => {
  const value = documents.length === 1 ? documents[0] : documents
  return JSON.stringify(value, null, 2) + '\n'
}

/** One document per line, for `jq` and data pipelines. */
export const emitNdjson: Emitter = (documents) => documents.map((document) => JSON.stringify(document) + '\n').join('')
