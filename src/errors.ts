/**
 * Operational failures: a file that cannot be used at all.
 *
 * Messages follow one wording, “Cannot …: cause”, and never carry a stack
 * trace to the user. The CLI prints `file: message` on one line.
 */
export type FailureCode =
  | 'ENOENT'
  | 'EISDIR'
  | 'EACCES'
  | 'EMPTY'
  | 'BINARY'
  | 'NOT_PDF'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'PASSWORD'
  | 'NO_TEXT'
  | 'NO_PAGES'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED'
  | 'READ'
  | 'OCR'

export class MotieError extends Error {
  readonly code: FailureCode

  constructor(code: FailureCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'MotieError'
    this.code = code
  }
}

/** Turn a Node file-system error into a `MotieError` with a plain cause. */
export function fromFsError(error: unknown): MotieError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new MotieError('ENOENT', 'Cannot read file: no such file', {cause: error})
  if (code === 'EISDIR') return new MotieError('EISDIR', 'Cannot read file: it is a folder', {cause: error})
  if (code === 'EACCES' || code === 'EPERM') {
    return new MotieError('EACCES', 'Cannot read file: permission denied', {cause: error})
  }
  const reason = error instanceof Error ? error.message : String(error)
  return new MotieError('READ', `Cannot read file: ${reason}`, {cause: error})
}
