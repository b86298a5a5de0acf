/**
 * What both benchmarks run on: the PDFs to parse, and whether `pdftotext`
 * is there to compare with.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Every `../shared/corpus/*\/source.pdf`, sorted; none when the corpus is not beside the project. */
export function corpusPdfs() {
  const corpus = join(root, '..', 'shared', 'corpus')
  if (!existsSync(corpus)) return []
  return readdirSync(corpus)
    .map((name) => join(corpus, name, 'source.pdf'))
    .filter((path) => existsSync(path))
    .sort()
}

/** The PDFs in a folder and its subfolders (or the one file given), sorted. */
export function pdfsIn(folder) {
  if (statSync(folder).isFile()) return [folder]
  return readdirSync(folder, {recursive: true})
    .map((name) => join(folder, String(name)))
    .filter((path) => path.toLowerCase().endsWith('.pdf') && statSync(path).isFile())
    .sort()
}

/** The version of `pdftotext` (poppler-utils), or `undefined` when it is not installed. */
export function pdftotextVersion() {
  const result = spawnSync('pdftotext', ['-v'], {encoding: 'utf8'})
  if (result.error) return undefined
  return /version\s+(\S+)/.exec(`${result.stdout}${result.stderr}`)?.[1] ?? ''
}

/** Every `../shared/corpus/*\/source-scan.pdf` (image-only scans), sorted; with `fixtures/ocr-*` when the corpus is absent. */
export function scannedPdfs() {
  const corpus = join(root, '..', 'shared', 'corpus')
  const scans = existsSync(corpus)
    ? readdirSync(corpus)
        .map((name) => join(corpus, name, 'source-scan.pdf'))
        .filter((path) => existsSync(path))
    : []
  return (scans.length > 0 ? scans : [join(root, 'fixtures', 'ocr-scan-waterschap-nested', 'input.pdf')]).sort()
}
