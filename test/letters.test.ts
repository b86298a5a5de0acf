import {describe, expect, it} from 'vitest'
import {letters, lettersRegExp} from '../src/letters.js'

describe('letters', () => {
  it('spells out letter classes of a case-insensitive pattern, inside and outside brackets', () => {
    const pattern = letters(/^(?:gemeente)\s+\p{Lu}[\p{L}-]*(?![\p{L}\p{N}])/iu)
    expect(pattern.source).not.toMatch(/\\p\{L/u)
    expect(pattern.source).toContain('\\p{N}')
    expect(pattern.flags).toBe('iu')
  })

  it('matches what `\\p{L}` matches in Dutch text, accents, Greek and Cyrillic included', () => {
    const pattern = letters(/^(?:motie)\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}])/iu)
    const original = /^(?:motie)\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}])/iu
    for (const text of ['Motie Één', 'MOTIE zeeën', 'motie ’s-Hertogenbosch', 'Motie Ærø', 'motie Ελλάδα', 'Motie Київ', 'motie Ĳsselmeer', 'motie 12', 'Motie façade-plan!']) {
      expect([text, pattern.exec(text)?.[1]]).toEqual([text, original.exec(text)?.[1]])
    }
  })

  it('leaves patterns without `i`, or without letter classes, as they are', () => {
    const caseSensitive = /\p{Lu}\p{L}+/u
    expect(letters(caseSensitive)).toBe(caseSensitive)
    const plain = /^motie$/iu
    expect(letters(plain)).toBe(plain)
    expect(lettersRegExp('\\p{L}+', 'giu').flags).toBe('giu')
  })
})
