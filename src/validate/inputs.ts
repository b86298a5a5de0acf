/**
 * Which files a run reads: files, folders (walked recursively) and globs,
 * minus the configuration's ignores, sorted by path so that reports and
 * `duplicate-number` do not depend on the order of the file system.
 */
import {stat} from 'node:fs/promises'
import {isAbsolute, posix, relative, resolve, sep} from 'node:path'
import {escapePath, glob, isDynamicPattern} from 'tinyglobby'
import {UsageError} from '../cli/io.js'

/** Extensions read when walking a folder. */
export const defaultExtensions = ['pdf', 'txt', 'md', 'json'] as const

/** Never walked into. */
const alwaysIgnored = ['**/node_modules/**']

/** A file to read. */
export interface Target {
  /** Absolute path. */
  path: string
  /** Found by walking a folder or a glob rather than named: a JSON file that is no motie document is skipped. */
  walked: boolean
}

/** Where inputs and ignores are relative to, and what to read. */
export interface FindOptions {
  /** Folder the inputs are relative to. */
  cwd: string
  /** Folder the ignores are relative to (the configuration's folder). */
  base: string
  /** Globs of files to skip, relative to `base`. */
  ignores: readonly string[]
  /** Extensions to read when walking a folder, without dots. */
  extensions: readonly string[]
}

/**
 * Expand inputs into files.
 *
 * A named file is read whatever its extension; a name that is neither a file,
 * a folder nor a glob is kept, so that reading it reports “no such file”.
 *
 * @param inputs
 *   Files, folders and globs, as given on the command line.
 * @param options
 *   Where they are relative to, ignores and extensions.
 * @returns
 *   Files, without duplicates, sorted by path.
 * @throws {UsageError}
 *   When a glob matches no file.
 */
export async function findInputs(inputs: readonly string[], options: Readonly<FindOptions>): Promise<Target[]> {
  const found = new Map<string, Target>()
  const add = (path: string, walked: boolean): void => {
    if (!found.get(path) || !walked) found.set(path, {path, walked})
  }
  const search = (pattern: string): Promise<string[]> =>
    glob([pattern], {cwd: options.base, ignore: [...alwaysIgnored, ...options.ignores], absolute: true, expandDirectories: false})

  for (const input of inputs) {
    const path = resolve(options.cwd, input)
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      for (const file of await search(`${prefix(options.base, path)}**/*.${extensionPattern(options.extensions)}`)) add(file, true)
    } else if (info?.isFile()) {
      // Searched rather than added, so that the ignores apply to named files too.
      for (const file of await search(escapePath(posixRelative(options.base, path)))) add(file, false)
    } else if (isDynamicPattern(input)) {
      const pattern = isAbsolute(input) ? input : posix.join(escapePath(posixRelative(options.base, options.cwd)), input)
      const files = await search(pattern)
      if (files.length === 0) throw new UsageError(`Cannot find files matching \`${input}\``)
      for (const file of files) add(file, true)
    } else {
      add(path, false)
    }
  }

  const key = (target: Target): string => posixRelative(options.cwd, target.path)
  return [...found.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/**
 * A path relative to `from`, with `/` separators, as reports show it.
 *
 * @param from
 *   Folder.
 * @param to
 *   Path.
 * @returns
 *   Relative POSIX path (empty when they are the same).
 */
export function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/')
}

function prefix(base: string, folder: string): string {
  const path = posixRelative(base, folder)
  return path === '' ? '' : `${escapePath(path)}/`
}

/** `{pdf,PDF,txt,TXT}`: extensions match in either case, the rest of the path as written. */
function extensionPattern(extensions: readonly string[]): string {
  const all = [...new Set(extensions.flatMap((extension) => [extension.toLowerCase(), extension.toUpperCase()]))]
  return all.length === 1 ? all[0]! : `{${all.join(',')}}`
}
