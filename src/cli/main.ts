/**
 * The `motie` program: commander, configured so that nothing exits the
 * process and everything it prints goes through `io`.
 */
import {Command, CommanderError} from 'commander'
import {createRequire} from 'node:module'
import {exitCodes, UsageError, type Io} from './io.js'
import {registerParse} from './parse.js'
import {registerSchema} from './schema.js'
import {registerValidate} from './validate.js'

const {version} = createRequire(import.meta.url)('../../package.json') as {version: string}

/** Run motie with `io`; resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  const program = new Command('motie')
    .description('Parse Dutch political motions (PDF, text, Markdown) into JSON, Markdown or CSV.')
    .version(version, '-V, --version')
    .option('--verbose', 'show stack traces of internal errors')
    .showHelpAfterError('(run `motie --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })

  let code: number = exitCodes.ok
  const setCode = (value: number): void => {
    code = Math.max(code, value)
  }

  registerParse(program, io, setCode)
  registerSchema(program, io)
  registerValidate(program, io, setCode)

  try {
    await program.parseAsync([...io.argv], {from: 'user'})
    return code
  } catch (error) {
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
  }
}
