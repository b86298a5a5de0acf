#!/usr/bin/env node
/**
 * Record the code cache of the bundle (see `src/cli/boot.cts`): run motie in
 * this process over the sample inputs in `fixtures/`, as the commands a user
 * runs most (a text, a PDF and a Markdown file in each output format,
 * `validate`, `schema`, `--help`), then store what V8 compiled for each
 * script. A function that no sample ran is compiled on first use as before.
 *
 * `npm run build` runs this after `scripts/bundle.js`. Without the samples
 * (an installed package) it records nothing, and motie compiles as usual.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
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
  const {main} = loadBundle('motie', 'record')
  for (const argv of runs) {
    const code = await main({argv, cwd: root, env: {}, stdin: new PassThrough(), stdout: discard(), stderr: discard()})
    if (code === 2) throw new Error(`\`motie ${argv.join(' ')}\` failed while recording the code cache`)
  }
  const names = writeCodeCaches()
  console.log(`code cache: ${names.length} scripts`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}

function discard() {
  return new Writable({write: (_chunk, _encoding, done) => done()})
}
