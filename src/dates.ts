/**
 * Dutch dates as printed in motions: `25 juni 2015`, `woensdag 28 april
 * 2010`, `3 okt. 2022`, `d.d. 12-03-2015`, `12/3/15`, `2015-06-25`, and dates
 * without a year (`25 juni`), whose year the caller infers.
 */
import {dayRangeWords} from './lexicon.js'
import {alternation, loose, monthName, monthNumber, weekdayName} from './patterns.js'

export interface FoundDate {
  /** ISO date, or `null` year part when the text gives none. */
  year: number | undefined
  month: number
  day: number
  /** The date as printed. */
  text: string
  /** Index in the searched text. */
  index: number
}

/**
 * A meeting over several days names its first day before the last
 * (`7 en 8 november 2023`, `7-8 november`, `3 t/m 5 juli`): the date is the first day.
 */
const firstDay = `(?:(\\d{1,2})(?:e|ste|de)?\\s*(?:${alternation(dayRangeWords, loose)})\\s*(?:${weekdayName}\\.?,?\\s+)?)?`

const written = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${weekdayName}\\.?,?\\s+)?${firstDay}(\\d{1,2})(?:e|ste|de)?\\s*${monthName}\\.?(?:\\s*,?\\s*(['’]?\\d{4}|['’]\\d{2}))?(?![\\p{L}])`,
  'giu'
)
/** `12-03-2021`, `12/3/21`, and `12-03-'21` with the apostrophe of a shortened year. */
const numeric = /(?<![\p{N}/.-])(?:d\.?d\.?\s*)?(\d{1,2})([-./])(\d{1,2})\2(\d{4}|['’]?\d{2})(?![\p{N}])/giu
const iso = /(?<![\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu

/** All dates in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []

  for (const match of text.matchAll(written)) {
    // A first day after the last is no range (`nr. 45 en 8 november`): the last day stands alone.
    const first = match[1] === undefined ? undefined : Number(match[1])
    const day = first !== undefined && first < Number(match[2]) ? first : Number(match[2])
    const month = monthNumber(match[3]!)
    if (month === undefined) continue
    const yearText = match[4]?.replace(/['’]/u, '')
    let year = yearText ? Number(yearText) : undefined
    if (year !== undefined && year < 100) year += 2000
    push(found, {year, month, day, text: match[0].trim(), index: match.index})
  }

  for (const match of text.matchAll(numeric)) {
    let year = Number(match[4]!.replace(/['’]/u, ''))
    if (year < 100) year += year > 50 ? 1900 : 2000
    push(found, {year, month: Number(match[3]), day: Number(match[1]), text: match[0].trim(), index: match.index})
  }

  for (const match of text.matchAll(iso)) {
    push(found, {year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), text: match[0], index: match.index})
  }

  return found.sort((a, b) => a.index - b.index)
}

function push(found: FoundDate[], date: FoundDate): void {
  if (!isValid(date.year ?? 2000, date.month, date.day)) return
  if (found.some((other) => overlaps(other, date))) return
  found.push(date)
}

function overlaps(a: FoundDate, b: FoundDate): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length
}

/** Whether year-month-day is a real calendar day. */
export function isValid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

/** `2015-06-25`. */
export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Four-digit years (1900–2099) in a text, in order. */
export function findYears(text: string): number[] {
  return [...text.matchAll(/(?<![\p{N}])(19\d{2}|20\d{2})(?![\p{N}])/gu)].map((match) => Number(match[1]))
}
