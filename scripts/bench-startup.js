#!/usr/bin/env node
/**
 * Start-up: whole `motie` processes as a shell, a hook or a script runs them,
 * next to `node -e 0` (the floor of any Node program) and `pdftotext`.
 *
 * Each case is one whole process (spawn to exit), run `--runs` times; the
 * cases take turns, so that the load of a shared machine falls on all of
 * them alike. Reported: the median wall time of each case and its ratio to
 * `node -e 0` and to `pdftotext` on the same input.
 *
 * Cases: `motie --version`, `motie --help`, `motie parse` of a one-page text,
 * of a one-page PDF, of a 10-file PDF batch (`-f ndjson --jobs 1`, one
 * process) against 10 `pdftotext` processes, and with `--corpus` every corpus
 * PDF in one process against one `pdftotext` process per file.
 *
 * `--baseline <bin>` runs the motie cases with another build's `bin/motie.js`
 * too (an older checkout, built), in the same turns, to compare like with like.
 *
 * Usage: `npm run build && node scripts/bench-startup.js [--runs 30] [--corpus] [--baseline ../old/bin/motie.js]`
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {loadavg} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {corpusPdfs, pdftotextVersion} from './bench-inputs.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'motie.js')
const node = process.execPath

const {runs, corpus, baseline} = parseArguments(process.argv.slice(2))
const pdfs = corpusPdfs()
const onePagePdf = pick(pdfs, 'gr-denhaag-2016-haags-goed-doel') ?? join(root, 'fixtures', 'pdf-gemeenteraad-basic', 'input.pdf')
const onePageText = pick(pdfs.map((path) => path.replace(/source\.pdf$/, 'source.txt')), 'gr-denhaag-2016-haags-goed-doel') ?? join(root, 'fixtures', 'gemeenteraad-basic', 'input.txt')
const batch = pdfs.length >= 10 ? pdfs.slice(0, 10) : []
const poppler = pdftotextVersion()

/** A case: a name, and the processes it runs one after the other. */
const cases = [
  {name: 'node -e 0', commands: [[node, '-e', '0']]},
  {name: 'motie --version', commands: [[node, bin, '--version']]},
  {name: 'motie --help', commands: [[node, bin, '--help']]},
  {name: 'motie parse (1-page text)', commands: [[node, bin, 'parse', onePageText]], input: 'text'},
  {name: 'motie parse (1-page PDF)', commands: [[node, bin, 'parse', onePagePdf]], input: 'pdf'},
  ...(poppler ? [{name: 'pdftotext (1-page PDF)', commands: [['pdftotext', '-q', onePagePdf, '-']], reference: 'pdf'}] : []),
  ...(batch.length > 0
    ? [
        {name: `motie parse (${batch.length} PDFs, 1 process)`, commands: [[node, bin, 'parse', '-f', 'ndjson', '--jobs', '1', ...batch]], input: 'batch'},
        ...(poppler ? [{name: `pdftotext (${batch.length} processes)`, commands: batch.map((path) => ['pdftotext', '-q', path, '-']), reference: 'batch'}] : [])
      ]
    : []),
  ...(corpus && pdfs.length > 0
    ? [
        {name: `motie parse (${pdfs.length} PDFs, 1 process)`, commands: [[node, bin, 'parse', '-f', 'ndjson', '--jobs', '1', ...pdfs]], input: 'corpus'},
        ...(poppler ? [{name: `pdftotext (${pdfs.length} processes)`, commands: pdfs.map((path) => ['pdftotext', '-q', path, '-']), reference: 'corpus'}] : [])
      ]
    : [])
]

if (baseline) {
  // Every case that runs motie, once more with the other build.
  for (const entry of cases.filter((candidate) => candidate.commands.some((command) => command.includes(bin)))) {
    cases.push({...entry, name: `${entry.name} [baseline]`, commands: entry.commands.map((command) => command.map((arg) => (arg === bin ? baseline : arg)))})
  }
}

for (const entry of cases) {
  if (entry.commands.some(([command, ...args]) => args.some((arg) => arg.startsWith('/') && !existsSync(arg)) && command !== node)) {
    throw new Error(`bench-startup: missing input for ${entry.name}`)
  }
}

// One warm-up round (file cache, the first compile of nothing in particular), then `runs` rounds in turns.
const times = new Map(cases.map((entry) => [entry.name, []]))
for (let round = -1; round < runs; round++) {
  for (const entry of cases) {
    const ms = runCase(entry)
    if (round >= 0) times.get(entry.name).push(ms)
  }
}

const medians = new Map([...times].map(([name, values]) => [name, median(values)]))
const floor = medians.get('node -e 0')
const references = new Map(cases.filter((entry) => entry.reference).map((entry) => [entry.reference, medians.get(entry.name)]))

console.log(`motie start-up: median of ${runs} whole-process runs each (Node ${process.versions.node}${poppler ? `, pdftotext ${poppler}` : ''}; load ${loadavg()[0].toFixed(2)})`)
console.log('')
console.log(`${'case'.padEnd(46)}${'median ms'.padStart(11)}${'min ms'.padStart(9)}${'× node -e 0'.padStart(13)}${'× pdftotext'.padStart(13)}`)
for (const entry of cases) {
  const ms = medians.get(entry.name)
  const reference = entry.input ? references.get(entry.input === 'text' ? 'pdf' : entry.input) : undefined
  const versusPoppler = reference === undefined ? '' : (ms / reference).toFixed(2)
  console.log(`${entry.name.padEnd(46)}${ms.toFixed(1).padStart(11)}${Math.min(...times.get(entry.name)).toFixed(1).padStart(9)}${(ms / floor).toFixed(2).padStart(13)}${versusPoppler.padStart(13)}`)
}
console.log('')
console.log('The text case is compared with pdftotext on the PDF of the same motion.')

function runCase(entry) {
  const start = performance.now()
  for (const [command, ...args] of entry.commands) {
    const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024})
    if (result.status !== 0 && !(entry.input === 'corpus' || entry.input === 'batch')) {
      throw new Error(`bench-startup: ${entry.name} exited with ${result.status}: ${result.stderr}`)
    }
  }
  return performance.now() - start
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function pick(paths, name) {
  return paths.find((path) => path.includes(`/${name}/`) && existsSync(path))
}

function parseArguments(args) {
  let runs = 30
  let corpus = false
  let baseline
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--runs') runs = Number(args[++index])
    else if (arg === '--corpus') corpus = true
    else if (arg === '--baseline') baseline = args[++index]
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench-startup.js [--runs 30] [--corpus] [--baseline <bin/motie.js of another build>]')
      process.exit(0)
    } else throw new Error(`bench-startup: unknown argument ${arg}`)
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('bench-startup: --runs must be a positive whole number')
  return {runs, corpus, baseline}
}
