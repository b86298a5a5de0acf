/**
 * Output planning for `--out-dir`: one output path per input, checked as a
 * whole before any file is touched.
 *
 * An input's output mirrors its path relative to the *common base of the
 * arguments* (a folder argument itself, a pattern's static prefix such as
 * `archive` for `archive/**\/*.pdf`, a file's folder), with the extension of
 * the output format. The base comes from the arguments, not from the files
 * found, so it does not move when files are added to the archive and it is
 * the same in every `--shard`:
 *
 * | command                                        | input                  | output               |
 * | ---------------------------------------------- | ---------------------- | -------------------- |
 * | `motie parse archive --out-dir out`            | `archive/2020/a.pdf`   | `out/2020/a.json`    |
 * | `motie parse 'archive/**\/*.pdf' --out-dir out` | `archive/2020/a.pdf`   | `out/2020/a.json`    |
 * | `motie parse archive/2020/a.pdf --out-dir out` | `archive/2020/a.pdf`   | `out/a.json`         |
 * | `motie parse a/x.txt b/y.txt --out-dir out`    | `a/x.txt`, `b/y.txt`   | `out/a/x.json`, …    |
 */
import {dirname, extname, relative, resolve, sep} from 'node:path'
import {UsageError} from '../cli/io.js'
import {isInside, type Input} from './discover.js'

/** The deepest folder that holds all of `folders` (absolute paths). */
export function commonBase(folders: readonly string[]): string {
  const [first, ...rest] = folders
  if (first === undefined) return sep
  let base = first
  for (const folder of rest) {
    while (!isInside(folder, base)) {
      const parent = dirname(base)
      if (parent === base) break
      base = parent
    }
  }
  return base
}

/** Options of {@link planOutputs}. */
export interface PlanOptions {
  /** Absolute output folder. */
  outDir: string
  /** Absolute folder that output paths mirror from (see {@link commonBase}). */
  base: string
  /** Extension of the output format, with its dot. */
  extension: string
}

/**
 * The absolute output path of each input, in the same order.
 *
 * Throws `UsageError` for stdin, for an output outside `outDir`, for an
 * output that is one of the inputs, and for two inputs with one output
 * (`a.txt` and `a.md` both give `a.json`).
 */
export function planOutputs(inputs: readonly Input[], options: Readonly<PlanOptions>): string[] {
  const inputPaths = new Set(inputs.flatMap((input) => (input.kind === 'file' ? [input.path] : [])))
  const owners = new Map<string, string>()

  return inputs.map((input) => {
    if (input.kind === 'stdin') throw new UsageError('Cannot write stdin (`-`) to `--out-dir`: it has no file name; use `--output` or stdout')
    const mirrored = relative(options.base, input.path)
    const output = resolve(options.outDir, replaceExtension(mirrored, options.extension))
    // By construction every input lies under the base; this guard keeps it so if that ever changes.
    if (!isInside(input.path, options.base) || !isInside(output, options.outDir) || output === options.outDir) {
      throw new UsageError(`Cannot write the output of \`${input.display}\`: it would land outside \`--out-dir\``)
    }
    if (inputPaths.has(output)) {
      throw new UsageError(`Cannot write the output of \`${input.display}\` over an input (\`${relative(options.outDir, output)}\` in \`--out-dir\`); choose another \`--out-dir\``)
    }
    const owner = owners.get(output)
    if (owner !== undefined) {
      throw new UsageError(`Cannot write both \`${owner}\` and \`${input.display}\` to \`${relative(options.outDir, output)}\` in \`--out-dir\`; rename one or parse them separately`)
    }
    owners.set(output, input.display)
    return output
  })
}

function replaceExtension(path: string, extension: string): string {
  return path.slice(0, path.length - extname(path).length) + extension
}
