/**
 * The whole pipeline for one input: read → segment → structure → document.
 */
import {checkSize, defaultLimits} from './limits.js'
import {read, detectFormat, type ReadOptions} from './read/index.js'
import {segment} from './segment.js'
import {finalize, structure} from './structure/index.js'
import {LineAccount, unreadMessages} from './account.js'
import type {Line} from './read/line.js'
import type {InputFormat, Message, MotieDocument} from './schema.js'
import {sha256Hex} from './digest.js'
import {schemaVersion} from './schema-values.js'

export interface ParseOptions extends ReadOptions {
  /** The path as the user gave it; recorded in `source.path` and used to detect the format. */
  path: string
  /** Force a format instead of detecting it from the content and extension. */
  format?: InputFormat | undefined
}

/**
 * Parse the bytes of one input into a motie document. Throws `MotieError`
 * when the input cannot be used at all; problems with its content are
 * messages in the document.
 */
export async function parse(data: Uint8Array, options: Readonly<ParseOptions>): Promise<MotieDocument> {
  checkSize(data.byteLength, {...defaultLimits, ...options.limits})
  const format = options.format ?? detectFormat(options.path, data)
  const result = await read(data, format, options)
  const paged = format === 'pdf' || format === 'image' || result.pages > 1
  const account = new LineAccount()
  const furniture: Line[] = []
  const spans = segment(result.lines, furniture)
  account.drop(furniture)
  const motions = finalize(spans.map((span) => structure(span)), {paged, account})

  const messages: Message[] = [...(result.messages ?? [])]
  if (motions.length === 0) {
    messages.push({
      ruleId: 'no-motion',
      severity: 'warning',
      reason: 'Unexpected text without a motion, expected a preamble (`De gemeenteraad van …`) or lead phrases (`constaterende dat`, `verzoekt …`)'
    })
  } else {
    // Without a motion every line is unread: `no-motion` says so once.
    messages.push(...unreadMessages(account.unread(result.lines), paged))
  }

  return {
    schemaVersion,
    source: {
      path: options.path,
      format,
      sha256: sha256Hex(data),
      bytes: data.byteLength,
      ...(result.encoding ? {encoding: result.encoding} : {}),
      pages: result.pages,
      ...(result.ocrPages && result.ocrPages.length > 0 ? {ocr: result.ocrPages} : {})
    },
    motions,
    messages
  }
}
