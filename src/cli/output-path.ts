/**
 * `--output FILE` and `--out-dir DIR`, checked before any input is parsed: a
 * run must not parse an archive for minutes and then find that it cannot
 * write the result. Missing folders are fine (they are created); an empty
 * path, a file where a folder must be (or the reverse), or a path through a
 * file, is a usage error.
 */
import {stat} from '../files.js'
import {dirname, resolve} from 'node:path'
import {UsageError} from './io.js'

/** The absolute path of `--output`; throws `UsageError` when no file can be written there. */
export async function checkOutputFile(output: string, cwd: string): Promise<string> {
  const path = await check('--output', output, cwd)
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new UsageError(`Cannot write \`--output ${output}\`: it is a folder`)
  return path
}

/** The absolute path of `--out-dir`; throws `UsageError` when it cannot be a folder. */
export async function checkOutputFolder(outDir: string, cwd: string): Promise<string> {
  const path = await check('--out-dir', outDir, cwd)
  if ((await stat(path).catch(() => undefined))?.isDirectory() === false) throw new UsageError(`Cannot use \`--out-dir ${outDir}\`: it is a file`)
  return path
}

/** Resolve `value`, refusing an empty path and a path whose nearest existing parent is not a folder. */
async function check(option: string, value: string, cwd: string): Promise<string> {
  if (value.trim() === '') throw new UsageError(`Cannot use \`${option}\` with an empty path`)
  const path = resolve(cwd, value)
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const info = await stat(folder).catch(() => undefined)
    if (info) {
      if (!info.isDirectory()) throw new UsageError(`Cannot write \`${option} ${value}\`: \`${folder}\` is a file, not a folder`)
      return path
    }
    if (dirname(folder) === folder) return path
  }
}

/** Whether two paths name one file (links, symlinks, another spelling): an output must never replace an input. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)])
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino
}
