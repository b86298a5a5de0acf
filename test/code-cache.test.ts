/**
 * The bundle's code cache (`src/cli/boot.cts`, recorded by `npm run build`):
 * V8 takes it in a run as `bin/motie.js` starts one, for every script a text
 * or PDF run loads. A cache V8 turns down costs no correctness, only the time
 * it was meant to save, so nothing else would notice (V8 checks the flags it
 * was recorded under, for one).
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const sample = join(root, 'fixtures', 'gr-denhaag-2016-haags-goed-doel')

/** Run `motie parse <input>` through the bundle in a fresh process; returns, per script, whether V8 took its cache. */
function cacheUse(input: string): Record<string, boolean | undefined> {
  const program = `
    const boot = require(${JSON.stringify(join(root, 'dist', 'cli', 'boot.cjs'))})
    const {PassThrough, Writable} = require('node:stream')
    const discard = new Writable({write: (_chunk, _encoding, done) => done()})
    boot.loadBundle('motie').main({argv: ['parse', ${JSON.stringify(input)}], cwd: process.cwd(), env: {}, stdin: new PassThrough(), stdout: discard, stderr: process.stderr})
      .then((code) => { process.stdout.write(JSON.stringify({code, use: boot.codeCacheUse()})) })
  `
  const result = spawnSync(process.execPath, ['-e', program], {encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  const {code, use} = JSON.parse(result.stdout) as {code: number; use: Record<string, boolean | undefined>}
  expect(code).toBe(0)
  return use
}

describe('the code cache', () => {
  it('is taken for every script a text run loads', () => {
    const use = cacheUse(join(sample, 'input.txt'))
    expect(Object.keys(use)).toContain('motie.cjs')
    expect(Object.entries(use).filter(([, taken]) => taken !== true)).toEqual([])
  })

  it('is taken for pdf.js and its worker code in a PDF run', () => {
    const use = cacheUse(join(sample, 'input.pdf'))
    const pdfjs = Object.keys(use).filter((name) => name.startsWith('pdf.'))
    expect(pdfjs).toHaveLength(2)
    expect(Object.entries(use).filter(([, taken]) => taken !== true)).toEqual([])
  })

  it('changes nothing in the output: `--verbose` loads the same scripts through Node, with source maps', () => {
    const bin = join(root, 'bin', 'motie.js')
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'parse', join(sample, 'input.pdf'), ...args], {encoding: 'utf8'})
    const [cached, plain] = [run(), run('--verbose')]
    expect(cached.status, cached.stderr).toBe(0)
    expect(plain.status, plain.stderr).toBe(0)
    expect(cached.stdout).toBe(plain.stdout)
  })

  it('changes nothing in a batch either, whose worker threads load the scripts through Node under `--verbose`', () => {
    const bin = join(root, 'bin', 'motie.js')
    const files = [join(sample, 'input.txt'), join(sample, 'input.pdf')]
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'parse', '-f', 'ndjson', '--jobs', '2', ...files, ...args], {encoding: 'utf8'})
    const [cached, plain] = [run(), run('--verbose')]
    expect(cached.status, cached.stderr).toBe(0)
    expect(plain.status, plain.stderr).toBe(0)
    expect(cached.stdout.split('\n').sort()).toEqual(plain.stdout.split('\n').sort())
  })
})
