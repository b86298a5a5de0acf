/**
 * `motie parse`: files, folders and patterns → documents → one output in the
 * chosen format (stdout or `-o`), or one output per input (`--out-dir`).
 *
 * Every check of the run as a whole (conflicting options, a bad `--shard`,
 * outputs that collide) happens before any file is parsed or written; the
 * files themselves then go through the worker pool in `../batch/`.
 *
 * This module only declares the command, so that `motie --help` loads
 * nothing else; the run itself is in `./parse-run.ts`, loaded when it starts.
 */
import {Option, type Command} from 'commander'
import {availableParallelism} from 'node:os'
import {outputFormats} from '../emit/formats.js'
import {ocrModes} from '../read/ocr-mode.js'
import {inputFormats} from '../schema-values.js'
import type {Io} from './io.js'
import type {ParseCommandOptions} from './parse-run.js'

const help = `
Inputs:
  A folder is walked recursively for files with an extension from --ext;
  hidden files and folders, and node_modules, are skipped. A glob pattern
  (quote it) takes every file it matches. Files are sorted by path and each
  is parsed once.

Output:
  Without --out-dir all documents form one output, in input order: JSON is one
  object for a single file argument and an array for anything else (several
  arguments, a folder, a pattern, --shard); NDJSON is one line per file, and
  streams on stdout as files finish. When --fail-fast stops a run, JSON,
  Markdown and CSV are not written at all.
  With --out-dir each input gets its own output, at its path relative to the
  common folder of the arguments (\`motie parse archive --out-dir out\` writes
  archive/2020/a.pdf to out/2020/a.json). Existing outputs are kept unless
  --force; --skip-unchanged skips inputs whose output is newer and records
  the same source hash.

Parallel runs:
  Files are parsed by --jobs worker threads; outputs and reports come in input
  order whatever --jobs is. --timeout ends a file's worker after that many
  seconds (a single file is parsed without a worker, and without a limit,
  unless --timeout is given). --shard K/N takes files K, K+N, K+2N, ... of the
  sorted list, for a CI matrix or an array job (K counts from 1).

Limits:
  --max-size, --max-pages, --timeout and --max-memory (the heap of each
  worker) make a pathological file a failure of that file alone; Markdown
  nested more than 64 levels deep is refused too. See the README, "Security
  and limits".

Exit codes:
  0    every file was parsed
  1    some files failed, or had errors, or the output could not be written
  2    usage error (bad or conflicting options), or an internal error
  130  interrupted (Ctrl-C; 143 for SIGTERM, 141 when stdout was closed)

Examples:
  $ motie parse motie.pdf                          # JSON on stdout
  $ motie parse motie.pdf -f md -o motie.md        # Markdown, written atomically
  $ cat motie.txt | motie parse -                  # stdin
  $ motie parse archive/ -f csv > moties.csv       # a folder, one CSV
  $ motie parse archive/ -f ndjson | jq .source.path
  $ motie parse 'archive/**/*.pdf' --out-dir json/ --skip-unchanged
  $ motie parse archive/ --out-dir json/ --shard 2/4`

/** Add `motie parse` to `program`; the command reports its exit code through `setCode`. */
export function registerParse(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('parse')
    .description('parse motions and print their structure')
    .argument('<inputs...>', 'files, folders or glob patterns (PDF, text, Markdown); `-` reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(outputFormats).default('json'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--out-dir <dir>', 'write one output per input into this folder, mirroring the input paths')
    .option('--ext <list>', 'extensions to take from folders', 'pdf,txt,md')
    .option('--force', 'overwrite existing outputs in --out-dir')
    .option('--skip-unchanged', 'skip inputs whose output in --out-dir is up to date')
    .addOption(new Option('-j, --jobs <n>', 'files to parse at once, each in a worker thread').default(String(availableParallelism()), 'the number of cores'))
    .option('--timeout <seconds>', 'give up on a file after this long (0: no limit)', '120')
    .option('--max-size <MiB>', 'refuse files larger than this', '50')
    .option('--max-pages <n>', 'refuse PDFs (and texts) with more pages than this', '500')
    .option('--max-memory <MiB>', 'heap limit of each worker thread', '1024')
    .option('--fail-fast', 'stop at the first file that fails')
    .option('--shard <k/n>', 'parse only shard K of N (every N-th file, by sorted path)')
    .addOption(new Option('--input-format <format>', 'read inputs as this format instead of detecting it').choices(inputFormats))
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(new Option('--ocr <mode>', 'recognise scanned pages: `auto` those without a text layer, `always` every page, `never` none').choices(ocrModes).default('auto'))
    .addOption(new Option('--csv <shape>', 'CSV rows: one per motion or one per clause').choices(['motions', 'clauses']).default('motions'))
    .option('--delimiter <char>', 'CSV field delimiter (`;` for Excel in a Dutch locale)', ',')
    .option('--bom', 'CSV: start with a byte order mark, for Excel')
    .option('--no-escape-formulas', 'CSV: keep cells that start with = + - @ as they are')
    .option('-q, --quiet', 'print nothing but the output and failures')
    .addHelpText('after', help)
    .action(async (inputs: string[], options: ParseCommandOptions, command: Command) => {
      const verbose = command.optsWithGlobals<{verbose?: boolean}>().verbose === true
      const timeoutGiven = command.getOptionValueSource('timeout') !== 'default'
      const {runParse} = await import('./parse-run.js')
      setCode(await runParse(inputs, options, io, {verbose, timeoutGiven}))
    })
}

