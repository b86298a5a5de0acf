/**
 * Every reporter, compared whole with a golden file in `test/golden/report/`.
 *
 * `UPDATE=1 npx vitest run test/report.test.ts` rewrites the golden files
 * (never when `CI` is set); a missing golden file fails, so that no output is
 * accepted without being read.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {reporters, type ReportOptions, type ReporterName} from '../src/report/index.js'
import {rules} from '../src/rules/index.js'
import {parseError} from '../src/validate/fatal.js'

const golden = new URL('golden/report/', import.meta.url)

function expectGolden(name: string, actual: string): void {
  const url = new URL(name, golden)
  if ('UPDATE' in process.env && !('CI' in process.env)) {
    mkdirSync(golden, {recursive: true})
    writeFileSync(url, actual)
    return
  }
  if (!existsSync(url)) throw new Error(`Missing golden file \`test/golden/report/${name}\`: run with UPDATE=1 and read it`)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

/** A message as the rules and the runner make them. */
function add(
  file: VFile,
  reason: string,
  ruleId: string,
  fatal: boolean,
  place?: VFileMessage['place'],
  extra: {page?: number; cause?: VFileMessage} = {}
): VFileMessage {
  const message = file.message(reason, {place, ruleId, source: 'motie', cause: extra.cause})
  message.fatal = fatal
  message.url = `https://github.com/motie/motie#rule-${ruleId}`
  if (extra.page !== undefined) message.page = extra.page
  return message
}

const range = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: {line, column},
  end: {line: endLine, column: endColumn}
})

/** A run of five files: clean, with warnings and an error, on PDF pages, unreadable, with an awkward name. */
function files(): VFile[] {
  const clean = new VFile({path: 'archief/2021/clean.txt'})

  const bundle = new VFile({path: 'archief/2021/bundel.txt'})
  add(bundle, 'Unexpected motion without a title, expected a title line (`Motie <titel>`)', 'missing-title', false, range(1, 1, 9, 24))
  const cause = new VFileMessage('First motion numbered `M12` in `archief/2021/a.txt`', {place: range(1, 1, 1, 16), ruleId: 'duplicate-number', source: 'motie'})
  add(bundle, 'Unexpected motion number `M12`, already used in `archief/2021/a.txt`, expected a unique number', 'duplicate-number', true, range(12, 1, 12, 19), {cause})

  const pdf = new VFile({path: 'archief/2022/motie.pdf'})
  add(pdf, 'Unexpected date without a year (`3 maart`), expected a full date; motie inferred `2022`', 'inferred-date', false, range(3, 1, 3, 63), {page: 2})
  add(pdf, 'Unexpected motion without signatories, expected names or parties below it', 'missing-signatories', false, range(1, 1, 40, 12), {page: 1})

  const broken = new VFile({path: 'archief/2022/kapot.pdf'})
  add(broken, 'Cannot parse PDF: the file is not a PDF', 'parse-error', true)

  const awkward = new VFile({path: 'archief/2023/motie 7, def:1.txt'})
  add(awkward, 'Unexpected footnote `2` that no clause refers to, expected a marker `2` in a clause', 'footnote-unused', false, range(20, 1, 20, 19))

  return [pdf, clean, awkward, broken, bundle]
}

const options: ReportOptions = {rules: [...rules, parseError], version: '0.0.0-test'}

const cases: Array<[string, ReporterName, ReportOptions]> = [
  ['human.txt', 'human', options],
  ['human-quiet.txt', 'human', {...options, quiet: true}],
  ['human-verbose.txt', 'human', {...options, verbose: true}],
  ['json.json', 'json', options],
  ['json-quiet.json', 'json', {...options, quiet: true}],
  ['github.txt', 'github', options],
  ['sarif.json', 'sarif', options]
]

describe('reporters', () => {
  it.each(cases)('%s', (name, reporter, settings) => {
    expectGolden(name, reporters[reporter].report(files(), settings))
  })

  it('human: says so when nothing was found, and nothing at all when quiet', () => {
    const clean = [new VFile({path: 'a.txt'}), new VFile({path: 'b.txt'})]
    expect(reporters.human.report(clean)).toBe('2 files: no issues found\n')
    expect(reporters.human.report(clean, {quiet: true})).toBe('')
  })

  it('human: colours only when asked', () => {
    expect(reporters.human.report(files(), {color: true})).toContain('\u001B[')
    expect(reporters.human.report(files(), {color: false})).not.toContain('\u001B[')
  })

  it('github: adds a notice when there are more annotations than GitHub shows', () => {
    const file = new VFile({path: 'veel.txt'})
    for (let line = 1; line <= 11; line++) add(file, `Unexpected thing ${line}, expected none`, 'missing-title', true, range(line, 1, line, 5))
    expectGolden('github-limit.txt', reporters.github.report([file]))
  })

  it('sarif: lists every rule once, in a stable order, with parse-error last', () => {
    const log = JSON.parse(reporters.sarif.report([], options)) as {runs: Array<{tool: {driver: {rules: Array<{id: string}>}}}>}
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual([...rules.map((rule) => rule.id), 'parse-error'])
  })

  it('machine reporters print the same for the same files in any order', () => {
    for (const name of ['json', 'github', 'sarif'] as const) {
      expect(reporters[name].report(files().reverse(), options)).toBe(reporters[name].report(files(), options))
    }
  })
})
