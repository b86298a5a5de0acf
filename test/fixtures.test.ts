/**
 * Golden tests: every fixture input parses to exactly its expected outputs.
 * A missing expected file fails (run `npm run fixtures:update` and review the
 * diff); nothing is written here.
 */
import {afterAll, describe, expect, it} from 'vitest'
import * as library from '../src/index.js'
// @ts-expect-error: plain JavaScript shared with the update script.
import {fixtureCases, renderFixture, readGolden} from '../scripts/fixtures.js'

interface Fixture {
  name: string
  dir: string
  input: string
}

describe('fixtures', () => {
  // Scanned fixtures start OCR worker threads; stop them with the file.
  afterAll(() => library.shutdownOcr())
  for (const fixture of fixtureCases() as Fixture[]) {
    // Scanned pages and images are recognised with OCR: seconds each, more on a busy machine.
    it(fixture.name, {timeout: 180_000}, async () => {
      const outputs = (await renderFixture(library, fixture)) as Record<string, string>
      for (const [file, actual] of Object.entries(outputs)) {
        const expected = readGolden(fixture, file) as string | undefined
        expect(expected, `${fixture.name}: missing ${file}; run \`npm run fixtures:update\``).toBeDefined()
        expect(actual, `${fixture.name}: ${file}`).toBe(expected)
      }
    })
  }
})
