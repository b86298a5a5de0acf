/**
 * Safe output: a temporary file beside the target, renamed into place, so a
 * reader never sees half a file and a crash leaves the old file intact.
 *
 * Temporary names carry the process id, so that a run that is interrupted
 * while workers write (Ctrl-C) can find and remove its own temporaries, and
 * only its own, once the workers are stopped ({@link removeTemporaries}).
 */
import {readdir, rename, rm, writeFile} from '../files.js'
import {basename, dirname, join} from 'node:path'
import {makeFolder} from './make-folder.js'

export async function writeAtomic(path: string, content: string): Promise<void> {
  await makeFolder(dirname(path))
  const temporary = temporaryPath(path)
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/**
 * A fresh temporary path beside `path`: hidden, so that no folder walk takes it as an input. `Math.random`
 * suffices (no `node:crypto` to load): the file is created exclusively (`wx`), never over another.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `${temporaryPrefix(path)}${Math.random().toString(16).slice(2, 14)}`)
}

/** Remove what this process left of temporaries for `path` (after its writers were stopped). */
export async function removeTemporaries(path: string): Promise<void> {
  const prefix = temporaryPrefix(path)
  const names = await readdir(dirname(path)).catch(() => [])
  await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => rm(join(dirname(path), name), {force: true})))
}

function temporaryPrefix(path: string): string {
  return `.motie-tmp-${basename(path)}-${process.pid}-`
}

/** The cause of a failed write, in the words of the other messages. */
export function writeCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file'
  if (code === 'ENOENT') return 'it cannot be created in its folder'
  if (code === 'ENOSPC') return 'no space left on the device'
  return error instanceof Error ? error.message : String(error)
}
