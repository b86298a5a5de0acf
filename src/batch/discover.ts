/**
 * Discovery: command-line arguments → the inputs of one run, sorted and
 * deduplicated. `motie parse` and `motie validate` both use it, so that
 * folders, patterns and `--ext` mean the same in both.
 *
 * Each argument is, in this order:
 *
 * - `-`: standard input;
 * - an existing folder: walked recursively for files whose extension is one
 *   of `extensions` (case-insensitive); hidden files and folders, and
 *   `node_modules`, are skipped;
 * - an existing file: taken whatever its extension;
 * - a glob pattern (tinyglobby syntax): every file it matches, whatever its
 *   extension (the pattern already says which files);
 * - anything else: kept as a file, so that a missing path is reported like any
 *   other file that cannot be read.
 *
 * A folder or pattern that yields no file is a usage error: in CI a typo in a
 * pattern must not pass as “nothing to do”. Files that the `ignores` (of
 * `.motierc.json`) match are dropped afterwards, whether walked or named; a
 * folder whose files are all ignored is no error, as that was asked for.
 */
import {realpath, stat} from '../files.js'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {createRequire} from 'node:module'
import {UsageError} from '../cli/io.js'

/** Never walked into, as in every tool that walks a project. */
const alwaysIgnored = ['**/node_modules/**']

/** A file on disk. */
export interface FileInput {
  kind: 'file'
  /** Absolute path. */
  path: string
  /** The path as the user gave it, or as found under the folder or pattern they gave (POSIX separators). */
  display: string
  /** Found by walking a folder or matching a pattern, rather than named (validate skips walked JSON that motie did not write). */
  walked: boolean
}

/** Standard input (`-`). */
export interface StdinInput {
  kind: 'stdin'
  display: '-'
}

/** One input of a run. */
export type Input = FileInput | StdinInput

/** Options of {@link discover}. */
export interface DiscoverOptions {
  /** Folder that relative arguments are resolved against. */
  cwd: string
  /** Extensions (without dot, lower case) that folder walks keep. */
  extensions: readonly string[]
  /**
   * Absolute folder (the `--out-dir`) whose files are dropped from a walk or
   * pattern that starts above it, so that outputs of a previous run inside
   * the archive do not become inputs. A walk of that folder itself is kept.
   */
  exclude?: string | undefined
  /** Patterns of files to drop (`.motierc.json` `ignores`), relative to `ignoreBase`. */
  ignores?: readonly string[] | undefined
  /** Absolute folder that `ignores` are relative to; default: `cwd`. */
  ignoreBase?: string | undefined
}

/** What {@link discover} found. */
export interface Discovery {
  /** Stdin first (if given), then files sorted by absolute path, each once. */
  inputs: Input[]
  /** For each file argument, the absolute folder it names: the folder itself, a pattern's static prefix, or a file's folder. */
  roots: string[]
  /** Whether the arguments can name more than one file (several arguments, a folder or a pattern), whatever was found. */
  several: boolean
}

/**
 * Find the inputs that `args` name.
 *
 * Throws `UsageError` when a folder or pattern matches no file.
 */
export async function discover(args: readonly string[], options: Readonly<DiscoverOptions>): Promise<Discovery> {
  const byPath = new Map<string, FileInput>()
  const roots: string[] = []
  const ignored = ignoreMatcher(options)
  let stdin = false
  let expanded = false

  for (const arg of args) {
    if (arg === '-') {
      if (stdin) throw new UsageError('Cannot read stdin (`-`) more than once')
      stdin = true
      continue
    }
    const found = await expand(arg, options)
    roots.push(found.root)
    expanded ||= found.expanded
    for (const input of found.files) {
      if (ignored(input.path)) continue
      const earlier = byPath.get(input.path)
      // The first name wins; a file that was also named is not “walked”.
      if (earlier === undefined) byPath.set(input.path, input)
      else earlier.walked &&= input.walked
    }
  }

  // Code-unit order, not the locale's: the same on every machine, which `--shard` relies on.
  const files = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const inputs: Input[] = stdin ? [{kind: 'stdin', display: '-'}, ...files] : files
  return {inputs, roots, several: args.length > 1 || expanded}
}

async function expand(arg: string, options: Readonly<DiscoverOptions>): Promise<{root: string; files: FileInput[]; expanded: boolean}> {
  const absolute = resolve(options.cwd, arg)
  const info = await stat(absolute).catch(() => undefined)

  // A file named as it is, the common case, needs no glob library.
  if (info?.isFile()) return {root: dirname(absolute), files: [{kind: 'file', path: absolute, display: arg, walked: false}], expanded: false}
  const {glob, isDynamicPattern} = await import('tinyglobby')

  if (info?.isDirectory()) {
    const patterns = options.extensions.map((extension) => `**/*.${extension}`)
    const paths = await onceEach(await glob(patterns, {cwd: absolute, absolute: true, caseSensitiveMatch: false, expandDirectories: false, ignore: alwaysIgnored}))
    const files = keep(paths, absolute, options).map((path) => ({kind: 'file' as const, path, display: posix(join(arg, relative(absolute, path))), walked: true}))
    if (files.length === 0) {
      throw new UsageError(`Cannot find files in \`${arg}\`: no file ends in ${options.extensions.map((extension) => `.${extension}`).join(', ')} (see \`--ext\`)`)
    }
    return {root: absolute, files, expanded: true}
  }

  if (!info && isDynamicPattern(arg)) {
    const root = resolve(options.cwd, staticPrefix(arg, isDynamicPattern))
    const paths = await glob(arg, {cwd: options.cwd, absolute: true, expandDirectories: false, ignore: alwaysIgnored})
    const files = keep(paths, root, options).map((path) => ({
      kind: 'file' as const,
      path,
      display: isAbsolute(arg) ? posix(path) : posix(relative(options.cwd, path)),
      walked: true
    }))
    if (files.length === 0) throw new UsageError(`Cannot find files matching \`${arg}\``)
    return {root, files, expanded: true}
  }

  return {root: dirname(absolute), files: [{kind: 'file', path: absolute, display: arg, walked: false}], expanded: false}
}

/**
 * Each file once, under its shortest name: a symlink back up the tree (a
 * loop) lets the walk see one file under many paths (the walk itself stops
 * at the loop). A path that cannot be resolved is kept, to be reported.
 */
async function onceEach(paths: readonly string[]): Promise<string[]> {
  const byTarget = new Map<string, string>()
  for (const path of [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const target = await realpath(path).catch(() => path)
    if (!byTarget.has(target)) byTarget.set(target, path)
  }
  return [...byTarget.values()]
}

/** Whether an absolute path is one of the `ignores`. */
function ignoreMatcher(options: Readonly<DiscoverOptions>): (path: string) => boolean {
  if (!options.ignores || options.ignores.length === 0) return () => false
  const base = options.ignoreBase ?? options.cwd
  // CommonJS, loaded only when there are ignores.
  const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch')
  const matches = picomatch([...options.ignores], {dot: true})
  return (path) => matches(posix(relative(base, path)))
}

/** Normalise the paths a walk or pattern from `root` found, and drop the excluded folder if it lies below `root`. */
function keep(paths: readonly string[], root: string, options: Readonly<DiscoverOptions>): string[] {
  const normalised = paths.map((path) => resolve(path))
  const exclude = options.exclude
  if (!exclude || exclude === root || !isInside(exclude, root)) return normalised
  return normalised.filter((path) => !isInside(path, exclude))
}

/** The leading segments of a pattern that hold no glob syntax: where its matches can start. */
export function staticPrefix(pattern: string, isDynamicPattern: (segment: string) => boolean): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 0) return '.'
  return fixed.join('/') || '/'
}

/** Whether `path` is `folder` or lies below it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest))
}

/** A path with `/` separators, as reports show it. */
export function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
