/**
 * `motie parse`: inputs → documents → one output in the chosen format.
 */
import {Option, type Command} from 'commander'
import {resolve} from 'node:path'
import {loadEmitter, outputFormats, type EmitOptions, type OutputFormat} from '../emit/index.js'
import {MotieError} from '../errors.js'
import {parse} from '../parse.js'
import {parseFile} from '../parse-file.js'
import {inputFormats, type InputFormat, type MotieDocument} from '../schema.js'
import {exitCodes, readStdin, UsageError, type Io} from './io.js'
import {writeAtomic} from './write.js'

export interface ParseCommandOptions {
  format: OutputFormat
  output?: string
  inputFormat?: InputFormat
  password?: string
  csv: 'motions' | 'clauses'
  delimiter: string
  bom: boolean
  escapeFormulas: boolean
  quiet: boolean
}

export function registerParse(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('parse')
    .description('parse motions and print their structure')
    .argument('<inputs...>', 'files to parse (PDF, text, Markdown); `-` reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(outputFormats).default('json'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--input-format <format>', 'read inputs as this format instead of detecting it').choices(inputFormats))
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(new Option('--csv <shape>', 'CSV rows: one per motion or one per clause').choices(['motions', 'clauses']).default('motions'))
    .option('--delimiter <char>', 'CSV field delimiter (`;` for Excel in a Dutch locale)', ',')
    .option('--bom', 'CSV: start with a byte order mark, for Excel', false)
    .option('--no-escape-formulas', 'CSV: keep cells that start with = + - @ as they are')
    .option('-q, --quiet', 'print nothing but the output and errors', false)
    .action(async (inputs: string[], options: ParseCommandOptions) => {
      setCode(await runParse(inputs, options, io))
    })
}

export async function runParse(inputs: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  if (options.delimiter.length !== 1) throw new UsageError(`Cannot use \`--delimiter ${options.delimiter}\`: expected one character`)
  if (options.output && inputs.some((input) => input !== '-' && resolve(io.cwd, input) === resolve(io.cwd, options.output!))) {
    throw new UsageError(`Cannot write \`--output ${options.output}\`: it is one of the inputs`)
  }
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('Cannot read stdin (`-`) more than once')

  const emit = await loadEmitter(options.format)
  const documents: MotieDocument[] = []
  let code: number = exitCodes.ok

  for (const input of inputs) {
    try {
      documents.push(await parseInput(input, options, io))
    } catch (error) {
      if (!(error instanceof MotieError)) throw error
      io.stderr.write(`${input}: ${error.message}\n`)
      code = exitCodes.failed
    }
  }

  if (!options.quiet) {
    for (const document of documents) {
      for (const message of document.messages) {
        const where = message.position ? `:${message.position.start.line}:${message.position.start.column}` : ''
        io.stderr.write(`${document.source.path}${where}: ${message.severity}: ${message.reason} [${message.ruleId}]\n`)
      }
    }
  }

  if (documents.length === 0) return code

  const emitOptions: EmitOptions = {
    csv: options.csv,
    delimiter: options.delimiter,
    bom: options.bom,
    escapeFormulas: options.escapeFormulas
  }
  const text = emit(documents, emitOptions)
  if (options.output) await writeAtomic(resolve(io.cwd, options.output), text)
  else io.stdout.write(text)
  return code
}

async function parseInput(input: string, options: ParseCommandOptions, io: Io): Promise<MotieDocument> {
  const readOptions = {format: options.inputFormat, password: options.password}
  if (input === '-') {
    if (io.stdin.isTTY) throw new MotieError('READ', 'Cannot read stdin: it is a terminal, pipe a file into it')
    return parse(await readStdin(io.stdin), {...readOptions, path: '-'})
  }
  return parseFile(resolve(io.cwd, input), {...readOptions, displayPath: input})
}
