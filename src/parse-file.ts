/**
 * Parse a file by path, with the file-system errors a user can act on.
 */
import {readFile, stat} from 'node:fs/promises'
import {MotieError, fromFsError} from './errors.js'
import {parse, type ParseOptions} from './parse.js'
import type {MotieDocument} from './schema.js'

/** Largest input motie reads: motions are small, a bigger file is a mistake. */
export const maxBytes = 200 * 1024 * 1024

export async function parseFile(path: string, options: Readonly<Omit<ParseOptions, 'path'>> & {displayPath?: string} = {}): Promise<MotieDocument> {
  let data: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new MotieError('EISDIR', 'Cannot read file: it is a folder')
    if (info.size > maxBytes) throw new MotieError('TOO_LARGE', `Cannot read file: it is larger than ${maxBytes / 1024 / 1024} MiB`)
    data = await readFile(path)
  } catch (error) {
    throw error instanceof MotieError ? error : fromFsError(error)
  }
  const {displayPath, ...rest} = options
  return parse(data, {...rest, path: displayPath ?? path})
}
