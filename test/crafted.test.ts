/**
 * Crafted and pathological inputs (made by `scripts/crafted-pdfs.js`, or
 * generated here when too large to commit): each ends, in under 10 s, in a
 * document or in one clear line with its exit code.
 */
import {spawn} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {projectRoot, runCli} from './util/cli.js'

const crafted = (name: string): string => join(projectRoot, 'test', 'crafted', name)
const scratch = mkdtempSync(join(tmpdir(), 'motie-crafted-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

/** Each case must end within this: a hang guard, not a speed measurement (that is `npm run bench`). */
const bounded = {timeout: 10_000}

async function parseCsv(path: string, ...options: string[]) {
  return runCli(['parse', path, '-f', 'csv', ...options])
}

describe('crafted PDFs', bounded, () => {
  it('ignores JavaScript actions and embedded files, and reads the motion', async () => {
    const result = await parseCsv(crafted('javascript-embedded.pdf'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('veilige fietsroutes aan te leggen')
    expect(result.stdout).not.toContain('payload')
  })

  it('runs nothing from a font shaped like the CVE-2024-4367 proof of concept', async () => {
    const result = await parseCsv(crafted('font-cve-2024-4367.pdf'))
    expect(result.code).toBe(0)
    expect((globalThis as {motieOwned?: unknown}).motieOwned).toBeUndefined()
  })

  it('reports a page tree that cycles as a damaged file', async () => {
    const result = await parseCsv(crafted('cyclic.pdf'))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`${crafted('cyclic.pdf')}: Cannot parse PDF: the file is damaged or truncated\n`)
  })

  it('reads a PDF whose xref table pdf.js has to rebuild, text intact', async () => {
    const result = await parseCsv(crafted('broken-xref.pdf'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Veilige fietsroutes,gemeenteraad,Voorbeeldstad,2026-12-03')
  })

  it('opens a PDF encrypted with an empty user password without asking for one', async () => {
    const result = await parseCsv(crafted('empty-user-password.pdf'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('A. de Fietser (Fietspartij)')
  })

  it('reads the text beside an image that claims 40,000 × 40,000 pixels, without decoding it', async () => {
    const result = await parseCsv(crafted('huge-image.pdf'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('veilige fietsroutes aan te leggen')
  })
})

describe('limits', bounded, () => {
  it('refuses a PDF of 3,000 pages before reading them (--max-pages), and reads it when raised', async () => {
    const refused = await parseCsv(crafted('many-pages.pdf'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(`${crafted('many-pages.pdf')}: Cannot parse: it has 3000 pages, more than 500 (raise \`--max-pages\`)\n`)
    const validated = await runCli(['validate', crafted('many-pages.pdf'), '--max-pages', '100'])
    expect(validated.code).toBe(1)
    expect(validated.stderr).toContain('it has 3000 pages, more than 100')
  })

  it('refuses Markdown nested 20,000 levels deep instead of overflowing the stack', async () => {
    const result = await parseCsv(crafted('deep-quote.md'))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`${crafted('deep-quote.md')}: Cannot parse Markdown: it nests 20000 levels deep (block quotes, lists or indentation), more than 64\n`)
  })

  it('refuses a list nested 1,500 levels deep quickly', async () => {
    const path = join(scratch, 'deep-list.md')
    writeFileSync(path, Array.from({length: 1500}, (_, level) => `${'  '.repeat(level)}- punt`).join('\n'))
    const result = await parseCsv(path)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot parse Markdown: it nests 1500 levels deep')
  })

  it('refuses a file over --max-size before reading it, in parse and validate', async () => {
    const path = join(scratch, 'long-line.txt')
    writeFileSync(path, 'constaterende dat '.repeat(120_000))
    const parsed = await parseCsv(path, '--max-size', '1')
    expect(parsed.code).toBe(1)
    expect(parsed.stderr).toBe(`${path}: Cannot read file: it is larger than 1 MiB (raise \`--max-size\`)\n`)
    const validated = await runCli(['validate', path, '--max-size', '1'])
    expect(validated.code).toBe(1)
    expect(validated.stderr).toContain('larger than 1 MiB')
  })

  it('refuses a 100 MB line under the default --max-size, before reading it', async () => {
    const path = join(scratch, 'hundred-megabyte-line.txt')
    writeFileSync(path, 'a'.repeat(100_000_000))
    const result = await parseCsv(path)
    rmSync(path)
    expect(result).toEqual({code: 1, stdout: '', stderr: `${path}: Cannot read file: it is larger than 50 MiB (raise \`--max-size\`)\n`})
  })

  it('ends a worker that needs more than --max-memory; the other files of the batch are parsed', async () => {
    const folder = join(scratch, 'memory')
    mkdirSync(folder)
    const clauses = Array.from({length: 130_000}, (_, index) => `- overwegende dat punt ${index} van deze lijst een eigen regel heeft;`)
    writeFileSync(join(folder, 'a-large.txt'), ['Motie lang', 'De gemeenteraad van Utrecht, in vergadering bijeen op 1 mei 2020;', ...clauses, 'en gaat over tot de orde van de dag.'].join('\n'))
    writeFileSync(join(folder, 'b-small.txt'), readFileSync(join(projectRoot, 'fixtures', 'ws-hdsr-2021-noem-het-beestje', 'input.txt')))
    const result = await runCli(['parse', folder, '-f', 'ndjson', '--max-memory', '64', '--jobs', '1'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `${join(folder, 'a-large.txt')}: Cannot parse: it needs more than 64 MiB of memory (raise \`--max-memory\`)\nParsed 2 files: 1 ok, 1 failed\n`
    )
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual([join(folder, 'b-small.txt')])
  })

  it('rejects limits that are no numbers as usage errors', async () => {
    for (const [option, value] of [['--max-size', '0'], ['--max-pages', 'x'], ['--max-memory', '10']] as const) {
      const result = await runCli(['parse', crafted('broken-xref.pdf'), option, value])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(new RegExp(`^motie: Cannot use \`${option} ${value}\``))
    }
  })

  it('fails at once when --out-dir cannot be created (/proc/x)', {skip: !existsSync('/proc/self')}, async () => {
    const started = Date.now()
    const result = await runCli(['parse', crafted('broken-xref.pdf'), '--out-dir', '/proc/motie-x'])
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^motie: Cannot create `--out-dir \/proc\/motie-x`/)
  })
})

describe('folders from outside', () => {
  it('walks past a symlink loop, taking each file once', async () => {
    const folder = join(scratch, 'loop')
    mkdirSync(join(folder, 'sub'), {recursive: true})
    writeFileSync(join(folder, 'sub', 'a.txt'), 'De gemeenteraad van X,\n\nverzoekt het college iets te doen,\n')
    symlinkSync('..', join(folder, 'sub', 'up'))
    const result = await runCli(['parse', folder, '-f', 'ndjson', '-q'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
  })

  // Root reads everything whatever its mode, so this needs an ordinary user.
  it('walks past an unreadable folder and reports an unreadable file on its own line', {skip: process.getuid?.() === 0}, async () => {
    const folder = join(scratch, 'closed')
    mkdirSync(join(folder, 'locked'), {recursive: true})
    const text = 'De gemeenteraad van X,\n\nverzoekt het college iets te doen,\n'
    writeFileSync(join(folder, 'a.txt'), text)
    writeFileSync(join(folder, 'b.txt'), text)
    writeFileSync(join(folder, 'locked', 'c.txt'), text)
    chmodSync(join(folder, 'b.txt'), 0)
    chmodSync(join(folder, 'locked'), 0)
    try {
      const result = await runCli(['parse', folder, '-f', 'ndjson', '-q'])
      expect(result.code).toBe(1)
      expect(result.stdout.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain('b.txt: Cannot read file: permission denied')
    } finally {
      chmodSync(join(folder, 'locked'), 0o755)
      chmodSync(join(folder, 'b.txt'), 0o644)
    }
  })

  it('never writes an output over an input, even through a symlinked --out-dir', async () => {
    const folder = join(scratch, 'same')
    mkdirSync(folder, {recursive: true})
    const input = join(folder, 'a.md')
    writeFileSync(input, 'De gemeenteraad van X,\n\nverzoekt het college iets te doen,\n')
    symlinkSync(folder, join(scratch, 'alias'))
    const result = await runCli(['parse', input, '-f', 'md', '--out-dir', join(scratch, 'alias'), '--force'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('it is the input itself')
    expect(readdirSync(folder)).toEqual(['a.md'])
  })
})

describe('signals', () => {
  it('ends a single-file parse on this thread within a second of SIGTERM', async () => {
    const path = join(scratch, 'slow.txt')
    writeFileSync(path, 'constaterende dat het regent;\n'.repeat(30_000))
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'motie.js'), 'parse', path], {stdio: 'ignore'})
    await new Promise((resolve) => setTimeout(resolve, 700))
    const sent = Date.now()
    child.kill('SIGTERM')
    const ended = await new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('exit', (code, signal) => resolve({code, signal})))
    expect(Date.now() - sent).toBeLessThan(1_000)
    expect(ended.code === 143 || ended.signal === 'SIGTERM').toBe(true)
  })

  it('leaves no half-written output when a batch is killed (SIGKILL); a rerun with --skip-unchanged finishes the rest', {timeout: 60_000}, async () => {
    const archive = join(scratch, 'killed')
    const out = join(scratch, 'killed-out')
    mkdirSync(archive, {recursive: true})
    const text = 'De gemeenteraad van X,\n\nverzoekt het college iets te doen,\n'
    for (const name of ['a.txt', 'b-hang.txt', 'c.txt']) writeFileSync(join(archive, name), text)
    const bin = join(projectRoot, 'bin', 'motie.js')
    const child = spawn(process.execPath, [bin, 'parse', archive, '--out-dir', out, '--jobs', '1', '--skip-unchanged', '-q'], {
      stdio: 'ignore',
      env: {...process.env, MOTIE_TEST_HANG_MS: '600000'}
    })
    // Killed while the worker is stuck on the second file, after the first output is written.
    while (!existsSync(join(out, 'a.json'))) await new Promise((resolve) => setTimeout(resolve, 100))
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))
    const visible = readdirSync(out).filter((name) => !name.startsWith('.'))
    expect(visible).toEqual(['a.json'])
    expect(() => JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'))).not.toThrow()

    const rerun = await runCli(['parse', archive, '--out-dir', out, '--skip-unchanged'])
    expect(rerun.code).toBe(0)
    expect(rerun.stderr).toContain('1 unchanged')
    expect(readdirSync(out).filter((name) => !name.startsWith('.'))).toEqual(['a.json', 'b-hang.json', 'c.json'])
  })
})
