/**
 * Parse a file by path, with the file-system errors a user can act on.
 */
import {stat} from './files.js'
import {MotieError, fromFsError} from './errors.js'
import {checkSize, defaultLimits, tooLarge} from './limits.js'
import {readBounded, readRegularBounded} from './read-bounded.js'
import {parse, type ParseOptions} from './parse.js'
import type {MotieDocument} from './schema.js'

export async function parseFile(path: string, options: Readonly<Omit<ParseOptions, 'path'>> & {displayPath?: string} = {}): Promise<MotieDocument> {
  let data: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new MotieError('EISDIR', 'Cannot read file: it is a folder')
    // Checked before reading, so that a huge file is never loaded.
    const limits = {...defaultLimits, ...options.limits}
    checkSize(info.size, limits)
    const bytes = info.isFile() ? readRegularBounded(path, info.size, limits.maxBytes) : await readBounded(path, limits.maxBytes)
    if (bytes === undefined) throw tooLarge(limits)
    data = bytes
  } catch (error) {
    throw error instanceof MotieError ? error : fromFsError(error)
  }
  const {displayPath, ...rest} = options
  return parse(data, {...rest, path: displayPath ?? path})
}
