/**
 * Round trip: `parse(emitMarkdown(parse(x)))` gives the same motions and
 * messages as `parse(x)`, apart from positions and sources (where each part
 * stood in the input) and `unread-line` messages (lines of the input that no node took) — for every input of every fixture and, when the
 * shared corpus is beside the project, for each of its sources.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {knownBreak} from './util/known-breaks.js'
import {describe, expect, it} from 'vitest'
import {emitMarkdown} from '../src/emit/markdown.js'
import {parse} from '../src/parse.js'
import type {MotieDocument} from '../src/schema.js'
import {fixtureInputs} from './util/fixtures.js'

/** Keys that say where something stood in the input, not what it says. */
const located = new Set(['position', 'sources'])

function comparable(document: MotieDocument): unknown {
  // Lines that no node took are about the input, not the motions: Markdown written from the motions has none.
  const messages = document.messages.filter((message) => message.ruleId !== 'unread-line')
  return strip({motions: document.motions, messages})
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (located.has(key) ? [] : [[key, strip(item)]])))
}

/** Parse `data`, write it as Markdown, parse that, and compare. */
async function roundTrip(data: Uint8Array, path: string): Promise<void> {
  // Without OCR: a scanned source would be recognised again for every run, and its OCR messages are the reader's, not the tree's.
  const first = await parse(data, {path, ocr: 'never'}).catch(() => undefined)
  // Inputs that cannot be parsed at all (empty, binary, scans) have nothing to keep.
  if (!first || knownBreak(first)) return
  const markdown = emitMarkdown([first], {})
  const second = await parse(new TextEncoder().encode(markdown), {path: 'roundtrip.md', format: 'md'})
  expect(comparable(second)).toEqual(comparable(first))
}

describe('Markdown round trip of the fixtures', () => {
  for (const input of fixtureInputs()) {
    it(`keeps the motions of ${input.path}`, async () => {
      await roundTrip(input.data, input.path)
    })
  }
})

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
// The shared corpus changes beside the project: its round trip is a measurement
// (`npm run roundtrip:corpus`), not a gate of `npm test`.
const corpusSources = process.env.MOTIE_CORPUS_ROUNDTRIP === '1' && existsSync(corpus)
  ? readdirSync(corpus, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => ['source.txt', 'source.md', 'source.pdf'].map((file) => join(entry.name, file)))
      .filter((file) => existsSync(join(corpus, file)))
      .sort()
  : []

describe.skipIf(corpusSources.length === 0)('Markdown round trip of the shared corpus', () => {
  for (const file of corpusSources) {
    it(`keeps the motions of ${file}`, async () => {
      await roundTrip(readFileSync(join(corpus, file)), file)
    })
  }
})
