/**
 * Property-based tests (fast-check): whatever the bytes, a parse ends with a
 * document that the schema accepts or with a documented `MotieError`, never
 * with another exception; and a document written as Markdown parses back into
 * the same tree. In CI each property runs a fixed number of cases from a
 * fixed seed; `npm run fuzz` runs each for a set time with a fresh seed and
 * reports how many cases it tried (see the README, "Security and limits").
 */
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {emitMarkdown} from '../src/emit/markdown.js'
import {MotieError} from '../src/errors.js'
import {parse} from '../src/parse.js'
import type {InputFormat, MotieDocument} from '../src/schema.js'
import {fixtureInputs} from './util/fixtures.js'
import {knownBreak} from './util/known-breaks.js'
import {count, fuzzing, mutatedBytes, mutatedLines, params, settle, testTimeout, tried} from './util/fuzz.js'

const inputs = fixtureInputs()
const texts = inputs.filter((input) => /\.(txt|md)$/.test(input.path))
const pdfs = inputs.filter((input) => input.path.endsWith('.pdf'))
const markdown = inputs.filter((input) => input.path.endsWith('.md'))
const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** A PDF that keeps pdf.js busy is stopped well inside the test's time. */
const limits = {timeLimitMs: 5_000}

function parseAs(data: Uint8Array, format: InputFormat): Promise<MotieDocument | MotieError> {
  return settle(parse(data, {path: `fuzz.${format}`, format, limits}))
}

/** Keys that say where something stood in the input, not what it says. */
const located = new Set(['position', 'sources'])
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (located.has(key) ? [] : [[key, strip(item)]])))
}

/** parse → Markdown → parse gives the same motions and messages. */
async function roundTrips(first: MotieDocument): Promise<void> {
  const text = emitMarkdown([first], {})
  const second = await parse(encoder.encode(text), {path: 'roundtrip.md', format: 'md'})
  // Lines that no node took are about the input, not the motions: Markdown written from the motions has none.
  const kept = (document: MotieDocument) => ({motions: document.motions, messages: document.messages.filter((message) => message.ruleId !== 'unread-line')})
  expect(strip(kept(second))).toEqual(strip(kept(first)))
}

// Trees Markdown cannot carry are left out: see ./util/known-breaks.ts.

const text = fc.oneof(
  fc.string({maxLength: 400}),
  fc.string({maxLength: 400, unit: 'grapheme'}),
  fc.string({maxLength: 400, unit: 'binary'}),
  fc.array(fc.constantFrom('constaterende dat', 'overwegende dat', 'verzoekt het college', 'De gemeenteraad van X,', 'en gaat over tot de orde van de dag.', '- ', '> ', '1. ', '# ', '[^1]', '\f', '\n', '\n\n', '**', 'Jan Jansen (PvdA)', 'Ingediend door:', ';', ','), {maxLength: 60}).map((parts) => parts.join(''))
)

const mutatedText = fc
  .constantFrom(...texts)
  .chain((input) => mutatedLines(decoder.decode(input.data).split('\n')).map((lines) => ({format: (input.path.endsWith('.md') ? 'md' : 'txt') as InputFormat, text: lines.join('\n')})))

describe('properties', () => {
  afterAll(() => {
    if (fuzzing) for (const [name, cases] of tried) console.log(`fuzz: ${name}: ${cases} cases`)
  })

  it('any string, read as text or Markdown, gives a valid document or a documented error', {timeout: testTimeout(20_000)}, async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<InputFormat>('txt', 'md'), async (value, format) => {
        count('strings')
        await parseAs(encoder.encode(value), format)
      }),
      params(150)
    )
  })

  it('fixture texts with lines cut, repeated, swapped, merged or corrupted give a valid document', {timeout: testTimeout(20_000)}, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText, async ({format, text: value}) => {
        count('mutated texts')
        await parseAs(encoder.encode(value), format)
      }),
      params(120)
    )
  })

  it('fixture PDFs and Markdown with bytes changed or cut end in a document or a documented error', {timeout: testTimeout(30_000)}, async () => {
    const files = fc.constantFrom(...pdfs, ...markdown).chain((input) => mutatedBytes(input.data).map((data) => ({data, format: (input.path.endsWith('.pdf') ? 'pdf' : 'md') as InputFormat})))
    await fc.assert(
      fc.asyncProperty(files, async ({data, format}) => {
        count('mutated files')
        await parseAs(data, format)
      }),
      params(40)
    )
  })

  it('parse → Markdown → parse gives the same tree', {timeout: testTimeout(30_000)}, async () => {
    const any = fc.oneof(
      text.map((value) => ({format: 'txt' as InputFormat, text: value})),
      mutatedText
    )
    await fc.assert(
      fc.asyncProperty(any, async ({format, text: value}) => {
        count('round trips')
        const first = await parseAs(encoder.encode(value), format)
        if (first instanceof MotieError || knownBreak(first)) return
        await roundTrips(first)
      }),
      params(120)
    )
  })
})
