/**
 * Atomic write that never replaces an existing file (`--out-dir` without
 * `--force`).
 *
 * Like `writeAtomic`, the content goes to a temporary file beside the target
 * first. It is then hard-linked to the target, which fails with `EEXIST` if
 * the target exists: checking and creating are one step, so two runs (two
 * shards on a shared disk) cannot both think the name is free. A file system
 * without hard links gets a check followed by a rename instead.
 */
import {link, rename, rm, stat, writeFile} from '../files.js'
import {dirname} from 'node:path'
import {makeFolder} from '../cli/make-folder.js'
import {temporaryPath} from '../cli/write.js'

/** Raised when the target exists; the caller turns it into “use `--force`”. */
export class ExistsError extends Error {
  override name = 'ExistsError'
}

/** Write `content` to `path` unless `path` exists (then throws `ExistsError`). */
export async function writeNew(path: string, content: string): Promise<void> {
  await makeFolder(dirname(path))
  const temporary = temporaryPath(path)
  await writeFile(temporary, content, {flag: 'wx'})
  try {
    await link(temporary, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new ExistsError(path, {cause: error})
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
    if (await stat(path).then(() => true, () => false)) throw new ExistsError(path)
    await rename(temporary, path)
  } finally {
    await rm(temporary, {force: true})
  }
}
