/**
 * Running `motie validate`: configuration, the files, the rules, the report.
 */
import {discover, type FileInput} from '../batch/discover.js'
import {parseExtensions, parseMaxPages, parseMaxSize, parseTimeout} from '../batch/options.js'
import {reporters} from '../report/index.js'
import {rules} from '../rules/index.js'
import {loadConfig} from '../validate/config.js'
import {parseError} from '../validate/fatal.js'
import {outcome} from '../validate/outcome.js'
import {validate} from '../validate/run.js'
import {wantsColor} from './color.js'
import {UsageError, type Io} from './io.js'
import type {OcrMode} from '../read/ocr-mode.js'
import type {ReporterName} from '../report/names.js'

/** Options of `motie validate`, as commander parses them. */
export interface ValidateCommandOptions {
  config?: string
  ext: string
  reporter: ReporterName
  maxWarnings?: string
  frail?: boolean
  quiet?: boolean
  password?: string
  maxSize?: string
  maxPages?: string
  timeout?: string
  ocr: OcrMode
}

/** What the command knows besides its options. */
export interface RunContext {
  verbose?: boolean | undefined
  version?: string | undefined
}

/**
 * Run `motie validate`.
 *
 * @param inputs
 *   Files, folders and globs.
 * @param options
 *   Command options.
 * @param io
 *   Environment of the run.
 * @param context
 *   `verbose`: show notes and URLs in the human report; `version` of motie, for SARIF.
 * @returns
 *   Exit code.
 * @throws {UsageError}
 *   On bad options or configuration, before any file is read.
 */
export async function runValidate(inputs: readonly string[], options: ValidateCommandOptions, io: Io, context: RunContext = {}): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const extensions = parseExtensions(options.ext)
  const limits = {maxBytes: parseMaxSize(options.maxSize ?? '50'), maxPages: parseMaxPages(options.maxPages ?? '500'), timeLimitMs: parseTimeout(options.timeout ?? '120')}
  const config = await loadConfig(io.cwd, options.config, rules)

  if (inputs.includes('-')) throw new UsageError('Cannot validate stdin (`-`): name files, folders or globs')
  const found = await discover(inputs.length === 0 ? ['.'] : inputs, {cwd: io.cwd, extensions, ignores: config.ignores, ignoreBase: config.base})
  const targets = found.inputs.filter((input): input is FileInput => input.kind === 'file')
  const files = await validate(targets, {cwd: io.cwd, rules, settings: config.rules, password: options.password, limits, ocr: options.ocr})

  const {report, stream} = reporters[options.reporter]
  const out = stream === 'stdout' ? io.stdout : io.stderr
  out.write(
    report(files, {
      quiet: options.quiet === true,
      color: stream === 'stderr' && wantsColor(io.stderr, io.env),
      verbose: context.verbose,
      rules: [...rules, parseError],
      version: context.version
    })
  )

  const result = outcome(files, {frail: options.frail, maxWarnings})
  if (result.tooManyWarnings) io.stderr.write(`motie: ${result.warnings} warnings, more than \`--max-warnings ${maxWarnings}\`\n`)
  return result.code
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`Cannot use \`--max-warnings ${value}\`: expected a whole number, 0 or more`)
  return Number(value)
}
