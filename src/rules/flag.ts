/**
 * Adding a message to a file at a node of the motion tree.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Position} from '../schema.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** 1-based page of the place, where the source has pages (PDF, text with form feeds). */
    page?: number | undefined
  }
}

/** Anything that may carry a position. */
export interface Located {
  position?: Position | undefined
}

/** Well-known fields of a message, besides its reason and place. */
export interface FlagOptions {
  /** Another place involved, e.g. the first of two duplicates. */
  cause?: VFileMessage | undefined
  /** A longer explanation, shown by the human reporter with `--verbose`. */
  note?: string | undefined
  /** What was found. */
  actual?: string | undefined
  /** What was allowed. */
  expected?: string[] | undefined
}

/**
 * Report `reason` at `node`.
 *
 * A node without a position was generated (inferred, or written without
 * positions) rather than read: the user cannot fix it in the source, so
 * nothing is reported, as remark-lint does.
 *
 * @param file
 *   The file to add the message to.
 * @param reason
 *   The message, worded “Unexpected …, expected …”.
 * @param node
 *   Where: a node of the tree, or `null` for the file as a whole.
 * @param options
 *   Cause, note, actual and expected values.
 * @returns
 *   The message, or `undefined` when `node` was generated.
 */
export function flag(file: VFile, reason: string, node: Located | null, options: Readonly<FlagOptions> = {}): VFileMessage | undefined {
  if (node !== null && node.position === undefined) return undefined
  const position = node?.position
  const message = file.message(reason, {
    place: position ? {start: {...position.start}, end: {...position.end}} : undefined,
    cause: options.cause
  })
  if (position?.page !== undefined) message.page = position.page
  if (options.note !== undefined) message.note = options.note
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  return message
}

/**
 * Put literal text from the document in backticks, as all messages do.
 *
 * @param value
 *   Text from the document.
 * @returns
 *   The text in backticks, with backticks inside it dropped.
 */
export function code(value: string): string {
  return '`' + value.replaceAll('`', '') + '`'
}
