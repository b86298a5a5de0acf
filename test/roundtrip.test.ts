/**
 * Round trip: for every fixture, `parse(emitMarkdown(parse(x)))` gives the
 * same motions as `parse(x)`, apart from what Markdown does not print as it
 * was printed: positions, sources, the leads as printed and the preamble text.
 */
import {describe, expect, it} from 'vitest'
import {emitMarkdown} from '../src/emit/markdown.js'
import {parse} from '../src/parse.js'
import type {MotieDocument} from '../src/schema.js'
import {fixtureInputs} from './util/fixtures.js'

/** Keys whose values depend on how the source printed things, not on what it says. */
const printed = new Set(['position', 'sources', 'lead'])

function comparable(document: MotieDocument): unknown {
  return strip(document.motions.map((motion) => ({...motion, assembly: {type: motion.assembly.type, name: motion.assembly.name}})))
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (printed.has(key) ? [] : [[key, strip(item)]])))
}

describe('Markdown round trip', () => {
  for (const input of fixtureInputs()) {
    it(`keeps the motions of ${input.path}`, async () => {
      const first = await parse(input.data, {path: input.path}).catch(() => undefined)
      // Inputs that cannot be parsed at all (empty, binary) have nothing to keep.
      if (!first) return
      const markdown = emitMarkdown([first], {})
      if (first.motions.length === 0) {
        expect(markdown).toBe('')
        return
      }
      const second = await parse(new TextEncoder().encode(markdown), {path: 'roundtrip.md', format: 'md'})
      expect(comparable(second)).toEqual(comparable(first))
    })
  }
})
