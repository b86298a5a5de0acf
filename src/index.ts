/**
 * motie: Dutch political motions → structured data.
 */
export {parse, type ParseOptions} from './parse.js'
export {parseFile} from './parse-file.js'
export {document as documentSchema, jsonSchema, schemaVersion} from './schema.js'
export type {
  Assembly,
  Consideration,
  Footnote,
  Message,
  MotieDocument,
  Motion,
  Position,
  Request,
  Signatory,
  Source
} from './schema.js'
export {MotieError} from './errors.js'
export {shutdownOcr} from './ocr/lifecycle.js'
export {ocrModes, type OcrMode} from './read/ocr-mode.js'
export {loadEmitter, outputFormats, type EmitOptions, type OutputFormat} from './emit/index.js'
