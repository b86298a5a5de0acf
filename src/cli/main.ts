/**
 * The `motie` program: commander, configured so that nothing exits the
 * process and everything it prints goes through `io`.
 */
import {Command, CommanderError} from 'commander'
import {createRequire} from 'node:module'
import {shutdownOcr} from '../ocr/lifecycle.js'
import {exitCodes, interruptedExitCode, interruptionOf, UsageError, type Io} from './io.js'
import {registerParse} from './parse.js'
import {registerSchema} from './schema.js'
import {registerValidate} from './validate.js'

const {version} = createRequire(import.meta.url)('../../package.json') as {version: string}

const help = `
Examples:
  $ motie parse motie.pdf                  # the motion tree as JSON on stdout
  $ motie parse archive/ -f csv > moties.csv
  $ motie parse archive/ --out-dir json/   # one output per input
  $ motie validate archive/                # lint-style checks
  $ motie schema > motie.schema.json

Run \`motie <command> --help\` for a command's options and exit codes.`

/** The `motie` command with its subcommands; each command raises the exit code through `setCode`. */
export function createProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('motie')
    .description('Parse Dutch political motions (PDF, text, Markdown) into JSON, Markdown or CSV.')
    .version(version, '-V, --version')
    .option('--verbose', 'show stack traces of internal errors; validate: notes and URLs of messages')
    .exitOverride()
    .configureHelp({showGlobalOptions: true})
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line, worded like motie's own usage errors: `motie: unknown option '--frobnicate' (…)`.
      outputError: (text, write) => write(`motie: ${text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (run \`motie --help\` for usage)\n`)
    })
    .addHelpText('after', help)
  registerParse(program, io, setCode)
  registerSchema(program, io)
  registerValidate(program, io, setCode)
  return program
}

/** Run motie with `io`; resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let code: number = exitCodes.ok
  const program = createProgram(io, (value) => {
    code = Math.max(code, value)
  })

  try {
    await program.parseAsync([...io.argv], {from: 'user'})
    const interruption = interruptionOf(io.signal)
    return interruption ? interruptedExitCode(interruption) : code
  } catch (error) {
    const interruption = interruptionOf(io.signal)
    // A write to a closed pipe, or anything else that failed because the run was stopped, is no error of its own.
    if (interruption) return interruptedExitCode(interruption)
    if (error instanceof CommanderError) {
      // Help and version exit with 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (error instanceof UsageError) {
      io.stderr.write(`motie: ${error.message}\n`)
      return exitCodes.usage
    }
    const verbose = io.argv.includes('--verbose')
    const message = error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error)
    io.stderr.write(`motie: internal error: ${message}\n`)
    if (!verbose) io.stderr.write('motie: run again with --verbose for details, and please report it\n')
    return exitCodes.usage
  } finally {
    // OCR workers are threads: left running, they would keep the process alive.
    await shutdownOcr()
  }
}
