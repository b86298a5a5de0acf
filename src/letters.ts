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

/** The letters of the Latin, Greek and Cyrillic blocks, as class ranges (lower and upper case both). */
const letterRanges = [
  'A-Za-z',
  '\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af', // Latin-1, Extended-A and -B, IPA
  '\\u0370-\\u0373\\u0376\\u0377\\u037b-\\u037d\\u037f\\u0386\\u0388-\\u03ff', // Greek
  '\\u0400-\\u0481\\u048a-\\u052f', // Cyrillic
  '\\u1e00-\\u1fff', // Latin Extended Additional, Greek Extended
  '\\u2c60-\\u2c7f\\ua720-\\ua7ff\\uab30-\\uab6f\\ufb00-\\ufb06' // more Latin, ligatures
].join('')

const properties = /\\p\{(?:L|Lu|Ll|Letter|Uppercase_Letter|Lowercase_Letter)\}/u

/** `pattern` with its letter classes spelled out, if it is case-insensitive; as it is otherwise. */
export function letters(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i') || !properties.test(pattern.source)) return pattern
  return new RegExp(spellOut(pattern.source), pattern.flags)
}

/** `new RegExp(source, flags)`, through {@link letters}. */
export function lettersRegExp(source: string, flags: string): RegExp {
  return letters(new RegExp(source, flags))
}

/** The source with `\p{L}` (and `\p{Lu}`, `\p{Ll}`) as ranges: bare inside a class, in brackets outside one. */
function spellOut(source: string): string {
  let out = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (character === '\\') {
      const property = properties.exec(source.slice(index, index + 24))
      if (property?.index === 0) {
        out += inClass ? letterRanges : `[${letterRanges}]`
        index += property[0].length - 1
      } else {
        out += source.slice(index, index + 2)
        index++
      }
      continue
    }
    if (character === '[') inClass = true
    else if (character === ']') inClass = false
    out += character
  }
  return out
}
