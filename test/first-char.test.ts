/**
 * The first-character test before anchored patterns: what it reads from a
 * pattern, where it gives up, and that a guarded pattern matches exactly
 * what the plain one does.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {firstChars, guarded} from '../src/first-char.js'

/** The characters as a string, or `undefined`. */
function starts(pattern: RegExp): string | undefined {
  const flags = firstChars(pattern)
  if (!flags) return undefined
  let chars = ''
  for (let code = 0; code < 128; code++) if (flags[code]) chars += String.fromCharCode(code)
  return chars
}

describe('firstChars', () => {
  it('reads the first character of each branch, through groups and optional parts', () => {
    expect(starts(/^(?:constaterende|overwegende)/)).toBe('co')
    expect(starts(/^(?:ab|cd)/i)).toBe('ACac')
    expect(starts(/^(?:x)?y/)).toBe('xy')
    expect(starts(/^(a|)b/)).toBe('ab')
    expect(starts(/^\d{0,2}x/)).toBe('0123456789x')
    expect(starts(/^(?<name>q)/u)).toBe('q')
    expect(starts(/^(?:wij\s*,\s*)?(de\s*raad)/iu)).toBe('DWdw')
  })

  it('skips lookarounds, which match no character of their own', () => {
    expect(starts(/^(?=a)b/)).toBe('b')
    expect(starts(/^(?![\p{L}])\d/u)).toBe('0123456789')
  })

  it('reads classes, ranges and escapes', () => {
    expect(starts(/^[a-c\-z]/)).toBe('-abcz')
    expect(starts(/^[\-a]/)).toBe('-a')
    expect(starts(/^\s*x/)).toBe('\t\n\v\f\r x')
    expect(starts(/^\p{Lu}/u)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    expect(starts(/^\u0041/)).toBe('A')
    expect(starts(/^\\a/)).toBe('\\')
  })

  it('keeps the letters that case-fold to ASCII: long s and the Kelvin sign', () => {
    expect(starts(/^\u017fx/iu)).toBe('Ss')
    expect(starts(/^[\u0100-\u0200]/iu)).toBe('Ss')
    expect(starts(/^\u212a/iu)).toBe('Kk')
  })

  it('gives up where any character may start a match', () => {
    for (const pattern of [/a/, /^a/m, /^a/g, /^a/y, /^a?/, /^[^a]/, /^./, /^\S/, /^\P{L}/u, /^(a?)\1/, /^$/, /^(?:a|$)/]) {
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
    /^(?:nr\.?\s*)?\d+/iu
  ]
  const texts = fc.string({unit: fc.constantFrom(...'aAcCdDkKoOrRsStTvVwW0123- ,.\u017f\u212a\u00e9\u2013'.split('')), maxLength: 16})

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
    expect(pattern.test('')).toBe(false)
    expect(pattern.test('De raad')).toBe(true)
    expect('Het raad, verder'.replace(pattern, 'X')).toBe('X, verder')
  })
})
