/**
 * Create a folder and its missing parents, one level at a time.
 *
 * Node's `mkdir(path, {recursive: true})` loops for ever where a parent
 * exists but refuses new entries with ENOENT (`/proc/x` on Linux): it keeps
 * retrying the parent. Here every level is tried once, so such a path fails
 * at once with the error of its first level that cannot be made.
 */
import {mkdir, stat} from '../files.js'
import {dirname, resolve} from 'node:path'

export async function makeFolder(path: string): Promise<void> {
  const folder = resolve(path)
  try {
    await mkdir(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      if ((await stat(folder)).isDirectory()) return
      throw error
    }
    const parent = dirname(folder)
    if (code !== 'ENOENT' || parent === folder) throw error
    await makeFolder(parent)
    // Once more, and only once: the parent exists now.
    await mkdir(folder).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw again
    })
  }
}
