/**
 * Batch conversion: discovery, `--out-dir`, `--skip-unchanged`, `--shard`,
 * `--jobs`, `--timeout`, `--fail-fast`, progress and exit codes. Runs `main()`
 * in-process (its workers run the build in `dist/`, which `npm test` makes
 * first) and, for a few cases, the real `bin/motie.js`.
 *
 * Scenarios live in `fixtures/batch/`: `archive/` (three small motions in
 * nested folders, plus a `.json` file that is not an input), `broken/` (an
 * empty file, a binary file, a folder named `folder.txt`, and one good file),
 * and `hang/` (with `hang.txt`, which the test-only `MOTIE_TEST_HANG_MS`
 * makes a worker block on).
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {commonBase, planOutputs} from '../src/batch/plan.js'
import {InOrder} from '../src/batch/in-order.js'
import {wantsBar} from '../src/batch/progress.js'
import {parseShard, takeShard} from '../src/batch/shard.js'
import {pluralize, summaryLine, Tally} from '../src/batch/summary.js'
import {ExistsError, writeNew} from '../src/batch/write-new.js'
import {writeAtomic} from '../src/cli/write.js'
import {runCli, type CliRun} from './util/cli.js'

// Each run starts worker threads, and some cases make several runs.
vi.setConfig({testTimeout: 60_000})

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'motie.js')
const archive = 'fixtures/batch/archive'
const broken = 'fixtures/batch/broken'
const hang = 'fixtures/batch/hang'
const archiveFiles = [`${archive}/2021/a-fietspaden.txt`, `${archive}/2021/moties/b-bomen.md`, `${archive}/2022/c-speeltuin.txt`]

type Run = CliRun
const run = runCli

async function spawnBin(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [bin, ...argv], {cwd: root, env: {...process.env, CI: '1', ...env}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}

const paths = (ndjson: string): string[] =>
  ndjson
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).source.path)

/** Every file below `folder`, relative to it, sorted. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort()
}

let scratch: string

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) throw new Error('Workers run the build: run `npm run build` (or `npm test`) first')
  scratch = await mkdtemp(join(tmpdir(), 'motie-batch-'))
})

afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

/** A fresh copy of `fixtures/batch/archive` as `<tmp>/archive`; returns the tmp folder. */
async function copyArchive(): Promise<string> {
  const folder = await mkdtemp(join(scratch, 'case-'))
  await cp(join(root, archive), join(folder, 'archive'), {recursive: true})
  return folder
}

describe('discovery', () => {
  it('walks folders recursively, keeps --ext files only, and sorts by path', async () => {
    const result = await run(['parse', archive, '-f', 'ndjson'])
    expect(result.code).toBe(0)
    expect(paths(result.stdout)).toEqual(archiveFiles)
    expect(result.stderr).toBe('Parsed 3 files: 3 ok, 0 failed\n')
  })

  it('skips hidden files and folders and node_modules when walking, for parse and validate alike', async () => {
    const folder = await copyArchive()
    const binary = Buffer.from([0, 1, 2, 3, 0, 0, 0, 0])
    for (const path of ['archive/.concept.txt', 'archive/.drafts/x.txt', 'archive/node_modules/pkg/readme.md']) {
      await mkdir(join(folder, path, '..'), {recursive: true})
      await writeFile(join(folder, path), binary)
    }
    const parsed = await run(['parse', 'archive', '-f', 'ndjson'], {cwd: folder})
    expect(paths(parsed.stdout)).toEqual(archiveFiles.map((file) => relative(join(archive, '..'), file)))
    // Reading any of the skipped files would be a `parse-error`.
    expect(await run(['validate', 'archive', '--ext', 'txt,md', '--reporter', 'json'], {cwd: folder})).toEqual({code: 0, stdout: '[]\n', stderr: ''})
    // Named, a hidden file is read.
    expect((await run(['parse', 'archive/.concept.txt'], {cwd: folder})).stderr).toBe('archive/.concept.txt: Cannot parse: the file is binary, not text\n')
  })

  it('takes only the extensions of --ext from folders', async () => {
    const result = await run(['parse', archive, '-f', 'ndjson', '--ext', '.TXT'])
    expect(paths(result.stdout)).toEqual([archiveFiles[0], archiveFiles[2]])
  })

  it('takes every match of a glob pattern, whatever --ext says', async () => {
    const result = await run(['parse', `${archive}/**/*.md`, '-f', 'ndjson', '--ext', 'pdf'])
    expect(paths(result.stdout)).toEqual([archiveFiles[1]])
  })

  it('parses a file named by several arguments once, under the name of the first', async () => {
    const result = await run(['parse', `./${archiveFiles[2]}`, archive, `./${archiveFiles[0]}`, '-f', 'ndjson'])
    expect(paths(result.stdout)).toEqual([archiveFiles[0], archiveFiles[1], `./${archiveFiles[2]}`])
  })

  it('reads stdin as `-`, first', async () => {
    const text = await readFile(join(root, archiveFiles[0]!), 'utf8')
    const result = await run(['parse', archiveFiles[2]!, '-', '-f', 'ndjson'], {stdin: text})
    expect(paths(result.stdout)).toEqual(['-', archiveFiles[2]])
  })

  it('skips a folder named like a text file, and refuses it as the only argument', async () => {
    expect(paths((await run(['parse', broken, '-f', 'ndjson'])).stdout)).toEqual([`${broken}/ok.txt`])
    const result = await run(['parse', `${broken}/folder.txt`])
    expect(result).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot find files in `fixtures/batch/broken/folder.txt`: no file ends in .pdf, .txt, .md (see `--ext`)\n'})
  })

  it('refuses a pattern that matches nothing (exit 2)', async () => {
    expect(await run(['parse', archive, 'fixtures/batch/*.nope'])).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot find files matching `fixtures/batch/*.nope`\n'})
  })
})

describe('a batch with broken files', () => {
  it('reports each bad file in one line, goes on, and exits 1', async () => {
    const result = await run(['parse', broken, archive, '-f', 'ndjson'])
    expect(result.code).toBe(1)
    expect(paths(result.stdout)).toEqual([...archiveFiles, `${broken}/ok.txt`])
    expect(result.stderr).toBe(
      [
        `${broken}/binary.txt: Cannot parse: the file is binary, not text`,
        `${broken}/empty.txt: Cannot parse: the file is empty`,
        'Parsed 6 files: 4 ok, 2 failed',
        ''
      ].join('\n')
    )
  })

  it('prints a JSON array even when one document is left', async () => {
    const result = await run(['parse', broken])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toHaveLength(1)
  })

  it('stops at the first failure with --fail-fast and writes no output', async () => {
    const result = await run(['parse', broken, '--fail-fast', '--jobs', '1'])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `${broken}/binary.txt: Cannot parse: the file is binary, not text\nParsed 1 of 3 files: 0 ok, 1 failed; stopped at the first failure (--fail-fast)\n`
    })
  })

  it('prints only failures with --quiet', async () => {
    const result = await run(['parse', broken, '-q', '-f', 'ndjson'])
    expect(result.stderr).toBe(`${broken}/binary.txt: Cannot parse: the file is binary, not text\n${broken}/empty.txt: Cannot parse: the file is empty\n`)
  })
})

describe('--jobs', () => {
  it.each(['json', 'ndjson', 'md', 'csv'])('gives the same %s output and reports for --jobs 1 and --jobs 2', async (format) => {
    const args = ['parse', archive, broken, hang, '-f', format]
    const one = await run([...args, '--jobs', '1'])
    const two = await run([...args, '--jobs', '2'])
    expect(one.code).toBe(1)
    // Every good file is in the output, in input order, so that the comparison below says something.
    const titles = ['Veilige fietspaden', 'bomen', 'speeltuin']
    const at = titles.map((title) => one.stdout.toLowerCase().indexOf(title.toLowerCase()))
    expect(at.every((position) => position >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(two).toEqual(one)
  })

  it('writes the same files for --jobs 1 and --jobs 2', async () => {
    const folder = await copyArchive()
    await run(['parse', 'archive', '--out-dir', 'one', '--jobs', '1'], {cwd: folder})
    await run(['parse', 'archive', '--out-dir', 'two', '--jobs', '3'], {cwd: folder})
    const files = await tree(join(folder, 'one'))
    expect(files).toHaveLength(3)
    expect(await tree(join(folder, 'two'))).toEqual(files)
    for (const file of files) expect(await readFile(join(folder, 'two', file), 'utf8')).toBe(await readFile(join(folder, 'one', file), 'utf8'))
  })
})

describe('--out-dir', () => {
  it('mirrors paths below the common folder of the arguments, with the format’s extension', async () => {
    const folder = await copyArchive()
    const result = await run(['parse', 'archive', '--out-dir', 'out'], {cwd: folder})
    expect(result).toEqual({code: 0, stdout: '', stderr: 'Parsed 3 files: 3 ok, 0 failed\n'})
    expect(await tree(join(folder, 'out'))).toEqual(['2021/a-fietspaden.json', '2021/moties/b-bomen.json', '2022/c-speeltuin.json'])
    // Each output is what a single run prints for that input.
    const single = await run(['parse', 'archive/2021/moties/b-bomen.md'], {cwd: folder})
    expect(await readFile(join(folder, 'out/2021/moties/b-bomen.json'), 'utf8')).toBe(single.stdout)
  })

  it.each([
    [['archive/**/*.txt'], ['2021/a-fietspaden.md', '2022/c-speeltuin.md']],
    [['archive/2022/c-speeltuin.txt'], ['c-speeltuin.md']],
    [['archive/2021/moties', 'archive/2022/c-speeltuin.txt'], ['2021/moties/b-bomen.md', '2022/c-speeltuin.md']]
  ])('mirrors %j from the static part of patterns and the folder of files', async (args, expected) => {
    const folder = await copyArchive()
    const parsed = await run(['parse', ...args, '--out-dir', 'out', '-f', 'md'], {cwd: folder})
    expect(parsed).toEqual({code: 0, stdout: '', stderr: `Parsed ${pluralize(expected.length, 'file')}: ${expected.length} ok, 0 failed\n`})
    expect(await tree(join(folder, 'out'))).toEqual(expected)
  })

  it('does not overwrite outputs without --force', async () => {
    const folder = await copyArchive()
    await run(['parse', 'archive', '--out-dir', 'out'], {cwd: folder})
    const output = join(folder, 'out/2022/c-speeltuin.json')
    await writeFile(output, 'mine\n')

    const again = await run(['parse', 'archive', '--out-dir', 'out'], {cwd: folder})
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('archive/2022/c-speeltuin.txt: Cannot write `out/2022/c-speeltuin.json`: it exists; use `--force` to overwrite it\n')
    expect(again.stderr).toMatch(/Parsed 3 files: 0 ok, 3 failed\n$/)
    expect(await readFile(output, 'utf8')).toBe('mine\n')

    expect((await run(['parse', 'archive', '--out-dir', 'out', '--force'], {cwd: folder})).code).toBe(0)
    expect(JSON.parse(await readFile(output, 'utf8')).source.path).toBe('archive/2022/c-speeltuin.txt')
    expect((await readdir(join(folder, 'out/2022'))).filter((name) => name.startsWith('.motie-tmp'))).toEqual([])
  })

  it('does not take the outputs of an --out-dir inside the archive as inputs', async () => {
    const folder = await copyArchive()
    expect(await run(['parse', 'archive', '--out-dir', 'archive/out', '-f', 'md'], {cwd: folder})).toEqual({code: 0, stdout: '', stderr: 'Parsed 3 files: 3 ok, 0 failed\n'})
    const again = await run(['parse', 'archive', '--out-dir', 'archive/out', '-f', 'md', '--force'], {cwd: folder})
    expect(again.stderr).toBe('Parsed 3 files: 3 ok, 0 failed\n')
  })

  it.each([
    [['archive', '-o', 'x.json', '--out-dir', 'out'], 'motie: Cannot accept both `--output` and `--out-dir`\n'],
    [['-', '--out-dir', 'out'], 'motie: Cannot write stdin (`-`) to `--out-dir`: it has no file name; use `--output` or stdout\n'],
    [['archive/2021/moties', '--out-dir', 'archive/2021/moties', '-f', 'md'], 'motie: Cannot write the output of `archive/2021/moties/b-bomen.md` over an input (`b-bomen.md` in `--out-dir`); choose another `--out-dir`\n'],
    [['archive/2021/a-fietspaden.txt', 'archive/2021/a-fietspaden.md', '--out-dir', 'out'], 'motie: Cannot write both `archive/2021/a-fietspaden.md` and `archive/2021/a-fietspaden.txt` to `a-fietspaden.json` in `--out-dir`; rename one or parse them separately\n'],
    [['archive', '--out-dir', 'archive/2022/c-speeltuin.txt'], 'motie: Cannot use `--out-dir archive/2022/c-speeltuin.txt`: it is a file\n']
  ])('refuses %j before touching any file (exit 2)', async (args, stderr) => {
    const folder = await copyArchive()
    await cp(join(folder, 'archive/2021/a-fietspaden.txt'), join(folder, 'archive/2021/a-fietspaden.md'))
    const before = await tree(folder)
    expect(await run(['parse', ...args], {cwd: folder})).toEqual({code: 2, stdout: '', stderr})
    expect(await tree(folder)).toEqual(before)
  })
})

describe('--skip-unchanged', () => {
  it('skips outputs that are newer and record the same source hash (JSON)', async () => {
    const folder = await copyArchive()
    await run(['parse', 'archive', '--out-dir', 'out'], {cwd: folder})
    const output = join(folder, 'out/2022/c-speeltuin.json')
    const written = (await stat(output)).mtimeMs

    const again = await run(['parse', 'archive', '--out-dir', 'out', '--skip-unchanged'], {cwd: folder})
    expect(again).toEqual({code: 0, stdout: '', stderr: 'Parsed 3 files: 0 ok, 3 unchanged, 0 failed\n'})
    expect((await stat(output)).mtimeMs).toBe(written)

    // A changed input is parsed again; its old output is replaced only with --force.
    const input = join(folder, 'archive/2022/c-speeltuin.txt')
    await writeFile(input, (await readFile(input, 'utf8')).replace('Leiden', 'Delft'))
    const future = new Date(Date.now() + 60_000)
    await utimes(input, future, future)
    const stale = await run(['parse', 'archive', '--out-dir', 'out', '--skip-unchanged'], {cwd: folder})
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/c-speeltuin\.txt: Cannot write `out\/2022\/c-speeltuin\.json`: it exists/)
    const forced = await run(['parse', 'archive', '--out-dir', 'out', '--skip-unchanged', '--force'], {cwd: folder})
    expect(forced.stderr).toBe('Parsed 3 files: 1 ok, 2 unchanged, 0 failed\n')
    expect(JSON.parse(await readFile(output, 'utf8')).motions[0].assembly.name).toBe('Delft')
  })

  it('parses again when the output is newer but the hash differs, or older with the same hash', async () => {
    const folder = await copyArchive()
    await run(['parse', 'archive', '--out-dir', 'out', '-f', 'ndjson'], {cwd: folder})
    const input = join(folder, 'archive/2021/a-fietspaden.txt')
    const output = join(folder, 'out/2021/a-fietspaden.ndjson')
    await writeFile(input, (await readFile(input, 'utf8')) + '\n')
    const future = new Date(Date.now() + 60_000)
    await utimes(output, future, future)
    const past = new Date(Date.now() - 60_000)
    await utimes(join(folder, 'out/2022/c-speeltuin.ndjson'), past, past)

    const result = await run(['parse', 'archive', '--out-dir', 'out', '-f', 'ndjson', '--skip-unchanged', '--force'], {cwd: folder})
    expect(result.stderr).toBe('Parsed 3 files: 2 ok, 1 unchanged, 0 failed\n')
  })

  it('keeps the hash of Markdown and CSV outputs in a hidden sidecar, with the CSV options', async () => {
    const folder = await copyArchive()
    const csv = ['parse', 'archive', '--out-dir', 'out', '-f', 'csv', '--skip-unchanged', '--force']
    expect((await run(csv, {cwd: folder})).stderr).toBe('Parsed 3 files: 3 ok, 0 failed\n')
    expect(await tree(join(folder, 'out/2022'))).toEqual(['.c-speeltuin.csv.motie.json', 'c-speeltuin.csv'])
    expect((await run(csv, {cwd: folder})).stderr).toBe('Parsed 3 files: 0 ok, 3 unchanged, 0 failed\n')
    expect((await run([...csv, '--delimiter', ';'], {cwd: folder})).stderr).toBe('Parsed 3 files: 3 ok, 0 failed\n')
    // Sidecars are hidden: a walk of the output folder does not see them.
    expect(paths((await run(['parse', 'out', '--ext', 'csv,json', '-f', 'ndjson'], {cwd: folder})).stdout)).toHaveLength(3)
  })

  it('needs --out-dir (exit 2)', async () => {
    expect((await run(['parse', archive, '--skip-unchanged'])).code).toBe(2)
  })
})

describe('--shard', () => {
  it('splits the sorted inputs into disjoint shards that cover them all, the same on every run', async () => {
    const args = ['parse', archive, broken, '-f', 'ndjson', '-q']
    const runs = await Promise.all(['1/2', '2/2'].map(async (shard) => run([...args, '--shard', shard])))
    expect(runs.map((result) => result.stderr)).toEqual([`${broken}/empty.txt: Cannot parse: the file is empty\n`, `${broken}/binary.txt: Cannot parse: the file is binary, not text\n`])
    const shards = runs.map((result) => paths(result.stdout))
    // Sorted: a, b, c, broken/binary, broken/empty, broken/ok; shard 1 takes positions 0, 2, 4.
    expect(shards).toEqual([
      [archiveFiles[0], archiveFiles[2]],
      [archiveFiles[1], `${broken}/ok.txt`]
    ])
    expect(paths((await run([...args, '--shard', '2/2'])).stdout)).toEqual(shards[1])
  })

  it('writes the same paths under --out-dir as an unsharded run', async () => {
    const folder = await copyArchive()
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = await run(['parse', 'archive', '--out-dir', 'out', '--shard', shard], {cwd: folder})
      expect(result.stderr).toBe('Parsed 1 file: 1 ok, 0 failed\n')
    }
    expect(await tree(join(folder, 'out'))).toEqual(['2021/a-fietspaden.json', '2021/moties/b-bomen.json', '2022/c-speeltuin.json'])
  })

  it.each(['0/2', '3/2', '1/0', 'one/two', '1/2/3'])('refuses --shard %s (exit 2)', async (shard) => {
    const result = await run(['parse', archive, '--shard', shard])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`motie: Cannot use \`--shard ${shard}\`: expected K/N with 1 ≤ K ≤ N, such as \`--shard 1/4\`\n`)
  })

  it('takes every N-th item', () => {
    expect(takeShard([0, 1, 2, 3, 4, 5, 6], parseShard('2/3'))).toEqual([1, 4])
  })
})

describe('--timeout', () => {
  // Longer than the test's own time limit: only --timeout can end the file in time.
  const env = {MOTIE_TEST_HANG_MS: '600000'}

  it.each(['1', '2'])('stops a file that hangs, reports it, and goes on (--jobs %s)', async (jobs) => {
    const result = await run(['parse', hang, '-f', 'ndjson', '--timeout', '0.5', '--jobs', jobs], {env})
    expect(result.code).toBe(1)
    expect(paths(result.stdout)).toEqual([`${hang}/a-fine.txt`, `${hang}/z-after.txt`])
    expect(result.stderr).toBe(`${hang}/hang.txt: Cannot parse: stopped after 0.5 s (raise \`--timeout\` for very large files)\nParsed 3 files: 2 ok, 1 failed\n`)
  })

  it('holds for a single file when given', async () => {
    const result = await run(['parse', `${hang}/hang.txt`, '--timeout', '0.5'], {env})
    expect(result).toEqual({code: 1, stdout: '', stderr: `${hang}/hang.txt: Cannot parse: stopped after 0.5 s (raise \`--timeout\` for very large files)\n`})
  })
})

describe('exit codes and option checks', () => {
  it.each([
    [['--jobs', '0'], 'motie: Cannot use `--jobs 0`: expected a whole number of at least 1\n'],
    [['--jobs', '1.5'], 'motie: Cannot use `--jobs 1.5`: expected a whole number of at least 1\n'],
    [['--timeout', '-1'], 'motie: Cannot use `--timeout -1`: expected a number of seconds (`0` for no limit)\n'],
    [['--ext', 'pdf,'], 'motie: Cannot use `--ext pdf,`: expected extensions separated by commas, such as `pdf,txt,md`\n'],
    [['-', '-'], 'motie: Cannot read stdin (`-`) more than once\n'],
    [['-o', `${archive}/2022/c-speeltuin.txt`], `motie: Cannot write \`--output ${archive}/2022/c-speeltuin.txt\`: it is one of the inputs\n`]
  ])('exits 2 for %j', async (args, stderr) => {
    expect(await run(['parse', archive, ...args])).toEqual({code: 2, stdout: '', stderr})
  })

  it('exits 0 when every file parsed, also for an empty shard', async () => {
    expect((await run(['parse', archive, '-q'])).code).toBe(0)
    expect(await run(['parse', `${archive}/2021/a-fietspaden.txt`, '--shard', '2/2'])).toEqual({code: 0, stdout: '[]\n', stderr: 'Parsed 0 files: 0 ok, 0 failed\n'})
  })
})

describe('progress', () => {
  it('draws a bar on a terminal, then clears it for the summary', async () => {
    const result = await run(['parse', archive, broken, '-f', 'ndjson'], {tty: true})
    expect(result.stderr).toContain('files/s')
    expect(result.stderr).toContain(`${broken}/empty.txt: Cannot parse: the file is empty\n`)
    expect(result.stderr).toMatch(/Parsed 6 files: 4 ok, 2 failed\n$/)
  })

  it('prints only the summary when CI is set', async () => {
    const result = await run(['parse', archive, '-f', 'ndjson'], {tty: true, env: {CI: 'true'}})
    expect(result.stderr).toBe('Parsed 3 files: 3 ok, 0 failed\n')
  })

  it('decides on a bar: only when stderr is a terminal and CI is not set', () => {
    expect(wantsBar({stderr: {write: () => true, isTTY: true}, env: {}})).toBe(true)
    expect(wantsBar({stderr: {write: () => true, isTTY: true}, env: {CI: 'true'}})).toBe(false)
    expect(wantsBar({stderr: {write: () => true, isTTY: true}, env: {CI: '1'}})).toBe(false)
    expect(wantsBar({stderr: {write: () => true, isTTY: false}, env: {}})).toBe(false)
    expect(wantsBar({stderr: {write: () => true}, env: {}})).toBe(false)
  })

  it('formats the summary line', () => {
    const tally = Object.assign(new Tally(), {ok: 1199, failed: 5})
    expect(summaryLine(tally, 1204)).toBe('Parsed 1,204 files: 1,199 ok, 5 failed')
    const mixed = Object.assign(new Tally(), {ok: 2, withErrors: 1, unchanged: 3, failed: 1})
    expect(summaryLine(mixed, 10, 'fail-fast')).toBe('Parsed 7 of 10 files: 2 ok, 1 with errors, 3 unchanged, 1 failed; stopped at the first failure (--fail-fast)')
    expect(pluralize(1, 'file')).toBe('1 file')
  })
})

describe('building blocks', () => {
  it('finds the common base of folders', () => {
    expect(commonBase(['/a/b/c', '/a/b/d/e', '/a/b'])).toBe('/a/b')
    expect(commonBase(['/a/bc', '/a/b'])).toBe('/a')
  })

  it('never plans an output outside --out-dir', () => {
    const input = {kind: 'file' as const, path: '/elsewhere/x.txt', display: 'x.txt', walked: false}
    expect(() => planOutputs([input], {outDir: '/out', base: '/archive', extension: '.json'})).toThrow(/outside `--out-dir`/)
  })

  it('writes atomically: a failed write leaves the old file and no temporary file', async () => {
    const folder = await mkdtemp(join(scratch, 'write-'))
    const target = join(folder, 'out.json')
    await writeAtomic(target, 'old\n')
    await writeAtomic(target, 'new\n')
    expect(await readFile(target, 'utf8')).toBe('new\n')
    // A folder in the way makes the rename fail after the content was written.
    await mkdir(join(folder, 'busy.json', 'inside'), {recursive: true})
    await expect(writeAtomic(join(folder, 'busy.json'), 'x')).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['busy.json', 'out.json'])
  })

  it('writes a new file once: of two writers to one name, one wins and the other is told it exists', async () => {
    const folder = await mkdtemp(join(scratch, 'write-new-'))
    const target = join(folder, 'sub', 'out.json')
    const results = await Promise.allSettled([writeNew(target, 'first\n'), writeNew(target, 'second\n')])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = results.find((result) => result.status === 'rejected')
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ExistsError)
    expect(['first\n', 'second\n']).toContain(await readFile(target, 'utf8'))
    expect(await readdir(join(folder, 'sub'))).toEqual(['out.json'])
  })

  it('counts files with error messages, and failed files, towards exit code 1; warnings and skips not', () => {
    const tally = new Tally()
    tally.count({status: 'written', messages: [{ruleId: 'no-motion', severity: 'warning', reason: 'Unexpected file without a motion'}]})
    tally.count({status: 'unchanged'})
    expect([tally.ok, tally.unchanged, tally.anyFailed]).toEqual([1, 1, false])
    tally.count({status: 'written', messages: [{ruleId: 'some-check', severity: 'error', reason: 'Unexpected thing'}]})
    expect([tally.withErrors, tally.anyFailed]).toEqual([1, true])
    const failed = new Tally()
    failed.count({status: 'failed', reason: 'Cannot parse: the file is empty'})
    expect([failed.failed, failed.anyFailed]).toEqual([1, true])
  })

  it('releases results in index order', () => {
    const released: number[] = []
    const order = new InOrder<number>((value) => released.push(value))
    order.add(2, 2)
    order.add(0, 0)
    expect(released).toEqual([0])
    order.add(1, 1)
    order.add(4, 4)
    order.flush()
    expect(released).toEqual([0, 1, 2, 4])
  })
})

describe('bin/motie.js', () => {
  it('parses a batch with broken files', async () => {
    const result = await spawnBin(['parse', broken, archive, '-f', 'ndjson'])
    expect(result.code).toBe(1)
    expect(paths(result.stdout)).toHaveLength(4)
    expect(result.stderr).toMatch(/^fixtures\/batch\/broken\/binary\.txt: Cannot parse: the file is binary, not text\n.*\nParsed 6 files: 4 ok, 2 failed\n$/)
  })

  it('ends a hanging file with --timeout', async () => {
    const result = await spawnBin(['parse', hang, '-f', 'ndjson', '--timeout', '1', '--jobs', '2'], {MOTIE_TEST_HANG_MS: '600000'})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${hang}/hang.txt: Cannot parse: stopped after 1 s`)
  })

  it('writes a shard into --out-dir', async () => {
    const folder = await copyArchive()
    const result = await spawnBin(['parse', join(folder, 'archive'), '--out-dir', join(folder, 'out'), '--shard', '1/2'])
    expect(result).toEqual({code: 0, stdout: '', stderr: 'Parsed 2 files: 2 ok, 0 failed\n'})
    expect(await tree(join(folder, 'out'))).toEqual(['2021/a-fietspaden.json', '2022/c-speeltuin.json'])
  })

  it('exits 2 on conflicting options', async () => {
    const result = await spawnBin(['parse', archive, '--shard', '3/2'])
    expect(result.code).toBe(2)
  })
})

describe('formatCount', () => {
  it('groups thousands as the English locale does', async () => {
    const {formatCount} = await import('../src/report/pluralize.js')
    for (const count of [0, 7, 999, 1000, 12345, 1234567, -4321]) expect(formatCount(count)).toBe(count.toLocaleString('en'))
  })
})
