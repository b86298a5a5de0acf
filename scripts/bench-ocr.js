#!/usr/bin/env node
/**
 * OCR speed, and what `--ocr auto` costs a born-digital PDF.
 *
 * 1. Born-digital PDFs (`../shared/corpus/*\/source.pdf`) parsed in one process
 *    with `ocr: 'never'` and with the default `ocr: 'auto'`, in alternating
 *    rounds: CPU milliseconds per page of each, and whether OCR was started
 *    (it must not be: no page of a born-digital PDF needs it).
 * 2. Scans (`source-scan.pdf`) parsed with `ocr: 'always'` and `jobs: 1`: CPU
 *    seconds per recognised page, on one core (the process’s user + system
 *    time, the Tesseract thread included), and the one-time start of the
 *    engine (loading the WebAssembly and the Dutch model) apart.
 *
 * CPU time, not wall time, so that a busy machine does not inflate it.
 * Usage: `node scripts/bench-ocr.js [--rounds 3]` after `npm run build`.
 */
import {join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {corpusPdfs, scannedPdfs} from './bench-inputs.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const roundsIndex = process.argv.indexOf('--rounds')
const rounds = roundsIndex > 0 ? Number(process.argv[roundsIndex + 1]) : 3

const {parseFile, shutdownOcr} = await import(join(root, 'dist', 'index.js'))
const {ocrStarted} = await import(join(root, 'dist', 'ocr', 'lifecycle.js'))

/** CPU milliseconds (user + system) of this process so far. */
const cpuMs = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

// ---- born-digital: never vs auto ------------------------------------------
const pdfs = corpusPdfs()
const cost = {never: {ms: 0, pages: 0}, auto: {ms: 0, pages: 0}}
let started = false
if (pdfs.length > 0) {
  for (const path of pdfs) await parseFile(path, {ocr: 'never'}).catch(() => undefined) // warm up pdf.js
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 === 0 ? ['never', 'auto'] : ['auto', 'never']) {
      for (const path of pdfs) {
        const start = cpuMs()
        const document = await parseFile(path, {ocr: mode}).catch(() => undefined)
        cost[mode].ms += cpuMs() - start
        cost[mode].pages += document?.source.pages ?? 0
      }
    }
  }
  started = ocrStarted()
  const perPage = (mode) => cost[mode].ms / Math.max(1, cost[mode].pages)
  console.log(`born-digital PDFs: ${pdfs.length} files × ${rounds} rounds`)
  console.log(`  --ocr never  ${perPage('never').toFixed(1)} ms CPU per page`)
  console.log(`  --ocr auto   ${perPage('auto').toFixed(1)} ms CPU per page (${((perPage('auto') / perPage('never') - 1) * 100).toFixed(1)} %), OCR started: ${started ? 'yes (unexpected)' : 'no'}`)
}

// ---- scans: seconds per page ----------------------------------------------
const scans = scannedPdfs()
let engineMs = 0
let scanMs = 0
let scanPages = 0
for (const [index, path] of scans.entries()) {
  const start = cpuMs()
  const document = await parseFile(path, {ocr: 'always', jobs: 1}).catch((error) => {
    console.error(`bench: ${path}: ${error.message}`)
    return undefined
  })
  const ms = cpuMs() - start
  const pages = document?.source.ocr?.length ?? 0
  if (index === 0 && pages > 0) {
    // Measure the engine’s start once more on its own: a fresh worker for a page already seen.
    await shutdownOcr()
    const again = cpuMs()
    await parseFile(path, {ocr: 'always', jobs: 1})
    engineMs = ms - (cpuMs() - again)
    scanMs += cpuMs() - again
  } else scanMs += ms
  scanPages += pages
}
await shutdownOcr()
if (scanPages > 0) {
  console.log(`scanned PDFs: ${scans.length} files, ${scanPages} pages recognised at 300 dpi, one OCR worker`)
  console.log(`  ${(scanMs / scanPages / 1000).toFixed(2)} s CPU per scanned page (render, recognise, layout, structure; goal < 3 s)`)
  console.log(`  engine start ${(Math.max(0, engineMs) / 1000).toFixed(2)} s CPU, once per process`)
}
if (started) process.exitCode = 1
