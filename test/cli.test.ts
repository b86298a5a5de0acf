/**
 * The CLI, run in-process through `main()` and, for a few cases, as the real
 * `bin/motie.js` (which catches packaging mistakes).
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {document as documentSchema} from '../src/schema.js'
import {runCli} from './util/cli.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = fileURLToPath(new URL('../bin/motie.js', import.meta.url))
const sample = 'fixtures/haarlem-2015-bundle-text/input.txt'

function run(argv: string[], stdin = '') {
  return runCli(argv, {stdin})
}

describe('motie parse', () => {
  it('prints a document that matches the schema', async () => {
    const result = await run(['parse', sample])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const parsed = documentSchema.parse(JSON.parse(result.stdout))
    expect(parsed.motions).toHaveLength(3)
    expect(parsed.source.path).toBe(sample)
  })

  it('survives a JSON round trip unchanged', async () => {
    const result = await run(['parse', sample])
    const value = JSON.parse(result.stdout)
    expect(JSON.parse(JSON.stringify(value))).toEqual(documentSchema.parse(value))
  })

  it('reads stdin as `-`', async () => {
    const text = readFileSync(new URL(`../${sample}`, import.meta.url), 'utf8')
    const result = await run(['parse', '-'], text)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).motions).toHaveLength(3)
  })

  it('prints an array for several inputs', async () => {
    const result = await run(['parse', sample, 'fixtures/tk-2023-33118-249-bromet/input.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(2)
  })

  it.each([
    ['fixtures/does-not-exist.txt', 'fixtures/does-not-exist.txt: Cannot read file: no such file\n'],
    ['fixtures/error-empty-file/input.txt', 'fixtures/error-empty-file/input.txt: Cannot parse: the file is empty\n'],
    ['fixtures/error-binary-file/input.txt', 'fixtures/error-binary-file/input.txt: Cannot parse: the file is binary, not text\n']
  ])('reports %s in one line with exit code 1', async (input, message) => {
    const result = await run(['parse', input])
    expect(result).toEqual({code: 1, stdout: '', stderr: message})
  })

  it('goes on past a bad input and still prints the good ones', async () => {
    const result = await run(['parse', 'fixtures/error-empty-file/input.txt', sample])
    expect(result.code).toBe(1)
    // Several inputs always print an array, so scripts see one shape whatever fails.
    const documents = JSON.parse(result.stdout)
    expect(documents).toHaveLength(1)
    expect(documents[0].motions).toHaveLength(3)
  })

  it('warns about a text without a motion and exits 0', async () => {
    const result = await run(['parse', 'fixtures/no-motion-text/input.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).motions).toEqual([])
    expect(result.stderr).toMatch(/warning: .*\[no-motion\]\n$/)
  })

  it('exits 2 on a usage error', async () => {
    expect((await run(['parse'])).code).toBe(2)
    expect((await run(['parse', sample, '--format', 'xml'])).code).toBe(2)
    expect((await run(['frobnicate'])).code).toBe(2)
  })
})

describe('motie schema', () => {
  it('prints the JSON Schema generated from the zod schema', async () => {
    const result = await run(['schema'])
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout)
    expect(schema.$schema).toMatch(/json-schema\.org/)
    expect(schema.properties.motions.type).toBe('array')
  })
})

describe('bin/motie.js', () => {
  const spawn = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8'})

  it('parses the bundled sample', () => {
    const result = spawn('parse', sample)
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).motions[0].title).toBe('Inzet van mystery guests bij aanvraag bijstandsuitkering')
  })

  it('prints one line and no stack trace for a missing file', () => {
    const result = spawn('parse', 'nope.txt')
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('nope.txt: Cannot read file: no such file\n')
  })

  it('prints its version', () => {
    const result = spawn('--version')
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version)
  })
})
