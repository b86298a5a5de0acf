/**
 * The output formats through the CLI: NDJSON one line per input file, JSON an
 * array for several inputs, `-o` written atomically, CSV options, and data
 * alone on stdout whatever goes wrong beside it.
 */
import {parse as parseCsv} from 'csv-parse/sync'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {document as documentSchema} from '../src/schema.js'
import {runCli} from './util/cli.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const text = 'fixtures/ws-hdsr-2021-noem-het-beestje/input.txt'
const markdown = 'fixtures/md-style-two-motions-rule/input.md'
const noMotion = 'fixtures/no-motion-text/input.txt'
const missing = 'fixtures/does-not-exist.txt'

const scratch = mkdtempSync(join(tmpdir(), 'motie-formats-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function run(argv: string[]) {
  return runCli(['parse', ...argv])
}

describe('motie parse --format ndjson', () => {
  it('prints one document per input file and line, in path order', async () => {
    const result = await run([text, markdown, noMotion, '-f', 'ndjson', '-j', '1'])
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines.at(-1)).toBe('')
    const documents = lines.slice(0, -1).map((line) => documentSchema.parse(JSON.parse(line)))
    expect(documents.map((document) => [document.source.path, document.motions.length])).toEqual([
      [markdown, 2],
      [noMotion, 0],
      [text, 1]
    ])
  })

  it('prints one line for one input', async () => {
    const result = await run([text, '-f', 'ndjson'])
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(result.stdout).source.path).toBe(text)
  })
})

describe('motie parse --format json', () => {
  it('prints an array of documents for several inputs, and an object for one', async () => {
    const several = await run([text, markdown, '-j', '1'])
    const documents = JSON.parse(several.stdout) as unknown[]
    expect(documents.map((value) => documentSchema.parse(value).source.path)).toEqual([markdown, text])
    const one = JSON.parse((await run([text])).stdout) as unknown
    expect(Array.isArray(one)).toBe(false)
    expect(documentSchema.parse(one).source.path).toBe(text)
  })
})

describe('motie parse -o', () => {
  it('writes what stdout would get to the file, and nothing to stdout', async () => {
    const target = join(scratch, 'out.md')
    const written = await run([markdown, '-f', 'md', '-o', target])
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('')
    expect(readFileSync(target, 'utf8')).toBe((await run([markdown, '-f', 'md'])).stdout)
  })

  it('replaces an existing file by renaming a complete one into place, leaving no temporary file', async () => {
    const folder = mkdtempSync(join(scratch, 'atomic-'))
    const target = join(folder, 'out.json')
    writeFileSync(target, 'old')
    const before = statSync(target).ino
    expect((await run([text, '-o', target])).code).toBe(0)
    // A new file took the old one’s name: a reader saw either the old file or the whole new one.
    expect(statSync(target).ino).not.toBe(before)
    expect(documentSchema.parse(JSON.parse(readFileSync(target, 'utf8'))).source.path).toBe(text)
    expect(readdirSync(folder)).toEqual(['out.json'])
  })

  it('leaves the file alone when the run cannot start', async () => {
    const target = join(scratch, 'kept.json')
    writeFileSync(target, 'old')
    const result = await run([text, '-o', target, '--delimiter', 'ab'])
    expect(result.code).toBe(2)
    expect(readFileSync(target, 'utf8')).toBe('old')
  })

  it('refuses to write over an input', async () => {
    const input = join(scratch, 'motie.txt')
    writeFileSync(input, readFileSync(join(root, text)))
    const result = await run([input, '-o', input])
    expect(result.code).toBe(2)
    expect(readFileSync(input)).toEqual(readFileSync(join(root, text)))
  })
})

describe('data alone on stdout', () => {
  // A warning (no motion) and a failure (missing file) beside a good input: all of it on stderr.
  const inputs = [text, noMotion, missing, '-j', '1']

  it.each([
    ['json', (stdout: string) => (JSON.parse(stdout) as unknown[]).length],
    ['ndjson', (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown).length],
    ['csv', (stdout: string) => (parseCsv(stdout, {columns: true}) as unknown[]).length],
    ['md', (stdout: string) => stdout.split(/^## /mu).length - 1]
  ])('--format %s', async (format, count) => {
    const result = await run([...inputs, '-f', format])
    expect(result.code).toBe(1)
    // JSON: the two documents read; NDJSON one line each; CSV and Markdown one row or heading per motion.
    expect(count(result.stdout)).toBe(format === 'json' || format === 'ndjson' ? 2 : 1)
    expect(result.stderr).toContain(`${missing}: `)
    expect(result.stderr).toContain(`${noMotion}: warning`)
    expect(result.stdout).not.toContain(missing)
  })
})

describe('motie parse --format csv', () => {
  /** A motion whose clauses start with what a spreadsheet would run as a formula. */
  const formulas = join(scratch, 'formules.md')
  writeFileSync(
    formulas,
    [
      '# Motie Rekenen',
      '',
      'De gemeenteraad van Delft, in vergadering bijeen op 3 maart 2022;',
      '',
      '**Constaterende dat:**',
      '',
      '- =SOM(A1:A3) "geen" formule is; echt niet',
      '- @iedereen meedoet',
      '',
      '**Verzoekt het college:**',
      '',
      '1. +5 te rekenen,',
      '',
      'en gaat over tot de orde van de dag.',
      ''
    ].join('\n')
  )

  it('neutralises formulas by default and keeps them with --no-escape-formulas', async () => {
    const texts = async (...options: string[]) =>
      (parseCsv((await run([formulas, '-f', 'csv', '--csv', 'clauses', ...options])).stdout, {columns: true}) as Record<string, string>[]).map((row) => row.text)
    expect(await texts()).toEqual([`'=SOM(A1:A3) "geen" formule is; echt niet`, "'@iedereen meedoet", "'+5 te rekenen"])
    expect(await texts('--no-escape-formulas')).toEqual(['=SOM(A1:A3) "geen" formule is; echt niet', '@iedereen meedoet', '+5 te rekenen'])
  })

  it("writes Excel's Dutch dialect with --delimiter ';' --bom", async () => {
    const result = await run([formulas, '-f', 'csv', '--delimiter', ';', '--bom'])
    expect(result.stdout.startsWith('\ufefffile;index;')).toBe(true)
    const rows = parseCsv(result.stdout, {columns: true, bom: true, delimiter: ';'}) as Record<string, string>[]
    expect(rows.map((row) => [row.title, row.considerations, row.requests])).toEqual([['Rekenen', '2', '1']])
  })
})
