/**
 * What the property tests share: how long and how often to run (short with a
 * fixed seed in CI, for a set time under `npm run fuzz`), the arbitraries that
 * mutate real inputs, and the check that a parse ended well.
 */
import fc from 'fast-check'
import {MotieError} from '../../src/errors.js'
import {document as documentSchema, type MotieDocument} from '../../src/schema.js'

/** `MOTIE_FUZZ_SECONDS` (set by `npm run fuzz`): run each property for that long, with a fresh seed. */
const fuzzSeconds = Number(process.env['MOTIE_FUZZ_SECONDS'] ?? 0)
export const fuzzing = fuzzSeconds > 0
const seed = process.env['MOTIE_FUZZ_SEED'] === undefined ? (fuzzing ? Date.now() : 20261203) : Number(process.env['MOTIE_FUZZ_SEED'])

/** Parameters of one property: `runs` cases in CI, as many as fit in the time under `npm run fuzz`. */
export function params<T>(runs: number): fc.Parameters<T> {
  if (!fuzzing) return {seed, numRuns: runs}
  return {seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: fuzzSeconds * 1000, markInterruptAsFailure: false}
}

/** Vitest's time limit for a property (the fuzz run's time plus slack). */
export function testTimeout(ciMs: number): number {
  return fuzzing ? fuzzSeconds * 1000 + 60_000 : ciMs
}

/** Counts the cases a property tried, for the report of `npm run fuzz`. */
export const tried = new Map<string, number>()
export function count(name: string): void {
  tried.set(name, (tried.get(name) ?? 0) + 1)
}

/**
 * The outcome of one parse: a document the schema accepts, or a documented
 * `MotieError`. Anything else (a TypeError, a stack overflow) fails.
 */
export async function settle(run: Promise<MotieDocument>): Promise<MotieDocument | MotieError> {
  try {
    const result = await run
    documentSchema.parse(result)
    return result
  } catch (error) {
    if (error instanceof MotieError) return error
    throw error
  }
}

/** Lines of a text, mutated the ways archives damage them: cut, repeated, swapped, merged, corrupted. */
export function mutatedLines(lines: readonly string[]): fc.Arbitrary<string[]> {
  const index = fc.nat({max: Math.max(0, lines.length - 1)})
  const edit = fc.oneof(
    fc.record({kind: fc.constant('cut' as const), at: index, keep: fc.nat({max: 80})}),
    fc.record({kind: fc.constant('repeat' as const), at: index, times: fc.integer({min: 1, max: 5})}),
    fc.record({kind: fc.constant('swap' as const), at: index, other: index}),
    fc.record({kind: fc.constant('merge' as const), at: index}),
    fc.record({kind: fc.constant('drop' as const), at: index}),
    fc.record({kind: fc.constant('corrupt' as const), at: index, pos: fc.nat({max: 200}), text: fc.string({maxLength: 8, unit: 'binary'})})
  )
  return fc.array(edit, {minLength: 1, maxLength: 8}).map((edits) => {
    const out = [...lines]
    for (const e of edits) {
      if (out.length === 0) break
      const at = e.at % out.length
      if (e.kind === 'cut') out[at] = out[at]!.slice(0, e.keep)
      else if (e.kind === 'repeat') out.splice(at, 0, ...Array<string>(e.times).fill(out[at]!))
      else if (e.kind === 'swap') [out[at], out[e.other % out.length]] = [out[e.other % out.length]!, out[at]!]
      else if (e.kind === 'merge' && at + 1 < out.length) out.splice(at, 2, `${out[at]} ${out[at + 1]}`)
      else if (e.kind === 'drop') out.splice(at, 1)
      else if (e.kind === 'corrupt') out[at] = out[at]!.slice(0, e.pos) + e.text + out[at]!.slice(e.pos + e.text.length)
    }
    return out
  })
}

/** Bytes mutated: flipped, overwritten, cut short, or with a run inserted. */
export function mutatedBytes(data: Uint8Array): fc.Arbitrary<Uint8Array> {
  const at = fc.nat({max: Math.max(0, data.length - 1)})
  const edit = fc.oneof(
    fc.record({kind: fc.constant('set' as const), at, byte: fc.nat({max: 255})}),
    fc.record({kind: fc.constant('truncate' as const), at}),
    fc.record({kind: fc.constant('insert' as const), at, bytes: fc.uint8Array({maxLength: 32})}),
    fc.record({kind: fc.constant('erase' as const), at, length: fc.nat({max: 512})})
  )
  return fc.array(edit, {minLength: 1, maxLength: 6}).map((edits) => {
    let out = Buffer.from(data)
    for (const e of edits) {
      const where = Math.min(e.at, out.length)
      if (e.kind === 'set' && where < out.length) out[where] = e.byte
      else if (e.kind === 'truncate') out = out.subarray(0, where)
      else if (e.kind === 'insert') out = Buffer.concat([out.subarray(0, where), e.bytes, out.subarray(where)])
      else if (e.kind === 'erase') out = Buffer.concat([out.subarray(0, where), out.subarray(where + e.length)])
    }
    return new Uint8Array(out)
  })
}
