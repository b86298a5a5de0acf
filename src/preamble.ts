/**
 * The preamble sentence → assembly and meeting date.
 *
 * `De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;`
 * `De raad van de gemeente Groningen in vergadering bijeen op woensdag 28 april 2010 …`
 * `Het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden, in vergadering bijeen op …`
 * `De Kamer,`
 *
 * Beside `dates.ts` rather than in a stage: the Markdown reader, the segment
 * and structure stages ask whether a line opens a preamble, and the Markdown
 * emitter reads a printed preamble back, to write it only when it round-trips.
 */
import {boardNamePrefixes, kamerPreamble, preambleStops, waterBoardWords} from './lexicon.js'
import {bullet, considerationLead, escape, loose, matchAssembly, matchRequestLead, preamblePhrase, stripBullet} from './patterns.js'
import {isBlank, type Line} from './read/line.js'
import {findDates, type FoundDate} from './dates.js'
import type {AssemblyType} from './schema.js'
import {letters, lettersRegExp} from './letters.js'

/** A preamble that goes on on the next line: `in (openbare) vergadering`, `bijeen`. */
const continuationRe = letters(/^in\s+(?:\p{L}+\s+)?vergadering|^bijeen/iu)

export interface PreambleReading {
  type: AssemblyType | null
  name: string | null
  /** The words the assembly was read from. */
  phrase: string
  /** The first date in the preamble: the meeting date. */
  date: FoundDate | undefined
  /** Years elsewhere in the preamble (`… over de kadernota 2015`), for a date without one. */
  text: string
}

const kamerRe = lettersRegExp(`^(?:${kamerPreamble.map((phrase) => loose(phrase)).join('|')})(?![\\p{L}])`, 'iu')
const stopRe = lettersRegExp(
  `\\s*(?:[,;(]|\\s(?:${preambleStops.map((stop) => loose(stop)).join('|')})(?![\\p{L}])|\\sop\\s+(?=\\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|$)`,
  'iu'
)
const boardPrefixRe = lettersRegExp(`^(?:${[...boardNamePrefixes].sort((a, b) => b.length - a.length).map((p) => escape(p)).join('|')})\\s+`, 'iu')
/** Public bodies other than water boards that have an `algemeen bestuur`. */
const otherBodyRe = /regio|ggd|omgevingsdienst|gemeenschappelijke regeling|samenwerkingsverband|recreatieschap|afvalschap|veiligheid/iu
const waterRe = lettersRegExp(waterBoardWords.map((word) => escape(word)).join('|'), 'iu')

/** `De Kamer,`, alone or with its `gehoord de beraadslaging,` on the same line. */
const kamerLineRe = lettersRegExp(
  `^(?:${kamerPreamble.map((phrase) => loose(phrase)).join('|')})\\s*[,;:]?(?:\\s*${preamblePhrase.source.slice(1)}.*)?$`,
  'iu'
)
/** Words of a meeting; `vergaderjaar` in a Kamerstuk’s running footer is none. */
const meetingRe = /vergader(?!jaar)|bijeen|gehoord/iu
/** Whether the line at `index` opens a motion’s preamble. */
export function isPreamble(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!
  const text = line.text
  if (line.role === 'footnote' || bullet.test(text)) return false
  if (kamerLineRe.test(text)) return true
  const match = matchAssembly(text)
  if (!match) return false
  if (meetingRe.test(text)) return true
  // `De gemeenteraad van Dalfsen; gelet op …`: the first lead runs on in the preamble’s line.
  if (leadAfterAssembly(match.rest)) return true
  if (text.length > 90) return false
  // `De raad besluit:`, `De raad van de gemeente Halsteren verklaart dat …`: the assembly and its first request on one line.
  if (verbAfterAssembly(match.rest) !== undefined) return true
  const next = lines.slice(index + 1).find((other) => !isBlank(other))
  // `De gemeenteraad van Enschede,` wrapped before its `in vergadering bijeen op …`.
  if (next !== undefined && continuationRe.test(next.text.trim())) return true
  if (next === undefined) return false
  const after = stripBullet(next.text)
  // `De raad` over `besluit:` (a line split at its verb).
  if (/^\p{Ll}/u.test(after) && matchRequestLead(after) !== undefined && match.rest.trim() === '') return true
  // `De gemeenteraad van Haarlem;` with a lead (or `gehoord de discussie`) right after it.
  if (!/[,;:]$/.test(text)) return false
  return considerationLead.test(after) || matchRequestLead(after) !== undefined || preamblePhrase.test(after)
}

/** The assembly’s words end at `;` or `,` within a few words, and a consideration lead follows. */
function leadAfterAssembly(rest: string): boolean {
  const stop = /^[^,;:.]{0,60}?[,;]\s+/u.exec(rest)
  return stop !== null && considerationLead.test(rest.slice(stop[0].length))
}

/**
 * Where a request lead starts in the text after an assembly’s words
 * (`De raad besluit:` → the index of `besluit`), or undefined. The place name
 * may stand between them (`van de gemeente Halsteren verklaart dat`).
 */
export function verbAfterAssembly(rest: string): number | undefined {
  const words = [...rest.matchAll(/\S+/gu)].slice(0, 6)
  for (const word of words) {
    const from = rest.slice(word.index)
    // A lower-case verb: `Besluit` in capitals after a name would be a heading of its own.
    if (/^\p{Ll}/u.test(from) && matchRequestLead(from) !== undefined) return word.index
    if (/[,;:.]$/u.test(word[0])) return undefined
  }
  return undefined
}

/**
 * Read the preamble sentence. `kamer`: which chamber the header names, for
 * the bare `De Kamer,`.
 */
export function readPreamble(text: string, kamer: AssemblyType | undefined, context: string): PreambleReading {
  const dates = findDates(text)
  const date = dates[0]

  if (kamerRe.test(text) && !matchAssembly(text)) {
    // `De Kamer, gehoord de beraadslaging,`: the assembly is the words before the comma.
    return {type: kamer ?? 'tweede-kamer', name: null, phrase: text.split(/[,;:]/u)[0]!.trim(), date, text}
  }

  const match = matchAssembly(text)
  if (!match) return {type: null, name: null, phrase: '', date, text}

  let type = match.type
  let name: string | null = null
  let of = match.of
  let rest = match.rest.replace(/^\s*[,;:]?\s*/u, '')
  // `van De Stichtse Rijnlanden`: a capitalised article belongs to the name, not to `van de`.
  const article = of === undefined ? null : /^(.*\S)\s+(De|Het|Den)$/u.exec(of)
  if (article) {
    of = article[1]!
    rest = `${article[2]} ${rest}`
  }
  // `Gemeenteraad Pijnacker-Nootdorp, in vergadering …`: a name right after the assembly’s words, without `van`.
  const nameFollows = of === undefined && /^(?:\p{Lu}|'s|’s)/u.test(match.rest) && !considerationLead.test(match.rest.trim()) && !preamblePhrase.test(match.rest.trim())
  if (of !== undefined || type === 'provinciale-staten' || type === 'deelraad' || nameFollows) {
    const stop = stopRe.exec(rest)
    // `… van het Hoogheemraadschap van Rijnland`: the place follows a second `van`.
    const candidate = rest.slice(0, stop ? stop.index : rest.length).trim().replace(/^van\s+(?:de\s+|het\s+)?(?=\p{Lu})/u, '')
    if (candidate !== '' && /^\p{Lu}|^'s|^’s/u.test(candidate)) name = candidate
  }

  if (type === 'tweede-kamer' || type === 'eerste-kamer') name = null
  if (type === 'waterschap') {
    // An `algemeen bestuur` is a water board unless the text names another public body.
    const isWater = waterRe.test(text) || waterRe.test(of ?? '') || waterRe.test(context) || !otherBodyRe.test(text)
    if (!isWater) type = 'other'
    if (name) name = name.replace(boardPrefixRe, '').trim() || name
  }

  const phraseEnd = name ? text.indexOf(name) + name.length : text.length - match.rest.length
  return {type, name, phrase: text.slice(0, Math.max(phraseEnd, match.phrase.length)).trim(), date, text}
}
