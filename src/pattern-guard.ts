/**
 * A quick test before a pattern anchored at the start of the text: can the
 * text start the way every match of the pattern starts?
 *
 * V8 compiles a regular expression to machine code on its first use, and
 * motie has some 300, most of them long alternations of lexicon phrases.
 * Each line of a motion is tried against many of them, so most would be
 * compiled on the first document even though they never match it. A pattern
 * that starts `^(?:constaterende|overwegende|…)` cannot match a line that
 * starts with `Verzoekt`, nor `^(?:de\s*raad|…)` a line that starts with
 * `De gemeenteraad`, and that is decided without compiling it.
 *
 * What a match starts with is read from the pattern's source: the first few
 * characters of each branch, through groups, optional parts and lookarounds,
 * with a run of `\s` as a gap of any width. Only ASCII is told apart: where
 * the pattern allows other characters, any other character of the text fits,
 * and a pattern whose start is not understood is always tried. The test never
 * says no where the pattern could match.
 */
import {readFileSync} from 'node:fs'

/**
 * A character of the text at a position: the ASCII characters allowed there,
 * in code order (lower case under `i`), and `\u0080` if others are too; the
 * empty string is a run of whitespace, possibly empty: a gap.
 */
type Token = string
const gap: Token = ''
/** Last in a token: some characters outside ASCII are allowed there too. */
const wide = '\u0080'
/** How a match can start: one token after another. */
export type Start = readonly Token[]

/** A way a part can start: its tokens, and whether a following part may add to them. */
interface Path {
  tokens: Token[]
  open: boolean
}

/** Tokens kept per path, and paths kept per pattern: enough to tell lexicon phrases apart. */
const maxTokens = 6
const maxPaths = 48

/**
 * The ways a text must start for `pattern` to match it, or `undefined` when
 * that cannot be told (not anchored; global, multiline or sticky; a match
 * that can be empty; or a start this reader does not know).
 */
export function startsOf(pattern: RegExp): Start[] | undefined {
  const {source, flags} = pattern
  if (!source.startsWith('^') || /[gmyv]/.test(flags)) return undefined
  const reader = new Reader(source, flags.includes('i'))
  let paths: Path[] | undefined
  try {
    paths = reader.alternatives()
  } catch {
    return undefined
  }
  if (reader.index !== source.length || !paths) return undefined
  // A path of gaps alone could match an empty text, or any: no test then.
  if (paths.some((path) => !path.tokens.some((token) => token !== gap))) return undefined
  return paths.map((path) => path.tokens)
}

/**
 * The starts read in this process, and those the build stored beside the
 * bundle (`scripts/code-cache.js` runs the samples and stores what they
 * read): reading a long pattern in a fresh process costs about what V8 takes
 * to compile it, so a run looks up what it can. Keyed by flags and source, a
 * stored start never answers for another pattern.
 */
const read = new Map<string, Start[] | null>()
let stored: Record<string, Start[] | null> | undefined
/** The stored starts, beside the module that reads them (the bundle's chunk). */
const storedStartsName = 'pattern-starts.json'

function knownStarts(pattern: RegExp): Start[] | undefined {
  const key = `${pattern.flags}/${pattern.source}`
  stored ??= storedStarts()
  const starts = Object.hasOwn(stored, key) ? stored[key]! : (startsOf(pattern) ?? null)
  read.set(key, starts)
  return starts ?? undefined
}

/** The starts read or looked up in this process, by flags and source: what the build stores. */
export function startsRead(): Record<string, Start[] | null> {
  return Object.fromEntries(read)
}

function storedStarts(): Record<string, Start[] | null> {
  try {
    return JSON.parse(readFileSync(new URL(storedStartsName, import.meta.url), 'utf8')) as Record<string, Start[] | null>
  } catch {
    return {}
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
  let test: ((text: string) => boolean) | undefined | null = null
  Object.defineProperty(pattern, 'exec', {
    value(this: RegExp, text: string): RegExpExecArray | null {
      if (test === null) test = tester(this)
      if (test && !test(String(text))) return null
      return exec.call(this, text)
    },
    configurable: true,
    writable: true
  })
  return pattern
}

/** A test of the start of a text for `pattern`, or `undefined` when every text must be tried. */
function tester(pattern: RegExp): ((text: string) => boolean) | undefined {
  const starts = knownStarts(pattern)
  if (!starts) return undefined
  const caseless = pattern.flags.includes('i')
  // By the first character they take; those that open with a gap are tried on any text.
  const byFirst = new Map<number, Start[]>()
  const anyFirst: Start[] = []
  for (const start of starts) {
    const first = start[0]!
    if (first === gap) anyFirst.push(start)
    for (let index = 0; index < first.length; index++) {
      const code = first.charCodeAt(index)
      const known = byFirst.get(code)
      if (known) known.push(start)
      else byFirst.set(code, [start])
    }
  }
  const fitsText = (text: string) => (start: Start) => fits(start, text, caseless)
  return (text) => {
    let code = text.charCodeAt(0)
    if (code >= 128) return starts.some((start) => (start[0] === gap ? fits(start, text, caseless) : admitsWide(start[0]!, code, caseless)))
    if (Number.isNaN(code)) return false
    if (caseless && code >= 65 && code <= 90) code |= 32
    const fit = fitsText(text)
    return (byFirst.get(code)?.some(fit) ?? false) || anyFirst.some(fit)
  }
}

/** Whether `text` can start as `start` says. */
function fits(start: Start, text: string, caseless: boolean): boolean {
  let index = 0
  for (const token of start) {
    if (token === gap) {
      while (index < text.length && isSpace(text.charCodeAt(index))) index++
      continue
    }
    if (index >= text.length) return false
    let code = text.charCodeAt(index++)
    // Characters outside ASCII are not told apart: where the pattern allows one, the start fits.
    if (code >= 128) return admitsWide(token, code, caseless)
    if (caseless && code >= 65 && code <= 90) code |= 32
    if (!token.includes(String.fromCharCode(code))) return false
  }
  return true
}

/** Whether a character outside ASCII may stand where `token` stands. */
function admitsWide(token: Token, code: number, caseless: boolean): boolean {
  return token.endsWith(wide) || (caseless && ((code === 0x17f && token.includes('s')) || (code === 0x212a && token.includes('k'))))
}

/** `\s`, as JavaScript has it. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The two letters outside ASCII that case-fold to an ASCII letter: long s and the Kelvin sign. */
const foldsToAscii = new Map([
  [0x17f, 0x73],
  [0x212a, 0x6b]
])

/** A quantifier; group 1 when it allows none, group 2 when it allows one at most. */
const quantifierRe = /(?:([*]|\{0(?:,\d*)?\})|(\?)|\+|\{\d+(?:,\d*)?\})\??/y
/** The opening of a group: plain, non-capturing, lookaround or named. */
const groupRe = /\((?:\?(?:[:=!]|<[=!]|<[\w$]+>))?/y
/** `\u{…}`, `\uXXXX`, `\xXX`. */
const codeRe = /\\u\{([\da-f]+)\}|\\u([\da-f]{4})|\\x([\da-f]{2})/iy
/** `\p{…}`, `\P{…}`. */
const propertyRe = /\\[pP]\{([^}]*)\}/y
/** What can be skipped without looking: anything but brackets and bars, escapes whole. */
const plainRe = /(?:[^\\[\]()|]|\\[^])*/y
/** A character class, whole. */
const classRe = /\[(?:[^\\\]]|\\[^])*\]/y

const escapes: Record<string, number> = {t: 9, n: 10, v: 11, f: 12, r: 13}
const digits = range(48, 57)
const upper = range(65, 90)
const lower = range(97, 122)
/** The characters of class escapes and properties: ASCII ones, and 0x80 for any others. */
const classEscapes: Record<string, number[]> = {d: digits, w: [...digits, ...upper, ...lower, 95], s: [9, 10, 11, 12, 13, 32, 0x80]}
const properties: Record<string, number[]> = {
  L: [...upper, ...lower, 0x80],
  Letter: [...upper, ...lower, 0x80],
  Lu: [...upper, 0x80],
  Uppercase_Letter: [...upper, 0x80],
  Ll: [...lower, 0x80],
  Lowercase_Letter: [...lower, 0x80],
  N: [...digits, 0x80],
  Nd: [...digits, 0x80]
}

/** A part that matches no character of its own (`^`, `\b`, a lookaround). */
const zeroWidth = (): Path[] => [{tokens: [], open: true}]
/** A part that matches something this reader does not tell apart: the start ends before it. */
const unknown = (): Path[] => [{tokens: [], open: false}]

/**
 * Reads a pattern from just after its `^`. Each part gives the ways it can
 * start; a sequence extends the open ones with the next part, and skips the
 * rest of itself once none is open.
 */
class Reader {
  index = 1

  constructor(
    readonly source: string,
    readonly caseless: boolean
  ) {}

  /** `a|b|c`, up to a closing bracket or the end. */
  alternatives(): Path[] {
    const paths = this.sequence()
    while (this.source[this.index] === '|') {
      this.index++
      paths.push(...this.sequence())
    }
    return capped(paths)
  }

  sequence(): Path[] {
    let paths: Path[] = [{tokens: [], open: true}]
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      if (!paths.some((path) => path.open)) {
        this.skip()
        continue
      }
      const term = this.term()
      const only = paths.length === 1 && term.length === 1 ? paths[0]! : undefined
      if (only && term[0]!.tokens.length === 1 && term[0]!.open && only.tokens.length < maxTokens - 1) {
        // One path and one character or gap, the most common step: no copies.
        const next = term[0]!.tokens[0]!
        if (!(next === gap && only.tokens.at(-1) === gap)) only.tokens.push(next)
        continue
      }
      paths = capped(paths.flatMap((path) => (path.open ? term.map((next) => join(path, next)) : [path])))
    }
    return paths
  }

  term(): Path[] {
    const whitespace = this.source.startsWith('\\s', this.index)
    let paths = this.atom()
    quantifierRe.lastIndex = this.index
    const quantifier = quantifierRe.exec(this.source)
    if (quantifier) this.index += quantifier[0].length
    // `\s`, `\s*`, `\s+`, `\s?`: a gap.
    if (whitespace) return [{tokens: [gap], open: true}]
    if (!quantifier) return paths
    // After a repeat the next character may be the part again: the start ends there.
    if (quantifier[2] === undefined) paths = paths.map((path) => ({tokens: path.tokens, open: false}))
    return quantifier[1] !== undefined || quantifier[2] !== undefined ? [...paths, {tokens: [], open: true}] : paths
  }

  /** Past plain text, a class or a group, without reading it. */
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
      this.groupHead()
      this.skipAlternatives()
    } else if (char === ']') {
      this.index++
    }
  }

  skipAlternatives(): void {
    while (this.index < this.source.length && this.source[this.index] !== ')') {
      if (this.source[this.index] === '|') this.index++
      else this.skip()
    }
    if (this.source[this.index] !== ')') throw new Error('unclosed group')
    this.index++
  }

  groupHead(): string {
    groupRe.lastIndex = this.index
    const head = groupRe.exec(this.source)![0]
    this.index += head.length
    return head
  }

  atom(): Path[] {
    const char = this.source[this.index]!
    if (char === '(') {
      const head = this.groupHead()
      // A lookaround matches no character of its own: it only narrows what follows.
      if (head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!') {
        this.skipAlternatives()
        return zeroWidth()
      }
      const paths = this.alternatives()
      if (this.source[this.index] !== ')') throw new Error('unclosed group')
      this.index++
      return paths
    }
    if (char === '[') return this.characterClass()
    if (char === '\\') return this.escape()
    this.index++
    if (char === '^' || char === '$') return zeroWidth()
    if (char === '.') return unknown()
    const code = char.charCodeAt(0)
    return code < 128 ? [{tokens: [String.fromCharCode(this.caseless && code >= 65 && code <= 90 ? code | 32 : code)], open: true}] : this.chars([code])
  }

  characterClass(): Path[] {
    // Classes repeat (a letter class in most patterns): each is read once.
    classRe.lastIndex = this.index
    const whole = classRe.exec(this.source)
    if (!whole) throw new Error('unclosed class')
    const key = `${this.caseless ? 'i' : ''}${whole[0]}`
    let known = classes.get(key)
    if (!known) classes.set(key, (known = this.readClass()))
    this.index = classRe.lastIndex
    return known.map((path) => ({tokens: [...path.tokens], open: path.open}))
  }

  readClass(): Path[] {
    this.index++
    const negated = this.source[this.index] === '^'
    if (negated) this.index++
    const codes: number[] = []
    let anything = negated
    let previous: number | undefined
    while (this.source[this.index] !== ']') {
      if (this.index >= this.source.length) throw new Error('unclosed class')
      const dash = this.source[this.index] === '-'
      const code = this.classAtom(codes)
      if (code === 'unknown') {
        anything = true
        previous = undefined
        continue
      }
      if (dash && previous !== undefined && this.source[this.index] !== ']') {
        // A range: `a-z`, `\u00c0-\u00d6`.
        const end = this.classAtom(codes)
        if (end === undefined || end === 'unknown') throw new Error('class escape as a range end')
        for (let value = previous; value <= Math.min(end, 127); value++) codes.push(value)
        if (end >= 128) codes.push(end)
        for (const folded of foldsToAscii.keys()) if (previous <= folded && folded <= end) codes.push(folded)
        previous = undefined
        continue
      }
      if (code !== undefined) codes.push(code)
      previous = code
    }
    this.index++
    return anything ? unknown() : this.chars(codes)
  }

  /**
   * A character of a class; `undefined` for a class escape (`\d`, `\p{L}`), whose characters go to
   * `codes`; `unknown` for one this reader does not know (`\S`, `\p{M}`).
   */
  classAtom(codes: number[]): number | undefined | 'unknown' {
    if (this.source[this.index] !== '\\') {
      const code = this.source.codePointAt(this.index)!
      this.index += code > 0xffff ? 2 : 1
      return code
    }
    const letter = this.source[this.index + 1]
    if (letter === 'b') {
      this.index += 2
      return 8 // backspace, in a class
    }
    const escaped = this.escapeCodes()
    if (escaped === 'unknown') return escaped
    if (escaped.length === 1 && escaped.single) return escaped[0]
    codes.push(...escaped)
    return undefined
  }

  escape(): Path[] {
    const letter = this.source[this.index + 1]
    if (letter === 'b' || letter === 'B') {
      this.index += 2
      return zeroWidth()
    }
    const codes = this.escapeCodes()
    return codes === 'unknown' ? unknown() : this.chars(codes)
  }

  /** The characters of an escape (`single` when it stands for one character), or `unknown`. */
  escapeCodes(): (number[] & {single?: boolean}) | 'unknown' {
    codeRe.lastIndex = this.index
    const unicode = codeRe.exec(this.source)
    if (unicode) {
      this.index = codeRe.lastIndex
      return Object.assign([Number.parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16)], {single: true})
    }
    propertyRe.lastIndex = this.index
    const property = propertyRe.exec(this.source)
    if (property) {
      this.index = propertyRe.lastIndex
      return (property[0][1] === 'p' ? properties[property[1]!] : undefined) ?? 'unknown'
    }
    const letter = this.source[this.index + 1]
    if (letter === undefined) throw new Error('trailing backslash')
    this.index += 2
    const codes = classEscapes[letter]
    if (codes) return codes
    // `\D`, `\S`, `\W`, a back reference, `\k<name>`, `\cX`.
    if (/[\dDSWkc]/.test(letter)) return 'unknown'
    return Object.assign([escapes[letter] ?? letter.charCodeAt(0)], {single: true})
  }

  /** One character out of `codes`, both cases of a letter under `i`; only ASCII is told apart. */
  chars(codes: readonly number[]): Path[] {
    const kept: number[] = []
    let others = false
    for (let code of codes) {
      if (this.caseless) code = foldsToAscii.get(code) ?? code
      if (code >= 128) others = true
      else kept.push(this.caseless && code >= 65 && code <= 90 ? code | 32 : code)
    }
    return kept.length > 0 || others ? [{tokens: [token(kept) + (others ? wide : '')], open: true}] : unknown()
  }
}

/** The tokens of the classes read so far, by source (and `i`). */
const classes = new Map<string, Path[]>()

/** The token of a set of ASCII characters. */
function token(codes: readonly number[]): Token {
  return String.fromCharCode(...[...new Set(codes)].sort((a, b) => a - b))
}

function join(path: Path, next: Path): Path {
  const tokens = next.tokens[0] === gap && path.tokens.at(-1) === gap ? [...path.tokens, ...next.tokens.slice(1)] : [...path.tokens, ...next.tokens]
  return tokens.length >= maxTokens ? {tokens: tokens.slice(0, maxTokens), open: false} : {tokens, open: next.open}
}

/** Each path once, and at most `maxPaths`: beyond that, all are cut shorter until few enough remain. */
function capped(paths: Path[]): Path[] {
  for (let length = maxTokens; ; length--) {
    const seen = new Map<string, Path>()
    for (const path of paths) {
      const whole = path.tokens.length <= length
      const tokens = whole ? path.tokens : path.tokens.slice(0, length)
      const key = `${tokens.join('\u0001')}${whole && path.open ? '\u0002' : ''}`
      if (!seen.has(key)) seen.set(key, whole ? path : {tokens, open: false})
    }
    if (seen.size <= maxPaths || length === 1) return [...seen.values()]
  }
}

function range(from: number, to: number): number[] {
  const codes: number[] = []
  for (let code = from; code <= to; code++) codes.push(code)
  return codes
}
