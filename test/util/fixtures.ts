/**
 * The fixture inputs, as the golden tests walk them (`scripts/fixtures.js`),
 * with their bytes.
 */
import {readFileSync} from 'node:fs'
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

/** Every input of every `fixtures/<case>/` folder, in name order. */
export function fixtureInputs(): FixtureInput[] {
  return (fixtureCases() as {name: string; dir: string; input: string}[]).map((fixture) => {
    const file = join(fixture.dir, fixture.input)
    return {name: fixture.name, path: relative(process.cwd(), file), data: readFileSync(file)}
  })
}
