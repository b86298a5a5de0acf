/**
 * The help texts against the README's CLI reference: every option in both,
 * with the same default, and examples at the end of every help.
 */
import {readFileSync} from 'node:fs'
import {Readable} from 'node:stream'
import type {Command, Option} from 'commander'
import {describe, expect, it} from 'vitest'
import {createProgram, main} from '../src/cli/main.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

const io = {argv: [], cwd: '.', env: {}, stdin: Readable.from([]), stdout: {write: () => true}, stderr: {write: () => true}}
const program = createProgram(io, () => {})

/** The rows `| flags | default | meaning |` of the options table under the README heading `heading`. */
function readmeOptions(heading: string): Map<string, string> {
  const section = readme.slice(readme.indexOf(heading))
  const table = section.slice(section.indexOf('| option |'), section.indexOf('\n\n', section.indexOf('| option |')))
  const rows = table.split('\n').slice(2)
  return new Map(rows.map((row) => row.split(' | ').map((cell) => cell.replace(/^\| ?/, '').trim())).map(([flags, value]) => [flags!.replace(/^`|`$/g, ''), value!]))
}

async function help(argv: string[]): Promise<string> {
  let stdout = ''
  const code = await main({...io, argv, stdout: {write: (chunk: string) => (stdout += chunk)}})
  expect(code).toBe(0)
  return stdout
}

describe.each([
  ['parse', '### `motie parse <inputs...>`'],
  ['validate', '### `motie validate [inputs...]`']
])('motie %s --help and the README', (name, heading) => {
  const command = program.commands.find((candidate) => candidate.name() === name) as Command
  const documented = readmeOptions(heading)
  const options: Option[] = [...command.options, ...program.options.filter((option) => option.long === '--verbose')]

  it('lists the same options', () => {
    expect(documented.size).toBeGreaterThan(5)
    expect([...documented.keys()].sort()).toEqual(options.map((option) => option.flags).sort())
  })

  it.each(options.map((option) => [option.flags, option] as const))('gives %s the same default', (flags, option) => {
    const value = documented.get(flags)!
    if (option.negate || option.defaultValueDescription) return
    if (option.defaultValue === undefined) {
      // A switch is `off` until given; an option with a value has no literal default in the README.
      expect(value, flags).toMatch(option.required ? /^(|[^`].*)$/ : /^(off|)$/)
    } else {
      expect(value, flags).toBe(`\`${String(option.defaultValue)}\``)
    }
  })

  it('ends with examples', async () => {
    expect(await help([name, '--help'])).toMatch(/\nExamples:\n( {2}\$ .*motie .+\n)+\n?$/)
  })
})

describe('motie --help and motie schema --help', () => {
  it.each([[['--help']], [['schema', '--help']]])('%j ends with examples', async (argv) => {
    expect(await help(argv)).toMatch(/\nExamples:\n( {2}\$ .*motie .+\n)+(\nRun .+\n)?\n?$/)
  })
})
