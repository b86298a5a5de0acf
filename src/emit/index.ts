/**
 * Emit stage: motie documents → text, one emitter per format, each loaded
 * only when its format is asked for.
 */
import type {Emitter} from './emitter.js'
import type {OutputFormat} from './formats.js'

export type {EmitOptions, Emitter} from './emitter.js'
export {formatExtensions, outputFormats, type OutputFormat} from './formats.js'

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
