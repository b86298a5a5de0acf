/**
 * The fixture inputs, as the golden tests walk them (`scripts/fixtures.js`),
 * with their bytes.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
// @ts-expect-error: plain JavaScript shared with the update script.
import {fixtureCases} from '../../scripts/fixtures.js'

export interface FixtureInput {
  /** The case’s name, as the golden tests print it. */
  name: string
  /** Path of the input, relative to the project. */
  path: string
  data: Uint8Array
}

/**
 * Every input of every `fixtures/<case>/` folder, in name order, except those
 * read with OCR (`ocr-*` cases and images) or with options of their own: their
 * goldens are checked by `fixtures.test.ts`, and recognising them again here
 * would cost seconds each.
 */
export function fixtureInputs(): FixtureInput[] {
  const cases = fixtureCases() as {name: string; dir: string; input: string}[]
  return cases.filter((fixture) => !fixture.name.startsWith('ocr-') && !/\.(png|jpg|tif)$/u.test(fixture.input) && !existsSync(join(fixture.dir, 'options.json'))).map((fixture) => {
    const file = join(fixture.dir, fixture.input)
    return {name: fixture.name, path: relative(process.cwd(), file), data: readFileSync(file)}
  })
}
