#!/usr/bin/env node
/**
 * Batch throughput: files per second and memory of `motie parse --out-dir`
 * over at least 500 motion PDFs, with `--jobs 1` and `--jobs 2`, next to
 * `pdftotext -layout` on the same files (one and two processes at a time)
 * when poppler-utils is installed.
 *
 * The batch is the corpus PDFs (`../shared/corpus/*\/source.pdf`, or the PDFs
 * of a folder given as argument) copied under different names until there
 * are `--count` files. Memory is read from `/proc/<pid>/status` while a run
 * goes (Linux only; the worker threads share the process): the peak
 * (`VmHWM`), and the resident size when 20 %, 50 % and 90 % of the outputs
 * were written (not 100 %: by then the worker threads may be gone). Memory
 * that stays flat across the batch shows as a small change from 20 % to
 * 90 %. Seconds are wall time, start-up of Node and pdf.js included. The
 * load average is printed too: on a shared machine other work slows every
 * row.
 *
 * Usage: `npm run build && node scripts/bench-batch.js [folder] [--count 500]`
 */
import {spawn, spawnSync} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {basename, dirname, join, resolve} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {corpusPdfs, pdfsIn, pdftotextVersion} from './bench-inputs.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'motie.js')
/** How often memory and progress are sampled; rarer samples disturb the run less. */
const sampleMs = 100

const {folder, count} = parseArguments(process.argv.slice(2))
const sources = folder ? pdfsIn(resolve(folder)) : corpusPdfs()
if (sources.length === 0) {
  console.error(`bench-batch: no PDFs in ${folder ?? '../shared/corpus/*/source.pdf'}`)
  process.exit(2)
}
if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) {
  console.error('bench-batch: run `npm run build` first')
  process.exit(2)
}

const poppler = pdftotextVersion()
const work = await mkdtemp(join(tmpdir(), 'motie-bench-'))
const loadBefore = loadavg()

try {
  const inputs = join(work, 'pdf')
  await mkdir(inputs, {recursive: true})
  const files = Array.from({length: count}, (_, index) => {
    const source = sources[index % sources.length]
    return {source, target: join(inputs, `${String(index).padStart(4, '0')}-${basename(dirname(source))}-${basename(source)}`)}
  })
  await Promise.all(files.map(({source, target}) => copyFile(source, target)))
  const targets = files.map((file) => file.target)

  const rows = []
  for (const jobs of [1, 2]) {
    const out = join(work, `out-${jobs}`)
    rows.push(await measure(`motie --jobs ${jobs}`, [bin, 'parse', inputs, '--out-dir', out, '--jobs', String(jobs)], out))
  }
  rows.push(await measure('motie --jobs 2 --skip-unchanged, all unchanged', [bin, 'parse', inputs, '--out-dir', join(work, 'out-2'), '--jobs', '2', '--skip-unchanged']))
  if (poppler !== undefined) {
    for (const parallel of [1, 2]) rows.push(await pdftotext(targets, join(work, `txt-${parallel}`), parallel))
  }
  const loadAfter = loadavg()

  console.log(`motie bench-batch: ${count} PDFs (${sources.length} distinct, repeated under other names), Node ${process.versions.node}, ${availableParallelism()} cores`)
  console.log(`load average (1 min) before / after: ${loadBefore[0].toFixed(2)} / ${loadAfter[0].toFixed(2)}`)
  console.log('')
  console.log('| run | seconds | files/s | peak RSS | RSS at 20 % / 50 % / 90 % of outputs | result |')
  console.log('| --- | ---: | ---: | ---: | --- | --- |')
  for (const row of rows) {
    const curve = row.curve ? `${row.curve.map(mib).join(' / ')} (${growth(row.curve)})` : 'n/a'
    const peak = row.peak ? mib(row.peak) : 'n/a'
    console.log(`| ${row.name} | ${row.seconds.toFixed(2)} | ${(count / row.seconds).toFixed(1)} | ${peak} | ${curve} | ${row.result} |`)
  }
  if (poppler === undefined) console.log('\npdftotext: not installed (apt-get install poppler-utils), no comparison')
  else console.log(`\npdftotext ${poppler}: one process per file, so no memory figure for the batch as a whole`)
} finally {
  await rm(work, {recursive: true, force: true})
}

/** Run motie; sample its memory and, when `out` is given, how many outputs it has written. */
async function measure(name, args, out) {
  const started = performance.now()
  // stderr is a pipe and CI is set: no progress bar, just per-file failures and the summary line.
  const child = spawn(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: '1'}})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
  const samples = []
  let peak = 0
  let sampling = false
  const timer = setInterval(async () => {
    if (sampling) return
    sampling = true
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '')
    const rss = kib(status, 'VmRSS')
    peak = Math.max(peak, kib(status, 'VmHWM'))
    if (rss > 0 && out) samples.push({rss, written: await countOutputs(out)})
    sampling = false
  }, sampleMs)
  const code = await new Promise((resolve) => child.on('exit', resolve))
  clearInterval(timer)
  const seconds = (performance.now() - started) / 1000
  const summary = stderr.trim().split('\n').at(-1) ?? ''
  const result = `exit ${code}: ${summary.replace(/^Parsed /, '')}`
  return {name, seconds, peak, curve: out ? [0.2, 0.5, 0.9].map((share) => rssAt(samples, share * count)) : undefined, result}
}

/** `pdftotext -layout` over all files, `parallel` processes at a time. */
async function pdftotext(files, out, parallel) {
  await mkdir(out, {recursive: true})
  const started = performance.now()
  let next = 0
  let failed = 0
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]
      const code = await new Promise((resolve) => {
        spawn('pdftotext', ['-q', '-layout', file, join(out, `${basename(file)}.txt`)], {stdio: 'ignore'})
          .on('exit', resolve)
          .on('error', () => resolve(-1))
      })
      if (code !== 0) failed++
    }
  }
  await Promise.all(Array.from({length: parallel}, lane))
  const seconds = (performance.now() - started) / 1000
  return {name: `pdftotext -layout, ${parallel} at a time`, seconds, peak: 0, result: `${files.length - failed} ok, ${failed} failed`}
}

async function countOutputs(folder) {
  return (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.json')).length
}

/** The resident size when `written` outputs existed (the last sample if the run ended in between). */
function rssAt(samples, written) {
  const sample = samples.find((entry) => entry.written >= written) ?? samples.at(-1)
  return sample ? sample.rss : 0
}

/** Change from the first to the last point of a memory curve. */
function growth(curve) {
  const first = curve[0]
  const last = curve.at(-1)
  if (!first || !last) return 'no samples'
  const change = (last / first - 1) * 100
  return `${change >= 0 ? '+' : ''}${change.toFixed(0)} % from 20 % to 90 %`
}

function kib(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return match ? Number(match[1]) : 0
}

function mib(value) {
  return `${(value / 1024).toFixed(0)} MiB`
}

function parseArguments(args) {
  let folder
  let count = 500
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--count') count = Number(args[++index])
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench-batch.js [folder] [--count 500]')
      process.exit(0)
    } else folder = arg
  }
  if (!Number.isInteger(count) || count < 1) throw new Error('bench-batch: --count must be a positive whole number')
  return {folder, count}
}



