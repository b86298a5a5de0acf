/**
 * Joining a wrapped line to the text before it, shared by the layout stage
 * (headings) and the structure stage (paragraphs, footnotes).
 */
import {hyphenConjunctions} from './lexicon.js'
import {alternation} from './patterns.js'

/** `zorg- en welzijn`: a word part before a conjunction, not a broken word. */
const conjunction = new RegExp(`^(?:${alternation(hyphenConjunctions)})(?![\\p{L}])`, 'u')
/** A hyphen the text itself has, where a line may break: `AOW-`, `2022-`, `huis-aan-`, or inside a URL. */
const writtenHyphen = /(?:[\p{Lu}\d]|[\p{L}\d]-\p{L}+)-$|(?:https?:\/\/|www\.)\S*-$/u
/** A URL broken after a slash: it goes on without a space. */
const brokenUrl = /(?:https?:\/\/|www\.)\S*\/$/u

/** The rest of a URL (`beleid/fiets.pdf`), not words after a URL that ends in a slash (`voor de cijfers`). */
function continuesUrl(right: string): boolean {
  const first = /^\S+/u.exec(right)?.[0]
  return first !== undefined && (first === right.trim() || /[/.?=#&_%]/u.test(first))
}

/**
 * How a wrapped line joins the text before it: with a space, or without one
 * after a hyphen or inside a URL. A hyphenated word loses its hyphen
 * (`levensbeschouwe-` + `lijke`); a hyphen of the text keeps it (`AOW-` +
 * `gerechtigden`, `Noord-` + `Holland`, `huis-` + `aan-huiskrant`).
 *
 * @param left The text so far.
 * @param right The next line.
 * @returns `left`, without the hyphen of a broken word, and what goes between.
 */
export function joinWrapped(left: string, right: string): {left: string; separator: string} {
  if (/[\p{L}\d]-$/u.test(left) && /^[\p{L}\d]/u.test(right) && !conjunction.test(right)) {
    const broken = startsLower(right) && !writtenHyphen.test(left) && !/^[\p{L}\d]+-/u.test(right)
    return {left: broken ? left.slice(0, -1) : left, separator: ''}
  }
  return {left, separator: brokenUrl.test(left) && continuesUrl(right) ? '' : ' '}
}

/** Whether a text starts with a lower-case letter (after opening quotes or brackets). */
export function startsLower(text: string): boolean {
  const letter = /\p{L}/u.exec(text.replace(/^["“”'‘’„«(\[]+/u, ''))
  return letter !== null && letter.index === 0 && letter[0] === letter[0].toLowerCase() && letter[0] !== letter[0].toUpperCase()
}
