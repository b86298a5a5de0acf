#!/usr/bin/env node
/**
 * PDF parse speed and memory in one process, next to `pdftotext`.
 *
 * Parses the PDFs of a folder with the built library (`parseFile` from
 * `dist/index.js`: read, layout, segment, structure) over and over, in one
 * process, until `--files` parses are done. Reports pages per second and
 * milliseconds per page (the first parse, which loads pdf.js, is shown apart
 * and left out), the resident memory after the 1st, 100th and 1000th file
 * and its peak, and the same speed for `pdftotext` (poppler-utils, one
 * process per file, as it is used) when it is installed, with the ratio.
 *
 * Memory is read at each of those files: the resident size as it is, and
 * after a full garbage collection, and the JS heap in use after that
 * collection. The resident size shows V8 and malloc holding on to pages
 * they freed; the heap in use is what the process keeps, and must stay
 * flat.
 *
 * Usage: `node scripts/bench.js [folder] [--files 1000] [--rounds-pdftotext 5]`
 * after `npm run build`; `npm run bench` runs it with the defaults, then
 * `scripts/bench-batch.js` (files per second of whole batches).
 * Default folder: every `../shared/corpus/*\/source.pdf`.
 */
import {spawnSync} from 'node:child_process'
import {join, relative, resolve} from 'node:path'
import process from 'node:process'
import {setTimeout as delay} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {corpusPdfs, pdfsIn, pdftotextVersion} from './bench-inputs.js'

// A full collection on demand, for the memory that is kept.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc')

const root = fileURLToPath(new URL('..', import.meta.url))
/** Where memory is sampled: the issue asks for flat memory from the 100th to the 1000th file. */
const checkpoints = [1, 100, 1000]
const mebibyte = 1024 * 1024

const {folder, files: total, rounds} = parseArguments(process.argv.slice(2))
const inputs = folder ? pdfsIn(resolve(folder)) : corpusPdfs()
if (inputs.length === 0) {
  console.error(`bench: no PDFs in ${folder ?? '../shared/corpus'}`)
  process.exit(2)
}

const {parseFile} = await import(join(root, 'dist', 'index.js'))

// ---- motie, in one process ------------------------------------------------
const rss = new Map()
const kept = new Map()
const heap = new Map()
let firstMs = 0
let steadyMs = 0
let steadyPages = 0
let failed = 0
const failures = new Set()
for (let index = 0; index < total; index++) {
  const path = inputs[index % inputs.length]
  const start = performance.now()
  let pages = 0
  try {
    pages = (await parseFile(path)).source.pages
  } catch (error) {
    failed++
    failures.add(`${relative(process.cwd(), path)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const ms = performance.now() - start
  if (index === 0) firstMs = ms
  else if (pages > 0) {
    steadyMs += ms
    steadyPages += pages
  }
  if (checkpoints.includes(index + 1)) {
    rss.set(index + 1, process.memoryUsage.rss())
    collectGarbage()
    // Let pdf.js’s cleanup callbacks run before reading what is kept.
    await delay(20)
    kept.set(index + 1, process.memoryUsage.rss())
    heap.set(index + 1, process.memoryUsage().heapUsed)
  }
}
const peak = process.resourceUsage().maxRSS * 1024

// ---- pdftotext, one process per file ---------------------------------------
const poppler = pdftotextVersion()
let popplerMs = 0
let popplerPages = 0
if (poppler) {
  const pageCounts = new Map()
  for (let round = 0; round < rounds; round++) {
    for (const path of inputs) {
      const start = performance.now()
      const result = spawnSync('pdftotext', ['-q', path, '-'], {encoding: 'utf8', maxBuffer: 64 * mebibyte})
      const ms = performance.now() - start
      if (result.status !== 0) continue
      // pdftotext ends every page with a form feed.
      if (!pageCounts.has(path)) pageCounts.set(path, (result.stdout.match(/\f/g) ?? []).length)
      popplerMs += ms
      popplerPages += pageCounts.get(path)
    }
  }
}

// ---- report -----------------------------------------------------------------
const inputPages = steadyPages / Math.max(1, total - 1 - failed)
console.log(`motie bench: ${inputs.length} PDFs from ${folder ?? '../shared/corpus/*/source.pdf'}, ${total} parses in one process (Node ${process.versions.node})`)
console.log('')
console.log(row('', 'pages/s', 'ms/page', 'pages'))
const motieMsPerPage = steadyMs / steadyPages
console.log(row('motie (parseFile)', (1000 / motieMsPerPage).toFixed(1), motieMsPerPage.toFixed(2), String(steadyPages)))
if (poppler) {
  const popplerMsPerPage = popplerMs / popplerPages
  console.log(row(`pdftotext ${poppler}`, (1000 / popplerMsPerPage).toFixed(1), popplerMsPerPage.toFixed(2), String(popplerPages)))
  console.log('')
  console.log(`ratio motie / pdftotext (ms per page): ${(motieMsPerPage / popplerMsPerPage).toFixed(2)}`)
} else {
  console.log('pdftotext: not installed (apt-get install poppler-utils), no comparison')
}
console.log('')
console.log(`first parse (loads pdf.js): ${firstMs.toFixed(0)} ms, left out above; ${inputPages.toFixed(2)} pages per file on average`)
const memory = (map) => checkpoints.filter((at) => map.has(at)).map((at) => `file ${at}: ${(map.get(at) / mebibyte).toFixed(1)} MiB`)
console.log(`resident memory, as it runs:       ${memory(rss).join(', ')}; peak ${(peak / mebibyte).toFixed(1)} MiB`)
console.log(`resident memory, after a full GC:  ${memory(kept).join(', ')}`)
console.log(`JS heap in use, after a full GC:   ${memory(heap).join(', ')}`)
for (const [name, map] of [['as it runs', rss], ['after a full GC', kept], ['JS heap after a full GC', heap]]) {
  if (!map.has(100) || !map.has(1000)) continue
  const growth = (map.get(1000) / map.get(100) - 1) * 100
  console.log(`growth from file 100 to file 1000, ${name}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %`)
}
if (failed > 0) {
  console.log('')
  console.log(`${failed} parses failed (left out):`)
  for (const failure of failures) console.log(`  ${failure}`)
}

// ---- helpers ------------------------------------------------------------------
function parseArguments(args) {
  let folder
  let files = 1000
  let rounds = 5
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--files') files = Number(args[++index])
    else if (arg === '--rounds-pdftotext') rounds = Number(args[++index])
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench.js [folder] [--files 1000] [--rounds-pdftotext 5]')
      process.exit(0)
    } else folder = arg
  }
  if (!Number.isInteger(files) || files < 1) throw new Error('bench: --files must be a positive whole number')
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('bench: --rounds-pdftotext must be a positive whole number')
  return {folder, files, rounds}
}




function row(name, perSecond, perPage, pages) {
  return `${name.padEnd(26)}${perSecond.padStart(10)}${perPage.padStart(10)}${pages.padStart(8)}`
}
