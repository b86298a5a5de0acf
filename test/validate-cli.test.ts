/**
 * `motie validate`, run in-process through `main()` with a fake environment,
 * and a few cases as the real `bin/motie.js` (which needs `npm run build`).
 * Every case works in a fresh folder of small archives.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../src/parse.js'
import type {JsonMessage} from '../src/report/json.js'
import {completeMotion, sampleDocument} from '../src/rules/samples.js'
import {runCli} from './util/cli.js'

const bin = fileURLToPath(new URL('../bin/motie.js', import.meta.url))

/** A motion without signatories: one warning. */
const unsigned = completeMotion.replace('Jan Jansen (GroenLinks)\n', '')

/** Motion `M12`, with a title of its own. */
const numbered = (title: string): string => completeMotion.replace('Motie Bomen in de stad', `Motie M12 ${title}`)

const tree: Record<string, string> = {
  'clean/ok.txt': completeMotion,
  'clean/doc.json': sampleDocument(),
  'clean/package.json': '{"name": "not-a-motion"}\n',
  'warn/unsigned.txt': unsigned,
  'batch/a-m12.txt': numbered('Bomen'),
  'batch/b-kapot.pdf': 'this is no PDF\n',
  'batch/c-m12.txt': numbered('Struiken'),
  'batch/d-oud.json': sampleDocument({date: '3 maart 2021'}),
  'batch/e-ok.txt': completeMotion,
  'bad-key/.motierc.json': '{"rules": {"no-such-rule": "warn"}}\n',
  'bad-key/ok.txt': completeMotion,
  'bad-level/.motierc.json': '{"rules": {"missing-title": "loud"}}\n',
  'bad-level/ok.txt': completeMotion,
  'configured/.motierc.json': '{"rules": {"missing-signatories": "off"}, "ignores": ["sub/skip/**"]}\n',
  'configured/sub/unsigned.txt': unsigned,
  'configured/sub/skip/kapot.pdf': 'this is no PDF\n',
  'strict.json': '{"rules": {"missing-signatories": "error"}}\n',
  'empty/notes.docx': 'not a motion\n'
}

let root: string

beforeAll(async () => {
  // A source beside the JSON that motie wrote from it: one motion, not two with the same number.
  const source = numbered('Bomen')
  tree['pair/m12.txt'] = source
  tree['pair/m12.json'] = JSON.stringify(await parse(new TextEncoder().encode(source), {path: 'pair/m12.txt'}))
  root = mkdtempSync(join(tmpdir(), 'motie-validate-'))
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), content)
  }
})

afterAll(() => {
  rmSync(root, {recursive: true, force: true})
})

function run(argv: string[], options: {cwd?: string; env?: Record<string, string>; tty?: boolean} = {}) {
  return runCli(['validate', ...argv], {...options, cwd: join(root, options.cwd ?? '')})
}

function messages(stdout: string): Array<Pick<JsonMessage, 'file' | 'ruleId' | 'severity'>> {
  return (JSON.parse(stdout) as JsonMessage[]).map(({file, ruleId, severity}) => ({file, ruleId, severity}))
}

describe('motie validate (in-process)', () => {
  it('exits 0 on a clean archive, skipping JSON that motie did not write', async () => {
    const result = await run(['clean'])
    expect(result).toEqual({code: 0, stdout: '', stderr: '2 files: no issues found\n'})
  })

  it('exits 0 on warnings, 1 with --frail', async () => {
    expect((await run(['warn'])).code).toBe(0)
    const frail = await run(['--frail', 'warn'])
    expect(frail.code).toBe(1)
    expect(frail.stderr).toContain('missing-signatories')
  })

  it('exits 1 with more warnings than --max-warnings, and says so', async () => {
    expect((await run(['--max-warnings', '1', 'warn'])).code).toBe(0)
    const over = await run(['--max-warnings', '0', 'warn'])
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('motie: 1 warnings, more than `--max-warnings 0`')
  })

  it('carries on past a broken file, and reports it with the others', async () => {
    const result = await run(['--reporter', 'json', 'batch'])
    expect(result.code).toBe(1)
    expect(messages(result.stdout)).toEqual([
      {file: 'batch/b-kapot.pdf', ruleId: 'parse-error', severity: 'error'},
      {file: 'batch/c-m12.txt', ruleId: 'duplicate-number', severity: 'error'},
      {file: 'batch/d-oud.json', ruleId: 'schema', severity: 'error'}
    ])
    expect(result.stdout).toContain('already used in `batch/a-m12.txt`')
    expect(result.stdout).toContain('`motions[0].date`')
  })

  it('does not count a JSON document as a duplicate of the source it was parsed from', async () => {
    expect(await run(['pair'])).toEqual({code: 0, stdout: '', stderr: '2 files: no issues found\n'})
  })

  it('reports a file that does not exist, and exits 1', async () => {
    const result = await run(['clean/ok.txt', 'clean/gone.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('clean/gone.txt\n')
    expect(result.stderr).toContain('Cannot read file: no such file')
  })

  it('reads only the extensions of --ext when walking', async () => {
    const result = await run(['--ext', 'txt', '--reporter', 'json', 'batch'])
    expect(messages(result.stdout).map((message) => message.file)).toEqual(['batch/c-m12.txt'])
  })

  it('expands globs, and exits 2 when one matches nothing', async () => {
    const result = await run(['--reporter', 'json', 'batch/*.txt'])
    expect(messages(result.stdout).map((message) => message.ruleId)).toEqual(['duplicate-number'])
    const none = await run(['batch/*.docx'])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe('motie: Cannot find files matching `batch/*.docx`\n')
  })

  it('finds files as `motie parse` does: exits 2 on a folder without files of --ext, and refuses stdin', async () => {
    expect(await run(['empty'])).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot find files in `empty`: no file ends in .pdf, .txt, .md, .json (see `--ext`)\n'})
    expect(await run(['--ext', 'pdf,', 'clean'])).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot use `--ext pdf,`: expected extensions separated by commas, such as `pdf,txt,md`\n'})
    expect(await run(['-'])).toEqual({code: 2, stdout: '', stderr: 'motie: Cannot validate stdin (`-`): name files, folders or globs\n'})
  })

  it('applies the ignores to named files too', async () => {
    const result = await run(['sub/skip/kapot.pdf', 'sub/unsigned.txt'], {cwd: 'configured'})
    expect(result).toEqual({code: 0, stdout: '', stderr: '1 file: no issues found\n'})
  })

  it('exits 2 on a config with an unknown rule, naming the key', async () => {
    const result = await run([], {cwd: 'bad-key'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('motie: Cannot use config `.motierc.json`: unexpected key `rules.no-such-rule`, expected a rule id\n')
  })

  it('exits 2 on a config with a bad level, naming the key', async () => {
    const result = await run([], {cwd: 'bad-level'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unexpected value at `rules.missing-title`')
  })

  it('finds the config above the working folder, with its levels and ignores', async () => {
    const result = await run([], {cwd: 'configured/sub'})
    expect(result).toEqual({code: 0, stdout: '', stderr: '1 file: no issues found\n'})
  })

  it('uses --config instead of searching, and exits 2 when it is missing', async () => {
    expect((await run(['--config', 'strict.json', 'warn'])).code).toBe(1)
    const missing = await run(['--config', 'nope.json', 'warn'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('motie: Cannot read config `nope.json`: no such file\n')
  })

  it('exits 2 on bad options, before reading any file', async () => {
    expect((await run(['--max-warnings', 'some', 'clean'])).code).toBe(2)
    expect((await run(['--reporter', 'xml', 'clean'])).code).toBe(2)
  })

  it('reports errors only with --quiet', async () => {
    const result = await run(['--quiet', '--reporter', 'json', 'warn', 'batch/b-kapot.pdf'])
    expect(messages(result.stdout).map((message) => message.ruleId)).toEqual(['parse-error'])
  })

  it('writes data reporters to stdout and the human report to stderr', async () => {
    for (const reporter of ['json', 'github', 'sarif']) {
      const result = await run(['--reporter', reporter, 'warn'])
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('missing-signatories')
    }
    const human = await run(['warn'])
    expect(human.stdout).toBe('')
    expect(human.stderr).toContain('warn/unsigned.txt\n')
  })

  it('colours the human report only on a terminal without NO_COLOR', async () => {
    expect((await run(['warn'], {tty: true})).stderr).toContain('\u001B[')
    expect((await run(['warn'], {tty: true, env: {NO_COLOR: '1'}})).stderr).not.toContain('\u001B[')
    expect((await run(['warn'], {tty: false})).stderr).not.toContain('\u001B[')
  })
})

describe('motie validate (bin/motie.js)', () => {
  const spawn = (args: string[], cwd = '') => spawnSync(process.execPath, [bin, 'validate', ...args], {cwd: join(root, cwd), encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})

  it.each([
    ['a clean archive', ['clean'], '', 0],
    ['warnings', ['warn'], '', 0],
    ['warnings with --frail', ['--frail', 'warn'], '', 1],
    ['warnings over --max-warnings', ['--max-warnings', '0', 'warn'], '', 1],
    ['a batch with a broken file', ['batch'], '', 1],
    ['a bad config', [], 'bad-key', 2]
  ])('%s', (_, args, cwd, code) => {
    const result = spawn(args, cwd)
    expect(result.status).toBe(code)
    if (code === 2) expect(result.stderr).toContain('`rules.no-such-rule`')
    if (args.includes('batch')) expect(result.stderr).toContain('Cannot parse PDF')
  })
})
