/**
 * The guard before anchored patterns: what it reads from a
 * pattern, where it gives up, and that a guarded pattern matches exactly
 * what the plain one does.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {guarded, startsOf} from '../src/pattern-guard.js'

/** The ways a match starts, as text: `_` a gap, `[…]` a choice of characters. */
function starts(pattern: RegExp): string | undefined {
  return startsOf(pattern)
    ?.map((start) =>
      start
        .map((token) => {
          if (token === '') return '_'
          const shown = token.replace('\u0080', '…')
          return shown.length === 1 ? shown : `[${shown}]`
        })
        .join('')
    )
    .join(' | ')
}

describe('startsOf', () => {
  it('reads the first characters of each branch, through groups and optional parts', () => {
    expect(starts(/^(?:constaterende|overwegende)/)).toBe('consta | overwe')
    expect(starts(/^(?:AB|cd)/i)).toBe('ab | cd')
    expect(starts(/^(?:x)?y/)).toBe('xy | y')
    expect(starts(/^(a|)b/)).toBe('ab | b')
    expect(starts(/^ab?c/)).toBe('abc | ac')
    expect(starts(/^\d{0,2}x/)).toBe('[0123456789] | x')
    expect(starts(/^x+y/)).toBe('x')
    expect(starts(/^(?<name>q)/u)).toBe('q')
  })

  it('reads a run of whitespace as a gap of any width', () => {
    expect(starts(/^(?:wij\s*,\s*)?(de\s*raad|het\s*college)/iu)).toBe('wij_,_ | de_raa | het_co')
    expect(starts(/^de\s+(?:motie|amendement)\s+is/iu)).toBe('de_mot | de_ame')
    expect(starts(/^\s*x/)).toBe('_x')
  })

  it('skips lookarounds, which match no character of their own', () => {
    expect(starts(/^(?=a)b/)).toBe('b')
    expect(starts(/^(?![\p{L}])\d/u)).toBe('[0123456789]')
  })

  it('reads classes, ranges and escapes', () => {
    expect(starts(/^[a-c\-z]/)).toBe('[-abcz]')
    expect(starts(/^[\-a]/)).toBe('[-a]')
    expect(starts(/^\p{Lu}\./u)).toBe('[ABCDEFGHIJKLMNOPQRSTUVWXYZ…].')
    expect(starts(/^\u0041/)).toBe('A')
    expect(starts(/^\\a/)).toBe('\\a')
  })

  it('marks where characters outside ASCII may stand (`…`), without telling them apart', () => {
    expect(starts(/^\u00e9t\u00e9/u)).toBe('…t…')
    expect(starts(/^[\u2022*]\s*x/u)).toBe('[*…]_x')
  })

  it('keeps the letters that case-fold to ASCII: long s and the Kelvin sign', () => {
    expect(starts(/^\u017fx/iu)).toBe('sx')
    expect(starts(/^[\u0100-\u0200]/iu)).toBe('[s…]')
    expect(starts(/^\u212a/iu)).toBe('k')
  })

  it('gives up where any character may start a match', () => {
    for (const pattern of [/a/, /^a/m, /^a/g, /^a/y, /^a?/, /^[^a]/, /^./, /^\S/, /^\P{L}/u, /^[\p{M}a]/u, /^(a?)\1/, /^$/, /^(?:a|$)/, /^\s*/]) {
      expect(starts(pattern), String(pattern)).toBe(undefined)
    }
  })
})

describe('guarded', () => {
  const patterns = [
    /^(?:constaterende|overwegende|van\s*mening)(?![\p{L}])\s*(.*)$/iu,
    /^(?:wij\s*,\s*)?(de\s*raad|het\s*college)/iu,
    /^(\d{2})\s?(\d{3})/u,
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u,
    /^[-\u2013]\s*(\S.*)$/u,
    /^(?:\u017fta|kelvin)/iu,
    /^(?:nr\.?\s*)?\d+/iu,
    /^\p{Lu}\p{Ll}+/u,
    /^(?:\u2022|\*)\s*\w/iu,
    /^[a-z\u00e0-\u00ff]+\s*:/iu,
    /^(?:de\s*raad|de\s*kamer|het\s*college(?:\s*van\s*b&w)?)(?![\p{L}])/iu,
    /^(?:wij\s*,\s*)?(de\s*staten|staten)\s*(.*)$/isu,
    /^\s*[,:]?\s*(?:(?:om|dat)(?![\p{L}])\s*[,:]?)?\s*x/iu
  ]
  const texts = fc.oneof(
    fc.string({unit: fc.constantFrom(...'aAcCdDkKoOrRsStTvVwWxX0123- ,:.\t\u00a0\u017f\u212a\u00e9\u2013\u2022'.split('')), maxLength: 16}),
    fc.constantFrom('de raad', 'De  Raad', 'deraad', 'het college van B&W', 'wij, de Staten', 'staten', 'nr. 12', ' , om x', 'dat x', 'kelvin', '\u017ftaten')
  )

  it('matches what the plain pattern matches, and nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), texts, (pattern, text) => {
        const plain = new RegExp(pattern.source, pattern.flags)
        expect(guarded(new RegExp(pattern.source, pattern.flags)).exec(text)).toEqual(plain.exec(text))
      }),
      {seed: 4, numRuns: 2000}
    )
  })

  it('gives up without running the pattern on a text that cannot match', () => {
    const pattern = guarded(/^(?:de|het)\s+raad/iu)
    expect(pattern.test('verzoekt het college')).toBe(false)
    expect(pattern.test('de gemeenteraad')).toBe(false)
    // A character outside ASCII where the pattern has only ASCII ones: no match either.
    expect(pattern.test('\u2022 de raad')).toBe(false)
    expect(pattern.test('\u00a0de raad')).toBe(false)
    expect(pattern.test('')).toBe(false)
    expect(pattern.test('De raad')).toBe(true)
    expect('Het raad, verder'.replace(pattern, 'X')).toBe('X, verder')
  })
})

describe('the starts the build stores', () => {
  const stored = fileURLToPath(new URL('../dist/bundle/pattern-starts.json', import.meta.url))

  it.skipIf(!existsSync(stored))('are what reading each pattern gives', () => {
    const table = JSON.parse(readFileSync(stored, 'utf8')) as Record<string, string[][] | null>
    expect(Object.keys(table).length).toBeGreaterThan(50)
    for (const [key, starts] of Object.entries(table)) {
      const slash = key.indexOf('/')
      const pattern = new RegExp(key.slice(slash + 1), key.slice(0, slash))
      expect(startsOf(pattern) ?? null, key).toEqual(starts)
    }
  })
})
