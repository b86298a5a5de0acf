/**
 * Dutch dates as printed in motions: `25 juni 2015`, `woensdag 28 april
 * 2010`, `3 okt. 2022`, `d.d. 12-03-2015`, `12/3/15`, `2015-06-25`, and dates
 * without a year (`25 juni`), whose year the caller infers.
 */
import {dayRangeWords, weekdays, yearOffsets} from './lexicon.js'
import {alternation, loose, monthName, monthNumber, weekdayName} from './patterns.js'
import {lettersRegExp} from './letters.js'

export interface FoundDate {
  /** ISO date, or `null` year part when the text gives none. */
  year: number | undefined
  month: number
  day: number
  /** The date as printed. */
  text: string
  /** Index in the searched text. */
  index: number
  /** Day of the week printed with the date (0 = Sunday), when one is. */
  weekday?: number
}

/**
 * A meeting over several days names its first day before the last
 * (`7 en 8 november 2023`, `7-8 november`, `3 t/m 5 juli`): the date is the first day.
 */
const firstDay = `(?:(\\d{1,2})(?:e|ste|de)?\\s*(?:${alternation(dayRangeWords, loose)})\\s*(?:${weekdayName}\\.?,?\\s+)?)?`

const written = lettersRegExp(
  `(?<![\\p{L}\\p{N}])(?:(${weekdayName})\\.?,?\\s+)?${firstDay}(\\d{1,2})(?:e|ste|de)?\\s*${monthName}\\.?(?:\\s*,?\\s*(['’]?\\d{4}|['’]\\d{2}))?(?![\\p{L}])`,
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
    const first = match[2] === undefined ? undefined : Number(match[2])
    const day = first !== undefined && first < Number(match[3]) ? first : Number(match[3])
    const month = monthNumber(match[4]!)
    if (month === undefined) continue
    const yearText = match[5]?.replace(/['’]/u, '')
    let year = yearText ? Number(yearText) : undefined
    if (year !== undefined && year < 100) year += 2000
    // The weekday belongs to the first day of a range only when the range has none of its own.
    const weekday = match[1] === undefined ? undefined : weekdayNumber(match[1])
    push(found, {year, month, day, text: match[0].trim(), index: match.index, ...(weekday === undefined ? {} : {weekday})})
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

/** `dinsdag` → 2, `di` → 2 (0 = Sunday). */
function weekdayNumber(name: string): number | undefined {
  const index = weekdays.indexOf(name.toLowerCase())
  // The lexicon lists the seven full names from Monday, then their two-letter forms.
  return index < 0 ? undefined : ((index % 7) + 1) % 7
}

/**
 * The year of a date printed without one (`op dinsdag 6 november`), from
 * the text around it: a year it names, shifted where the words before it say
 * the meeting is a year off (`programmarekening 2019` is dealt with in 2020,
 * `programmabegroting 2019-2022` in 2018); of those, one where the printed
 * weekday falls on that day, else the first.
 */
const yearShifts = yearOffsets.map(({words, offset}) => ({offset, re: new RegExp(`(?<![\\p{L}])(?:${alternation(words, loose)})\\s*$`, 'u')}))

export function inferYear(date: FoundDate, text: string): number | undefined {
  const candidates: number[] = []
  for (const match of text.matchAll(/(?<![\p{N}])(19\d{2}|20\d{2})(?![\p{N}])/gu)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index).toLowerCase()
    const shift = yearShifts.find(({re}) => re.test(before))
    candidates.push(Number(match[1]) + (shift?.offset ?? 0))
  }
  if (date.weekday === undefined) return candidates[0]
  const around = [...new Set(candidates.flatMap((year) => [year, year - 1, year + 1]))]
  return around.find((year) => weekdayOf(year, date.month, date.day) === date.weekday) ?? candidates[0]
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}
