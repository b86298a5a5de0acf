/**
 * Finding and reading `.motierc.json`.
 *
 * The configuration is found from the working folder upwards, or named with
 * `--config`. Anything wrong with it is a usage error that names the key, and
 * is reported before any file is read.
 */
import {readFile, stat} from '../files.js'
import {dirname, join, parse as parsePath, relative, resolve} from 'node:path'
import type {z} from 'zod'
import {UsageError} from '../cli/io.js'
import type {Rule} from '../rules/rule.js'
import {configSchema, type RuleSetting} from './config-schema.js'
import {formatPath} from './zod-path.js'

/** The name of the configuration file. */
export const configName = '.motierc.json'

/** A configuration, ready to use. */
export interface Config {
  /** The file it came from; `undefined` when none was found. */
  path: string | undefined
  /** Folder that `ignores` are relative to. */
  base: string
  /** Settings of the rules that the file names. */
  rules: Readonly<Record<string, RuleSetting | undefined>>
  /** Globs of files to skip. */
  ignores: readonly string[]
}

/**
 * Load the configuration.
 *
 * @param cwd
 *   Folder to search from, and that `file` is relative to.
 * @param file
 *   A configuration file to use instead of searching (`--config`).
 * @param rules
 *   The rules that may be configured.
 * @returns
 *   The configuration (empty when no file was found).
 * @throws {UsageError}
 *   When the file cannot be read, is no JSON, or does not match the schema.
 */
export async function loadConfig(cwd: string, file: string | undefined, rules: readonly Rule[]): Promise<Config> {
  const path = file === undefined ? await findConfig(cwd) : resolve(cwd, file)
  if (path === undefined) return {path: undefined, base: cwd, rules: {}, ignores: []}
  const shown = relative(cwd, path) || path

  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read config \`${shown}\`: ${fsReason(error)}`)
  }

  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`Cannot parse config \`${shown}\` as JSON: ${(error as Error).message}`)
  }

  const result = configSchema(rules).safeParse(value)
  if (!result.success) throw new UsageError(`Cannot use config \`${shown}\`: ${describe(result.error.issues[0])}`)
  return {path, base: dirname(path), rules: result.data.rules, ignores: result.data.ignores}
}

/**
 * Find `.motierc.json` in `cwd` or the nearest folder above it.
 *
 * @param cwd
 *   Folder to start in.
 * @returns
 *   Absolute path, or `undefined` when there is none up to the root.
 */
export async function findConfig(cwd: string): Promise<string | undefined> {
  const {root} = parsePath(resolve(cwd))
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, configName)
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isFile()) return candidate
    if (folder === root) return undefined
  }
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'it does not match the schema'
  if (issue.code === 'unrecognized_keys') {
    const key = formatPath([...issue.path, issue.keys[0] ?? ''])
    return `unexpected key \`${key}\`, expected ${issue.path[0] === 'rules' ? 'a rule id' : '`rules` or `ignores`'}`
  }
  // Zod says `Invalid input: expected array, received string`; keep what follows the colon, in lower case.
  const message = issue.message.replace(/^Invalid input: /, '')
  return `unexpected value at \`${formatPath(issue.path)}\`, ${message.charAt(0).toLowerCase()}${message.slice(1)}`
}

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
