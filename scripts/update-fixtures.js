#!/usr/bin/env node
/**
 * Rewrite the expected outputs of every fixture from the current build.
 * Run after `npm run build`; review the diff before committing it.
 *
 *   npm run fixtures:update [-- name-filter]
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import * as library from '../dist/index.js'
import {fixtureCases, renderFixture} from './fixtures.js'

const filter = process.argv[2]
let written = 0
for (const fixture of fixtureCases()) {
  if (filter && !fixture.name.includes(filter)) continue
  const outputs = await renderFixture(library, fixture)
  for (const [file, content] of Object.entries(outputs)) {
    writeFileSync(join(fixture.dir, file), content)
    written++
  }
}
await library.shutdownOcr()
console.log(`Wrote ${written} expected files.`)
