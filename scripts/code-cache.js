#!/usr/bin/env node
/**
 * Record the code cache of the bundle (see `src/cli/boot.cts`): run motie in
 * this process over the sample inputs in `fixtures/`, as the commands a user
 * runs most (a text, a PDF and a Markdown file in each output format,
 * `validate`, `schema`, `--help`), then store what V8 compiled for each
 * script. A function that no sample ran is compiled on first use as before.
 * It also stores how the patterns the samples tried can start, which a run
 * then looks up instead of reading the patterns (see `src/pattern-guard.ts`).
 *
 * `npm run build` runs this after `scripts/bundle.js`. Without the samples
 * (an installed package) it records nothing, and motie compiles as usual.
 */
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {loadBundle, writeCodeCaches} from '../dist/cli/boot.cjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const sample = (folder, file) => join(root, 'fixtures', folder, file)
const text = sample('gr-denhaag-2016-haags-goed-doel', 'input.txt')
const pdf = sample('gr-denhaag-2016-haags-goed-doel', 'input.pdf')
const markdown = sample('md-gr-denhaag-2016-haags-goed-doel', 'input.md')
const bundle = sample('gr-denhaag-2016-2022-bundle', 'input.txt')

if (![text, pdf, markdown, bundle].every((path) => existsSync(path))) {
  console.log('code cache: no sample inputs, none recorded')
  process.exit(0)
}

const scratch = mkdtempSync(join(tmpdir(), 'motie-code-cache-'))
const runs = [
  ['parse', text],
  ['parse', pdf],
  ['parse', markdown],
  ['parse', bundle, '-f', 'md'],
  ['parse', pdf, '-f', 'csv'],
  ['parse', text, '-f', 'ndjson'],
  ['parse', text, markdown, '-f', 'json', '--out-dir', join(scratch, 'out'), '--jobs', '1'],
  ['validate', text, markdown],
  ['schema'],
  ['--help']
]

try {
  const {main, startsRead} = loadBundle('motie', 'record')
  for (const argv of runs) {
    const code = await main({argv, cwd: root, env: {}, stdin: new PassThrough(), stdout: discard(), stderr: discard()})
    if (code === 2) throw new Error(`\`motie ${argv.join(' ')}\` failed while recording the code cache`)
  }
  const names = writeCodeCaches()
  // And how the patterns can start (`src/pattern-guard.ts`), beside the chunks that look them up: those that
  // the samples tried, and, the code cache written, those that every other fixture tries.
  const others = readdirSync(join(root, 'fixtures'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(root, 'fixtures', entry.name)).filter((name) => /^input\.(?:txt|md|pdf)$/.test(name)).map((name) => join(root, 'fixtures', entry.name, name)))
  // One at a time: a single file is parsed in this thread, a batch in workers.
  for (const path of others) await main({argv: ['parse', '--ocr', 'never', path], cwd: root, env: {}, stdin: new PassThrough(), stdout: discard(), stderr: discard()})
  const starts = startsRead()
  writeFileSync(join(root, 'dist', 'bundle', 'pattern-starts.json'), JSON.stringify(starts))
  console.log(`code cache: ${names.length} scripts, ${Object.keys(starts).length} pattern starts`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}

function discard() {
  return new Writable({write: (_chunk, _encoding, done) => done()})
}
