/**
 * The golden fixtures: every `fixtures/<case>/input.{txt,md,pdf}` beside its
 * expected outputs. Shared by the update script and the tests, so that both
 * produce outputs the same way.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

export const fixturesRoot = new URL('../fixtures/', import.meta.url).pathname

/** Golden files written for every fixture, beside `expected.json`. */
export const goldenFormats = [
  {format: 'json', file: 'expected.json'},
  {format: 'md', file: 'expected.md'},
  {format: 'csv', file: 'expected.csv'}
]

/** Every fixture case: `{name, dir, input}`, sorted by name. */
export function fixtureCases() {
  return readdirSync(fixturesRoot, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(fixturesRoot, entry.name)
      const inputs = readdirSync(dir).filter((file) => /^input\.(txt|md|pdf|png|jpg|tif)$/.test(file))
      return inputs.map((input) => ({name: inputs.length === 1 ? entry.name : `${entry.name} [${input}]`, dir, input, shared: inputs.length > 1}))
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Run one fixture through the built library (`dist/`): the outputs by golden
 * file name, or `error.txt` when the input cannot be parsed.
 */
export async function renderFixture(library, fixture) {
  const data = readFileSync(join(fixture.dir, fixture.input))
  const outputs = {}
  let document
  try {
    document = await library.parse(data, {...fixtureOptions(fixture), path: fixture.input})
  } catch (error) {
    if (!(error instanceof library.MotieError)) throw error
    return {[errorFile(fixture)]: `${error.code}: ${error.message}\n`}
  }
  for (const {format, file} of goldenFormats) {
    const emit = await library.loadEmitter(format).catch(() => undefined)
    if (!emit) continue
    outputs[goldenName(fixture, file)] = emit([document], {})
  }
  return outputs
}

/** Parse options of a case from its `options.json` (such as `{"ocr": "never"}`), if it has one. */
export function fixtureOptions(fixture) {
  const path = join(fixture.dir, 'options.json')
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
}

/** `expected.json` when the case has one input; `expected.pdf.json` … when it has several. */
export function goldenName(fixture, file) {
  if (!fixture.shared) return file
  const kind = fixture.input.slice('input.'.length)
  return file.replace(/^expected\./, `expected.${kind}.`)
}

export function errorFile(fixture) {
  return goldenName(fixture, 'error.txt')
}

export function readGolden(fixture, file) {
  const path = join(fixture.dir, file)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}
