/**
 * OCR repair of the body’s fixed wording: lead words and the closing formula
 * with a letter or two wrong (`overwegence dat`, `en gaat ovor tot de orde
 * van de dag`) are read as the words they stand for, so that the structure
 * stage sees them. Only whole words close to a lexicon word are touched.
 */
import {closingWords, considerationLeads} from '../lexicon.js'
import {closing} from '../patterns.js'

/** Single-word lead phrases long enough that one or two wrong letters cannot make another word. */
const leadWords = [...new Set(considerationLeads.flatMap((lead) => lead.phrases).filter((phrase) => !phrase.includes(' ') && phrase.length >= 9))]

const formula = `${closingWords.and} ${closingWords.verbs[0]} ${closingWords.rest.join(' ')}`
const formulaFlat = formula.replace(/ /g, '')

/** Edit distance, bounded: returns `limit + 1` as soon as it is exceeded. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}

/** The lead word a misread word stands for, if it is one or two letters off. */
function leadWord(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (lower.length < 9 || leadWords.includes(lower)) return undefined
  const limit = lower.length >= 12 ? 2 : 1
  const found = leadWords.find((candidate) => candidate[0] === lower[0] && distance(lower, candidate, limit) <= limit)
  if (!found) return undefined
  return word[0] === word[0]!.toUpperCase() ? found[0]!.toUpperCase() + found.slice(1) : found
}

/** A line with misread lead words (at its start or after `;`, before `dat`) and closing formula repaired. */
export function repairFormulas(text: string): string {
  let repaired = text.replace(/(^|;\s+)(\p{L}{9,})(?=\s*,?\s+dat(?!\p{L})|\s*:)/gu, (whole, before: string, word: string) => {
    const lead = leadWord(word)
    return lead ? before + lead : whole
  })
  if (!closing.test(repaired)) repaired = repairClosing(repaired)
  return repaired
}

/** `en gaat ovor tot de orde van de dag.` at the end of a line, two letters off at most. */
function repairClosing(text: string): string {
  // Words are split by hand: a pattern of repeated `\p{L}+\s*` backtracks exponentially on long lines.
  const end = /[.,;!]?\s*$/u.exec(text)![0]
  const head = text.slice(0, text.length - end.length)
  const tail = head.split(/\s+/u).slice(-10)
  let first = tail.length
  while (first > 0 && /^\p{L}+$/u.test(tail[first - 1]!)) first--
  const words = tail.slice(first)
  if (words.length < 6) return text
  // Try the last words, from the longest run down: the formula may follow clause text on the line.
  for (let take = words.length; take >= 6; take--) {
    const candidate = words.slice(-take)
    const flat = candidate.join('').toLowerCase()
    if (!/^(?:en)?g/u.test(flat)) continue
    const target = flat.startsWith('en') ? formulaFlat : formulaFlat.slice(closingWords.and.length)
    if (distance(flat, target, 2) <= 2) {
      const start = head.length - candidate.join(' ').length
      const printed = head.slice(start)
      if (printed !== candidate.join(' ')) continue
      let replacement = flat.startsWith('en') ? formula : formula.slice(closingWords.and.length + 1)
      if (/^\p{Lu}/u.test(printed)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1)
      return text.slice(0, start) + replacement + end
    }
  }
  return text
}
