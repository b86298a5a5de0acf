/**
 * A quick test before a pattern anchored at the start of the text: which
 * characters can the text start with for the pattern to match?
 *
 * V8 compiles a regular expression to machine code on its first use, and
 * motie has some 300, most of them long alternations of lexicon phrases.
 * Each line of a motion is tried against many of them, so most would be
 * compiled on the first document even though they never match it. A pattern
 * that starts `^(?:constaterende|overwegende|…)` cannot match a line that
 * starts with `V`, and that is decided without compiling it.
 *
 * The answer is read from the pattern's source: the first character of each
 * branch, through groups, optional parts and lookarounds. Only ASCII is told
 * apart: a text that starts with any other character is always tried, and so
 * is every text for a pattern whose start is not understood. The test never
 * says no where the pattern could match.
 */

/**
 * The ASCII characters a text must start with for `pattern` to match it, as
 * 128 flags, or `undefined` when it cannot be told (not anchored; global,
 * multiline or sticky; a branch that can match nothing; or a start this
 * reader does not know).
 */
export function firstChars(pattern: RegExp): Uint8Array | undefined {
  const {source, flags} = pattern
  if (!source.startsWith('^') || /[gmyv]/.test(flags)) return undefined
  const reader = new Reader(source, flags.includes('i'))
  try {
    const empty = reader.alternatives(true)
    return reader.index === source.length && !empty && !reader.any ? reader.starts : undefined
  } catch {
    return undefined
  }
}

/**
 * `pattern`, with its `exec` (and so `test`, `match` and `replace`) giving
 * up at once on a text that cannot match, before V8 compiles the pattern.
 * The pattern is read on its first use.
 */
export function guarded<T extends RegExp>(pattern: T): T {
  if (!pattern.source.startsWith('^')) return pattern
  const exec = RegExp.prototype.exec
  let starts: Uint8Array | undefined | null = null
  Object.defineProperty(pattern, 'exec', {
    value(this: RegExp, text: string): RegExpExecArray | null {
      if (starts === null) starts = firstChars(this)
      if (starts) {
        const code = String(text).charCodeAt(0)
        // NaN, an empty text: the pattern cannot match one (else it would have no first characters).
        if (!(code >= 128 || starts[code] === 1)) return null
      }
      return exec.call(this, text)
    },
    configurable: true,
    writable: true
  })
  return pattern
}

/** The two letters outside ASCII that case-fold to an ASCII letter: long s and the Kelvin sign. */
const foldsToAscii = new Map([
  [0x17f, 0x73],
  [0x212a, 0x6b]
])

/** A quantifier; group 1 when it allows none. */
const quantifierRe = /(?:([*?]|\{0(?:,\d*)?\})|\+|\{\d+(?:,\d*)?\})\??/y
/** The opening of a group: plain, non-capturing, lookaround or named. */
const groupRe = /\((?:\?(?:[:=!]|<[=!]|<[\p{L}\p{N}_$]+>))?/uy
/** `\u{…}`, `\uXXXX`, `\xXX`. */
const codeRe = /\\u\{([\da-f]+)\}|\\u([\da-f]{4})|\\x([\da-f]{2})/iy
/** `\p{…}`, `\P{…}`. */
const propertyRe = /\\[pP]\{([^}]*)\}/y
/** What can be skipped without looking: anything but brackets and bars, escapes whole. */
const plainRe = /(?:[^\\[\]()|]|\\[^])*/y
/** A character class, whole. */
const classRe = /\[(?:[^\\\]]|\\[^])*\]/y

const escapes: Record<string, number> = {t: 9, n: 10, v: 11, f: 12, r: 13}
const classEscapes: Record<string, number[]> = {
  d: range(48, 57),
  w: [...range(48, 57), ...range(65, 90), ...range(97, 122), 95],
  s: [9, 10, 11, 12, 13, 32]
}
const properties: Record<string, number[]> = {
  L: [...range(65, 90), ...range(97, 122)],
  Letter: [...range(65, 90), ...range(97, 122)],
  Lu: range(65, 90),
  Uppercase_Letter: range(65, 90),
  Ll: range(97, 122),
  Lowercase_Letter: range(97, 122),
  N: range(48, 57),
  Nd: range(48, 57)
}

/**
 * Reads a pattern from just after its `^`, collecting the first characters
 * into `starts` while `collect` holds, and only skipping once a part that
 * cannot be empty has been read (the rest of that branch cannot add any).
 */
class Reader {
  index = 1
  readonly starts = new Uint8Array(128)
  /** Any character may start a match. */
  any = false

  constructor(
    readonly source: string,
    readonly caseless: boolean
  ) {}

  /** `a|b|c`, up to a closing bracket or the end; whether a branch can be empty. */
  alternatives(collect: boolean): boolean {
    let empty = this.sequence(collect)
    while (this.source[this.index] === '|') {
      this.index++
      if (this.sequence(collect)) empty = true
    }
    return empty
  }

  /** Terms one after another; whether all of them can be empty. */
  sequence(collect: boolean): boolean {
    let empty = true
    while (this.index < this.source.length) {
      const char = this.source[this.index]
      if (char === '|' || char === ')') break
      if (!empty || !collect) {
        this.skip()
        continue
      }
      empty = this.term(collect)
    }
    return empty
  }

  /** A term; whether it can be empty. */
  term(collect: boolean): boolean {
    let empty = this.atom(collect)
    quantifierRe.lastIndex = this.index
    const quantifier = quantifierRe.exec(this.source)
    if (quantifier) {
      this.index += quantifier[0].length
      if (quantifier[1] !== undefined) empty = true
    }
    return empty
  }

  /** Past plain text, a class or a group, without collecting. */
  skip(): void {
    plainRe.lastIndex = this.index
    plainRe.exec(this.source)
    this.index = plainRe.lastIndex
    const char = this.source[this.index]
    if (char === '[') {
      classRe.lastIndex = this.index
      if (!classRe.exec(this.source)) throw new Error('unclosed class')
      this.index = classRe.lastIndex
    } else if (char === '(') {
      groupRe.lastIndex = this.index
      this.index += groupRe.exec(this.source)![0].length
      this.alternatives(false)
      if (this.source[this.index] !== ')') throw new Error('unclosed group')
      this.index++
    } else if (char === ']') {
      this.index++
    }
  }

  /** An atom; whether it can be empty. */
  atom(collect: boolean): boolean {
    const char = this.source[this.index]!
    if (char === '(') return this.group(collect)
    if (char === '[') {
      this.characterClass()
      return false
    }
    if (char === '\\') return this.escape()
    this.index++
    if (char === '^' || char === '$') return true
    if (char === '.') this.any = true
    else this.add(char.charCodeAt(0))
    return false
  }

  group(collect: boolean): boolean {
    groupRe.lastIndex = this.index
    const head = groupRe.exec(this.source)![0]
    this.index += head.length
    // A lookaround matches no character of its own: it only narrows what follows.
    const lookaround = head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!'
    const empty = this.alternatives(collect && !lookaround)
    if (this.source[this.index] !== ')') throw new Error('unclosed group')
    this.index++
    return lookaround || empty
  }

  characterClass(): void {
    this.index++
    if (this.source[this.index] === '^') this.any = true
    let previous: number | undefined
    while (this.source[this.index] !== ']') {
      if (this.index >= this.source.length) throw new Error('unclosed class')
      const dash = this.source[this.index] === '-'
      const code = this.classAtom()
      if (dash && previous !== undefined && this.source[this.index] !== ']') {
        // A range: `a-z`, `\u00c0-\u00d6`.
        const end = this.classAtom()
        if (end === undefined) throw new Error('class escape as a range end')
        for (let value = previous; value <= Math.min(end, 127); value++) this.add(value)
        for (const folded of foldsToAscii.keys()) if (previous <= folded && folded <= end) this.add(folded)
        previous = undefined
        continue
      }
      if (code !== undefined) this.add(code)
      previous = code
    }
    this.index++
  }

  /** A character of a class, or `undefined` for a class escape (`\d`, `\p{L}`: added already). */
  classAtom(): number | undefined {
    if (this.source[this.index] !== '\\') {
      const code = this.source.codePointAt(this.index)!
      this.index += code > 0xffff ? 2 : 1
      return code
    }
    if (this.source[this.index + 1] === 'b') {
      this.index += 2
      return 8 // backspace, in a class
    }
    this.single = undefined
    this.escape()
    return this.single
  }

  /** The character of the last escape read, when it stands for one. */
  single: number | undefined

  /** An escape outside or inside a class; whether it can be empty. */
  escape(): boolean {
    this.single = undefined
    codeRe.lastIndex = this.index
    const unicode = codeRe.exec(this.source)
    if (unicode) {
      this.index = codeRe.lastIndex
      this.single = Number.parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16)
      this.add(this.single)
      return false
    }
    propertyRe.lastIndex = this.index
    const property = propertyRe.exec(this.source)
    if (property) {
      this.index = propertyRe.lastIndex
      const codes = property[0][1] === 'p' ? properties[property[1]!] : undefined
      if (codes) for (const code of codes) this.add(code)
      else this.any = true
      return false
    }
    const letter = this.source[this.index + 1]
    if (letter === undefined) throw new Error('trailing backslash')
    this.index += 2
    if (letter === 'b' || letter === 'B') return true
    const codes = classEscapes[letter]
    if (codes) {
      for (const code of codes) this.add(code)
      return false
    }
    // `\D`, `\S`, `\W`, a back reference, `\k<name>`, `\cX`: anything, or nothing.
    if (/[\dDSWkc]/.test(letter)) {
      this.any = true
      return true
    }
    this.single = escapes[letter] ?? letter.charCodeAt(0)
    this.add(this.single)
    return false
  }

  /** Flag an ASCII character, both cases of a letter under `i`. */
  add(code: number): void {
    if (this.caseless) code = foldsToAscii.get(code) ?? code
    if (code >= 128) return
    this.starts[code] = 1
    if (this.caseless && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) this.starts[code ^ 32] = 1
  }
}

function range(from: number, to: number): number[] {
  const codes: number[] = []
  for (let code = from; code <= to; code++) codes.push(code)
  return codes
}
