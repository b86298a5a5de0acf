#!/usr/bin/env node
/**
 * Batch throughput: files per second and memory of `motie parse --out-dir`
 * over a few hundred motion PDFs, with `--jobs 1` and `--jobs 2`, next to
 * `pdftotext` on the same files (one and two processes at a time).
 *
 * The batch is the corpus PDFs (`../shared/corpus/*\/source.pdf`) copied
 * under different names until there are `--count` files (default 500).
 * Memory is read from `/proc/<pid>/status` while a run goes (Linux only):
 * the peak (`VmHWM`), and the resident size when 20 %, 50 % and 100 % of the
 * outputs were written, to see that it stays flat across the batch.
 *
 * Usage: `npm run build && node scripts/bench-batch.js [--count 500]`
 */
import {spawn} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, dirname, join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
const countFlag = process.argv.indexOf('--count')
const count = countFlag === -1 ? 500 : Number(process.argv[countFlag + 1])

const sources = (await readdir(corpus, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(corpus, entry.name, 'source.pdf'))
  .sort()
const work = await mkdtemp(join(tmpdir(), 'motie-bench-'))

try {
  const inputs = join(work, 'pdf')
  const files = []
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    const target = join(inputs, `${String(index).padStart(4, '0')}-${basename(dirname(source))}.pdf`)
    files.push(target)
  }
  await mkdir(inputs, {recursive: true})
  await Promise.all(files.map((target, index) => copyFile(sources[index % sources.length], target)))

  const rows = []
  for (const jobs of [1, 2]) {
    const out = join(work, `out-${jobs}`)
    rows.push(await measure(`motie --jobs ${jobs}`, process.execPath, [join(root, 'bin', 'motie.js'), 'parse', inputs, '--out-dir', out, '--jobs', String(jobs), '-q'], out))
  }
  rows.push(
    await measure('motie --jobs 2 --skip-unchanged (all unchanged)', process.execPath, [
      join(root, 'bin', 'motie.js'),
      'parse',
      inputs,
      '--out-dir',
      join(work, 'out-2'),
      '--jobs',
      '2',
      '--skip-unchanged',
      '-q'
    ])
  )
  for (const parallel of [1, 2]) rows.push(await pdftotext(files, join(work, `txt-${parallel}`), parallel))

  console.log(`${count} PDFs (${sources.length} corpus PDFs, repeated), Node ${process.version}\n`)
  console.log('| run | seconds | files/s | peak RSS | RSS at 20 % / 50 % / 100 % of outputs |')
  console.log('| --- | ---: | ---: | ---: | --- |')
  for (const row of rows) {
    const curve = row.curve ? row.curve.map(mib).join(' / ') : ''
    console.log(`| ${row.name} | ${row.seconds.toFixed(2)} | ${(count / row.seconds).toFixed(1)} | ${row.peak ? mib(row.peak) : ''} | ${curve} |`)
  }
} finally {
  await rm(work, {recursive: true, force: true})
}

/** Run one command; sample its memory and, when `out` is given, how many outputs it has written. */
async function measure(name, command, args, out) {
  const started = performance.now()
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'inherit']})
  const samples = []
  let peak = 0
  const timer = setInterval(async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '')
    const rss = kib(status, 'VmRSS')
    peak = Math.max(peak, kib(status, 'VmHWM'))
    if (rss > 0 && out) samples.push({rss, written: await countFiles(out)})
  }, 25)
  const code = await new Promise((resolve) => child.on('exit', resolve))
  clearInterval(timer)
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) console.error(`${name}: exit code ${code}`)
  return {name, seconds, peak, curve: out ? [0.2, 0.5, 1].map((share) => rssAt(samples, share * count)) : undefined}
}

/** `pdftotext` over all files, `parallel` processes at a time. */
async function pdftotext(files, out, parallel) {
  await mkdir(out, {recursive: true})
  const started = performance.now()
  let next = 0
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]
      await new Promise((resolve, reject) => {
        spawn('pdftotext', ['-layout', file, join(out, `${basename(file)}.txt`)], {stdio: 'ignore'})
          .on('exit', resolve)
          .on('error', reject)
      })
    }
  }
  await Promise.all(Array.from({length: parallel}, lane))
  return {name: `pdftotext, ${parallel} at a time`, seconds: (performance.now() - started) / 1000}
}

async function countFiles(folder) {
  return (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.json')).length
}

function rssAt(samples, written) {
  const sample = samples.find((entry) => entry.written >= written) ?? samples.at(-1)
  return sample ? sample.rss : 0
}

function kib(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return match ? Number(match[1]) : 0
}

function mib(value) {
  return `${(value / 1024).toFixed(0)} MiB`
}
