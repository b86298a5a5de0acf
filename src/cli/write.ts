/**
 * Safe output: a temporary file beside the target, renamed into place, so a
 * reader never sees half a file and a crash leaves the old file intact.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

export async function writeAtomic(path: string, content: string): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, {recursive: true})
  const temporary = join(folder, `.motie-tmp-${basename(path)}-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
