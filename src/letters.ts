/**
 * Letters, for case-insensitive patterns: the Latin, Greek and Cyrillic
 * letters instead of all of Unicode's.
 *
 * Under the `i` flag V8 closes every character class over case while it
 * compiles a pattern, and `\p{L}` holds some 140,000 letters: nearly every
 * pattern of motie has it (a word ends at `(?![\p{L}\p{N}])`), and closing
 * it over case was a fifth of a one-page run. Motions are written in the
 * Latin script; Greek and Cyrillic letters show up in names and OCR noise.
 * So in a case-insensitive pattern a letter is one of those three scripts'
 * letters, spelled out as ranges, which compile several times faster. A
 * letter of any other script next to a Dutch word (never seen in a motion)
 * no longer keeps it from being a word; patterns without `i` keep `\p{L}`.
 *
 * `\p{Lu}` and `\p{Ll}` become the same letters: under `i` they match every
 * cased letter, upper or lower case, anyway.
 */
import {guarded} from './pattern-guard.js'

/** The letters of the Latin, Greek and Cyrillic blocks, as class ranges (lower and upper case both). */
const letterRanges =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af' + // Latin-1, Extended-A and -B, IPA
  '\\u0370-\\u03ff\\u0400-\\u052f' + // Greek, Cyrillic
  '\\u1e00-\\u1fff\\ufb00-\\ufb06' // Latin Extended Additional, Greek Extended, ligatures (`ﬁ`)

/** A letter class, any other escape, or a bracket, in a pattern's source. */
const tokenRe = /\\p\{(?:L|Lu|Ll|Letter|Uppercase_Letter|Lowercase_Letter)\}|\\.|[[\]]/gu
const propertyRe = /\\p\{(?:L|Lu|Ll|Letter|Uppercase_Letter|Lowercase_Letter)\}/u

/**
 * `pattern` with its letter classes spelled out, if it is case-insensitive;
 * as it is otherwise. Either way it gives up early on a text it cannot
 * match ({@link guarded}).
 */
export function letters(pattern: RegExp): RegExp {
  return guarded(pattern.flags.includes('i') && propertyRe.test(pattern.source) ? new RegExp(spellOut(pattern.source), pattern.flags) : pattern)
}

/** `new RegExp(source, flags)`, with its letter classes spelled out if it is case-insensitive, and {@link guarded}. */
export function lettersRegExp(source: string, flags: string): RegExp {
  return guarded(new RegExp(flags.includes('i') ? spellOut(source) : source, flags))
}

/** The source with `\p{L}` (and `\p{Lu}`, `\p{Ll}`) as ranges: bare inside a class, in brackets outside one. */
function spellOut(source: string): string {
  let inClass = false
  return source.replace(tokenRe, (token) => {
    if (token === '[') inClass = true
    else if (token === ']') inClass = false
    else if (token.length > 2) return inClass ? letterRanges : `[${letterRanges}]`
    return token
  })
}
