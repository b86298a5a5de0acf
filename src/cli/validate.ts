/**
 * `motie validate`: files, folders and globs → rules → a lint-style report.
 *
 * Exit codes: 0 no errors (warnings allowed, unless `--frail` or more than
 * `--max-warnings`), 1 errors or unreadable files, 2 usage error (bad
 * options or configuration), as for `motie parse`.
 *
 * This module only declares the command; the rules, reporters and zod are
 * loaded from `./validate-run.ts` when it runs.
 */
import {Option, type Command} from 'commander'
import {ocrModes} from '../read/ocr-mode.js'
import {reporterNames} from '../report/names.js'
import {whenInterrupted, type Io} from './io.js'
import type {ValidateCommandOptions} from './validate-run.js'

/** Extensions read when walking a folder: the sources, and the JSON that motie writes. */
export const defaultExtensions = ['pdf', 'txt', 'md', 'json'] as const

const help = `
Inputs:
  As for \`motie parse\`: a folder is walked recursively for files with an
  extension from --ext (hidden files and folders, and node_modules, are
  skipped); a glob pattern (quote it) takes every file it matches. The
  \`ignores\` of .motierc.json drop files, walked or named. A walked .json file
  that motie did not write is skipped.

Exit codes:
  0    no errors (warnings allowed, unless --frail or over --max-warnings)
  1    errors, files that cannot be read, or warnings under --frail or over
       --max-warnings
  2    usage error (bad options or configuration), or an internal error
  130  interrupted (Ctrl-C)

Examples:
  $ motie validate                                 # the working folder
  $ motie validate archive/ --max-warnings 0
  $ motie validate 'archive/**/*.pdf' --quiet
  $ motie validate archive/ --reporter github      # annotations in GitHub Actions
  $ motie validate archive/ --reporter sarif > motie.sarif`

/**
 * Add the `validate` command.
 *
 * @param program
 *   The `motie` program.
 * @param io
 *   Environment of the run.
 * @param setCode
 *   Raise the exit code.
 */
export function registerValidate(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('validate')
    .description('check motions (PDF, text, Markdown) and motie JSON documents, lint-style')
    .argument('[inputs...]', 'files, folders (walked) and globs; default: the working folder')
    .option('-c, --config <file>', 'use this configuration instead of the nearest `.motierc.json`')
    .option('--ext <extensions>', 'extensions to read when walking folders', defaultExtensions.join(','))
    .addOption(new Option('-r, --reporter <name>', 'report format (human: stderr; others: stdout)').choices(reporterNames).default('human'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--frail', 'fail on warnings too')
    .option('-q, --quiet', 'report errors only')
    .option('--password <password>', 'password of encrypted PDFs')
    .option('--max-size <MiB>', 'report files larger than this as unreadable', '50')
    .option('--max-pages <n>', 'report PDFs (and texts) with more pages than this as unreadable', '500')
    .option('--timeout <seconds>', 'give up reading a PDF after this long (0: no limit)', '120')
    .addOption(new Option('--ocr <mode>', 'recognise scanned pages: `auto` those without a text layer, `always` every page, `never` none').choices(ocrModes).default('auto'))
    .addHelpText('after', help)
    .action(async (inputs: string[], options: ValidateCommandOptions, command: Command) => {
      const verbose = command.optsWithGlobals<{verbose?: boolean}>().verbose === true
      // Validation writes no files, so an interruption (Ctrl-C) can end it at once, even while a parse blocks the thread.
      const restore = io.releaseSignals?.()
      try {
        const {runValidate} = await import('./validate-run.js')
        setCode(await Promise.race([runValidate(inputs, options, io, {verbose, version: command.parent?.version()}), whenInterrupted(io.signal)]))
      } finally {
        restore?.()
      }
    })
}
