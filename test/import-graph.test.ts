/**
 * The import graph, kept honest: what a run of `bin/motie.js` loads, by
 * module, not by time (time is `npm run bench`). A short run must not load
 * what it does not use: `--version` and `--help` nearly nothing, a text or
 * Markdown file no pdf.js, no zod, no worker pool; a PDF no canvas and no
 * OCR engine, unless a page is drawn; each output format its own emitter.
 * And no module of motie imports another in a circle.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {importCycles} from './util/import-cycles.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'motie.js')
const tracer = join(root, 'test', 'util', 'trace-imports.mjs')
const builtinsTracer = join(root, 'test', 'util', 'builtins-at-exit.cjs')
const scratch = mkdtempSync(join(tmpdir(), 'motie-imports-'))
const text = join(root, 'fixtures', 'gr-denhaag-2016-haags-goed-doel', 'input.txt')
const pdf = join(root, 'fixtures', 'gr-denhaag-2016-haags-goed-doel', 'input.pdf')
const markdown = join(root, 'fixtures', 'md-gr-denhaag-2016-haags-goed-doel', 'input.md')

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

let runs = 0
/**
 * The modules one run loads: sources as `src/…` (a bundle file stands for the
 * sources it holds, from the build's metafile), packages as `name/path`,
 * built-ins as `node:…`.
 */
function loaded(args: string[]): Set<string> {
  const trace = join(scratch, `trace-${runs++}.txt`)
  const result = spawnSync(process.execPath, ['--import', tracer, bin, ...args], {env: {...process.env, MOTIE_TRACE_FILE: trace}, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  const lines = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter(Boolean) : []
  return new Set(lines.flatMap((line) => names(line)))
}

/** Node's own modules that one run loads (`internal/…` too), without the ES module loader's. */
function builtinsLoaded(args: string[]): string[] {
  const trace = join(scratch, `trace-${runs++}.txt`)
  const result = spawnSync(process.execPath, ['--require', builtinsTracer, bin, ...args], {env: {...process.env, MOTIE_TRACE_FILE: trace}, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean)
}

let metafile: {outputs: Record<string, {inputs: Record<string, unknown>}>} | undefined
/** The sources bundled into each file of `dist/bundle/`. */
function bundled(output: string): string[] {
  metafile ??= JSON.parse(readFileSync(join(root, 'dist', 'bundle', 'meta.json'), 'utf8'))
  const inputs = metafile!.outputs[output]?.inputs
  if (!inputs) throw new Error(`${output} is not in the bundle's metafile: run \`npm run build\``)
  return Object.keys(inputs).map((input) => input.replace(/^(?:.*\/)?node_modules\//, ''))
}

function names(line: string): string[] {
  if (line.startsWith('node:')) return [line]
  const path = line.startsWith('file:') ? fileURLToPath(line) : line
  const local = relative(root, path)
  if (local.startsWith('dist/bundle/') && local.endsWith('.cjs')) return bundled(local)
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(local)
  return [inPackage ? `${inPackage[1]}/${inPackage[2]}` : local]
}

const packages = (modules: Set<string>): Set<string> =>
  new Set(
    [...modules]
      .filter((module) => !/^(?:node|lazy-builtin):/.test(module) && !/^(?:src|dist|bin|test)\//.test(module) && module !== 'package.json')
      .map((module) => packageOf(module))
  )

function packageOf(module: string): string {
  const parts = module.split('/')
  return module.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

/** Packages that only Markdown, validation, workers, progress bars, CSV, OCR or rendering need. */
const heavy = ['zod', 'pdfjs-dist', 'unified', 'remark-parse', 'remark-gfm', 'remark-stringify', 'remark-frontmatter', 'mdast-util-from-markdown', 'micromark', 'piscina', 'cli-progress', 'csv-stringify', 'tesseract.js', 'vfile', 'vfile-reporter', 'yaml']

describe('what a run loads', () => {
  it('`--version` loads the command declarations and commander, nothing else', () => {
    const modules = loaded(['--version'])
    expect([...packages(modules)]).toEqual(['commander'])
    const own = [...modules].filter((module) => module.startsWith('src/'))
    expect(own.length).toBeLessThanOrEqual(14)
    expect(own.filter((module) => /parse-run|validate-run|structure|read\/(?!ocr-mode)|emit\/(?!formats)/.test(module))).toEqual([])
  })

  it('`--help` loads no more than `--version`', () => {
    expect([...loaded(['--help'])].sort()).toEqual([...loaded(['--version'])].sort())
  })

  it('a text file loads no pdf.js, Markdown parser, zod, worker pool or progress bar', () => {
    const used = packages(loaded(['parse', text]))
    expect(heavy.filter((name) => used.has(name))).toEqual([])
    expect(used.has('@napi-rs/canvas')).toBe(false)
  })

  it('a text file sets up none of Node’s crypto, promise file API or stdin stream', () => {
    // Each is a few milliseconds of a one-file run: the hash is JavaScript, files are read through callbacks,
    // and stdin is only touched for `-`.
    const unwanted = /^(?:crypto|internal\/fs\/promises|internal\/fs\/streams|internal\/readline\/interface)$/
    expect(builtinsLoaded(['parse', text]).filter((name) => unwanted.test(name))).toEqual([])
  })

  it('a Markdown file loads remark, but no pdf.js and no zod', () => {
    const used = packages(loaded(['parse', markdown]))
    expect(used.has('remark-parse')).toBe(true)
    expect(['zod', 'pdfjs-dist', 'piscina', 'csv-stringify'].filter((name) => used.has(name))).toEqual([])
  })

  it('a PDF loads the minified pdf.js and its worker code once, and not the native canvas', () => {
    const modules = loaded(['parse', pdf])
    expect([...modules].filter((module) => module.startsWith('pdfjs-dist/')).sort()).toEqual(['pdfjs-dist/legacy/build/pdf.min.mjs', 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'])
    // The pure-JavaScript `DOMMatrix` of the canvas package, not its native module.
    expect([...modules].filter((module) => module.startsWith('@napi-rs/'))).toEqual(['@napi-rs/canvas/geometry.js'])
    expect(['zod', 'tesseract.js', 'unified', 'piscina'].filter((name) => packages(modules).has(name))).toEqual([])
    // Nor Node's HTTP client (undici, with http, http2 and tls), which pdf.js would load by touching `Response`.
    expect([...modules].filter((module) => /^node:(?:internal\/deps\/undici|http2?$|tls$)/.test(module))).toEqual([])
  })

  it('each output format loads its own emitter', () => {
    const csv = packages(loaded(['parse', text, '-f', 'csv']))
    expect(csv.has('csv-stringify')).toBe(true)
    expect(csv.has('remark-stringify')).toBe(false)
    const json = loaded(['parse', text, '-f', 'ndjson'])
    expect(packages(json).has('csv-stringify')).toBe(false)
    expect(json.has('src/emit/markdown.ts')).toBe(false)
  })

  it('`motie schema` is where zod comes in', () => {
    expect(packages(loaded(['schema'])).has('zod')).toBe(true)
  })
})

describe('the import graph', () => {
  it('has no cycles among the sources, type imports included', () => {
    expect(importCycles(join(root, 'src'))).toEqual([])
  })

  it('has no cycles among the built modules', () => {
    expect(importCycles(join(root, 'dist'))).toEqual([])
  })
})
