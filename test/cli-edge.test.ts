/**
 * The CLI at its edges, as a demanding user meets them: outputs that cannot
 * be written, interruptions (Ctrl-C, a closed pipe), colour settings, and
 * usage errors in one line. In-process through `main()`, and as the real
 * `bin/motie.js` where the process itself matters (signals, pipes).
 */
import {spawn} from 'node:child_process'
import {existsSync, watch} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {wantsColor} from '../src/cli/color.js'
import {interruptedExitCode} from '../src/cli/io.js'
import {removeTemporaries, temporaryPath} from '../src/cli/write.js'
import {runCli, type CliOptions} from './util/cli.js'

// Batches start worker threads.
vi.setConfig({testTimeout: 60_000})

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'motie.js')
const sample = join(root, 'fixtures/ws-hdsr-2021-noem-het-beestje/input.txt')
const hang = join(root, 'fixtures/batch/hang')
/** Makes a worker block on `hang.txt` far longer than a test may take: only an interruption ends it in time. */
const hangEnv = {MOTIE_TEST_HANG_MS: '600000'}

function run(argv: string[], options: Omit<CliOptions, 'cwd'> = {}) {
  return runCli(argv, {...options, cwd: scratch})
}

/** Every file below `folder`, hidden ones included, relative to it. */
async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)).sort()
}

let scratch: string

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'cli', 'interrupt.js'))) throw new Error('bin/motie.js and the workers run the build: run `npm run build` first')
  scratch = await mkdtemp(join(tmpdir(), 'motie-cli-edge-'))
})

afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

describe('--output', () => {
  it('refuses a folder before parsing anything (exit 2)', async () => {
    await mkdir(join(scratch, 'folder'), {recursive: true})
    expect(await run(['parse', sample, '-o', 'folder'])).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot write `--output folder`: it is a folder\n'})
  })

  it('refuses a path through a file (exit 2)', async () => {
    await writeFile(join(scratch, 'plain.txt'), 'x')
    const result = await run(['parse', sample, '-o', 'plain.txt/out.json'])
    expect(result).toEqual({code: 2, stdout: '', stderr: `motie: Cannot write \`--output plain.txt/out.json\`: \`${join(scratch, 'plain.txt')}\` is a file, not a folder\n`})
  })

  it('refuses an --out-dir through a file (exit 2)', async () => {
    await writeFile(join(scratch, 'plain.txt'), 'x')
    const result = await run(['parse', sample, '--out-dir', 'plain.txt/out'])
    expect(result).toEqual({code: 2, stdout: '', stderr: `motie: Cannot write \`--out-dir plain.txt/out\`: \`${join(scratch, 'plain.txt')}\` is a file, not a folder\n`})
  })

  it('creates missing folders', async () => {
    const result = await run(['parse', sample, '-o', 'new/deeper/out.json'])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(await readFile(join(scratch, 'new/deeper/out.json'), 'utf8')).motions).toHaveLength(1)
  })

  it.runIf(existsSync('/proc/self'))('reports a write that fails in one line, and exits 1', async () => {
    // /proc exists but takes no new files: the check before the run passes, the write itself fails.
    expect(await run(['parse', sample, '-o', '/proc/motie.json'])).toEqual({code: 1, stdout: '', stderr: '/proc/motie.json: Cannot write file: it cannot be created in its folder\n'})
  })
})

describe('usage errors', () => {
  it.each([
    [['parse', sample, '--frobnicate'], "motie: unknown option '--frobnicate' (run `motie --help` for usage)\n"],
    [['parse', sample, '--forc'], "motie: unknown option '--forc' (Did you mean --force?) (run `motie --help` for usage)\n"],
    [['parse'], "motie: missing required argument 'inputs' (run `motie --help` for usage)\n"],
    [['frobnicate'], "motie: unknown command 'frobnicate' (run `motie --help` for usage)\n"],
    [['parse', sample, '--jobs', 'abc'], 'motie: Cannot use `--jobs abc`: expected a whole number of at least 1\n'],
    [['parse', sample, '--shard', '5/4'], 'motie: Cannot use `--shard 5/4`: expected K/N with 1 ≤ K ≤ N, such as `--shard 1/4`\n'],
    [['parse', sample, '--shard', '0/3'], 'motie: Cannot use `--shard 0/3`: expected K/N with 1 ≤ K ≤ N, such as `--shard 1/4`\n'],
    [['parse', sample, '-o', ''], 'motie: Cannot use `--output` with an empty path\n'],
    // An empty --out-dir would be the working folder: outputs strewn among the inputs.
    [['parse', sample, '--out-dir', ''], 'motie: Cannot use `--out-dir` with an empty path\n']
  ])('%j: one line, exit 2', async (argv, stderr) => {
    expect(await run(argv)).toEqual({code: 2, stdout: '', stderr})
  })
})

describe('several inputs as CSV', () => {
  it.each(['motions', 'clauses'])('--csv %s: one header and one BOM for all files', async (shape) => {
    const other = join(root, 'fixtures/haarlem-2015-bundle-text/input.txt')
    const result = await run(['parse', sample, other, '-f', 'csv', '--csv', shape, '--bom', '-q'])
    expect(result.code).toBe(0)
    expect(result.stdout.match(/\uFEFF/g)).toHaveLength(1)
    const lines = result.stdout.slice(1).split('\r\n')
    expect(lines.filter((line) => line === lines[0])).toHaveLength(1)
    expect(result.stdout).toContain(sample)
    expect(result.stdout).toContain(other)
  })
})

describe('stdin', () => {
  it('reports empty stdin as `-`, exit 1', async () => {
    expect(await run(['parse', '-'])).toEqual({code: 1, stdout: '', stderr: '-: Cannot parse: the file is empty\n'})
  })

  it('reads a PDF from stdin by its bytes', async () => {
    const pdf = await readFile(join(root, 'fixtures/pdf-empty-password/input.pdf'))
    const result = await run(['parse', '-'], {stdin: pdf})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).source).toMatchObject({path: '-', format: 'pdf'})
  })
})

describe('interruption', () => {
  it('stops a batch at once, prints what finished, and exits 130', async () => {
    const controller = new AbortController()
    // hang.txt blocks its worker; the run can only end because it is interrupted once a.txt is out.
    const result = await run(['parse', hang, '-f', 'ndjson', '--jobs', '2'], {env: hangEnv, signal: controller.signal, onStdout: () => controller.abort('SIGINT')})
    expect(result.code).toBe(130)
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source.path)).toEqual([join(hang, 'a-fine.txt')])
    expect(result.stderr).toBe('Parsed 1 of 3 files: 1 ok, 0 failed; interrupted\n')
  })

  it('leaves under --out-dir only complete outputs, and no temporary files', async () => {
    const out = join(scratch, 'interrupted')
    await mkdir(out)
    const controller = new AbortController()
    // Stop as soon as the first output is in place; the worker on hang.txt is ended with it.
    const watcher = watch(out, (_, name) => {
      if (name === 'a-fine.json') controller.abort('SIGINT')
    })
    try {
      const result = await run(['parse', hang, '--out-dir', out, '--jobs', '2'], {env: hangEnv, signal: controller.signal})
      expect(result.code).toBe(130)
      // The file may be written before its worker's report reaches the main thread: it may or may not be counted.
      expect(result.stderr).toMatch(/^Parsed [0-2] of 3 files: [0-2] ok, 0 failed; interrupted\n$/)
    } finally {
      watcher.close()
    }
    const written = await files(out)
    expect(written).toContain('a-fine.json')
    expect(written.filter((name) => !['a-fine.json', 'z-after.json'].includes(name))).toEqual([])
    for (const name of written) expect(JSON.parse(await readFile(join(out, name), 'utf8')).schemaVersion).toBe('1.0')
  })

  it('writes nothing for an interrupted single file, not even to --output', async () => {
    const controller = new AbortController()
    controller.abort('SIGTERM')
    expect(await run(['parse', sample], {signal: controller.signal})).toEqual({code: 143, stdout: '', stderr: ''})
    expect(await run(['parse', sample, '-o', 'never.json'], {signal: controller.signal})).toEqual({code: 143, stdout: '', stderr: ''})
    expect(existsSync(join(scratch, 'never.json'))).toBe(false)
  })

  it('removes the temporary files of its own process only', async () => {
    const folder = await mkdtemp(join(scratch, 'temporaries-'))
    const target = join(folder, 'a.json')
    const ours = temporaryPath(target)
    const otherProcess = join(folder, `.motie-tmp-a.json-${process.pid + 1}-abcdef`)
    await Promise.all([ours, otherProcess, join(folder, 'a.json')].map((path) => writeFile(path, 'x')))
    await removeTemporaries(target)
    expect(await files(folder)).toEqual([basename(otherProcess), 'a.json'].sort())
  })

  it('exits with 128 + the signal number, as a shell reports it', () => {
    expect([interruptedExitCode('SIGINT'), interruptedExitCode('SIGPIPE'), interruptedExitCode('SIGTERM')]).toEqual([130, 141, 143])
  })
})

describe('bin/motie.js and its process', () => {
  /** Start bin/motie.js; `onStart` runs at once, with the child. */
  function start(argv: string[], onStart: (child: ReturnType<typeof spawn>) => void) {
    const child = spawn(process.execPath, [bin, ...argv], {cwd: root, env: {...process.env, CI: '1', ...hangEnv}})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    onStart(child)
    return new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) => {
      child.on('close', (code, signal) => resolve({code, signal, stderr}))
    })
  }

  it('ends on Ctrl-C (SIGINT) with exit code 130 and the summary, no stack trace', async () => {
    // Sent once a-fine.txt is out, while a worker hangs on hang.txt.
    const result = await start(['parse', hang, '-f', 'ndjson', '--jobs', '2'], (child) => child.stdout!.once('data', () => child.kill('SIGINT')))
    expect(result).toMatchObject({code: 130, signal: null})
    expect(result.stderr).toMatch(/^Parsed [12] of 3 files: [12] ok, 0 failed; interrupted\n$/)
  })

  it('stops quietly when the reader has closed the pipe (`| head -1`), exit 141', async () => {
    // The pipe is closed before the first write; only that write's EPIPE can end the hang on hang.txt.
    const result = await start(['parse', hang, '-f', 'ndjson', '--jobs', '2'], (child) => child.stdout!.destroy())
    expect(result.code).toBe(141)
    expect(result.stderr).toMatch(/^Parsed [12] of 3 files: [12] ok, 0 failed; stopped: the output was closed\n$/)
  })
})

describe('colour', () => {
  const terminal = {isTTY: true}

  it('follows FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    expect(wantsColor(terminal, {})).toBe(true)
    expect(wantsColor({}, {})).toBe(false)
    expect(wantsColor(terminal, {NO_COLOR: '1'})).toBe(false)
    expect(wantsColor(terminal, {NO_COLOR: ''})).toBe(true)
    expect(wantsColor(terminal, {TERM: 'dumb'})).toBe(false)
    expect(wantsColor({}, {FORCE_COLOR: '1'})).toBe(true)
    expect(wantsColor(terminal, {FORCE_COLOR: '0'})).toBe(false)
    expect(wantsColor({}, {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true)
  })

  it('colours the validate report into a pipe under FORCE_COLOR', async () => {
    const result = await run(['validate', sample], {env: {FORCE_COLOR: '1'}})
    expect(result.stderr).toContain('\u001B[')
    expect((await run(['validate', sample])).stderr).not.toContain('\u001B[')
  })
})
