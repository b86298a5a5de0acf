/**
 * Lines about the vote → the motion’s `vote`.
 *
 * Party and council pages print the outcome beside a motion, as a block of
 * keys and values (`Status` over `Aangenomen`, `Voor: SP, GL (21)`,
 * `Tegen: …`), a sentence (`Aangenomen met 23 stemmen voor`) or a table of
 * votes by party (`Partij  Voor  Tegen`). These lines are read here and kept
 * from the signatories; nothing is inferred where the text is silent.
 */
import {isBlank, type Line} from '../read/line.js'
import {motionWords, voteAgainstKeys, voteForKeys, voteOutcomes, voteStatusKeys, voteTableHeadings, voteTableTotals} from '../lexicon.js'
import {alternation, bullet} from '../patterns.js'
import {isPartyName} from '../names.js'
import {lettersRegExp} from '../letters.js'

export interface VoteDraft {
  status: string | null
  for: string[]
  against: string[]
  votesFor: number | null
  votesAgainst: number | null
  lines: Line[]
}

type Key = 'status' | 'for' | 'against'

const spaced = (phrase: string) => phrase.split(/\s+/u).map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+')
const keyRe = lettersRegExp(
  `^(?:(${alternation(voteStatusKeys, spaced)})|(${alternation(voteForKeys, spaced)})|(${alternation(voteAgainstKeys, spaced)}))\\s*(:)?\\s*(.*)$`,
  'iu'
)
/** A status key glued to the line before it by an extraction (`CDAStatus`). */
const gluedStatusRe = new RegExp(`^(.*[\\p{L}\\p{N}.)])(${voteStatusKeys.map((key) => key[0]!.toUpperCase() + key.slice(1)).filter((key) => !/\s/u.test(key)).join('|')})$`, 'u')
const trailingKeyRe = lettersRegExp(`\\s(${alternation([...voteForKeys, ...voteAgainstKeys].filter((key) => !/\\s/u.test(key)))})$`, 'iu')
const outcomeWords = voteOutcomes.flatMap((outcome) => outcome.words.map((word) => ({word, ...outcome})))
const outcomeRe = lettersRegExp(`^(?:de\\s+(?:motie|amendement)\\s+is\\s+)?(${alternation(outcomeWords.map((outcome) => outcome.word), spaced)})(?:\\s+(.*?))?[.!]?$`, 'iu')
/** `met 23 stemmen voor en 12 (stemmen) tegen`, `met 23 tegen 12 stemmen`. */
const countsRe = /(\d+)\s+(?:stemmen\s+)?(voor|tegen)(?:\s*(?:,|en)\s*(\d+)\s+(?:stemmen\s+)?(voor|tegen))?/iu
const countsVersusRe = /(\d+)\s+tegen\s+(\d+)(?:\s+stemmen)?/iu
const tableHeadingRe = lettersRegExp(`^(?:(?:${alternation(voteTableHeadings)})\\s*[|]?\\s*){2,}$`, 'iu')
const tableTotalRe = lettersRegExp(`^(?:${alternation(voteTableTotals)})\\b`, 'iu')
/**
 * A heading that names the motion and its outcome (`MOTIE KINDERPARDON UNANIEM
 * AANGENOMEN`, `Amendement 3 verworpen`), as a site prints it over the motion:
 * the motion word and what follows it (the title), then an outcome that says
 * the vote on its own.
 */
const headingOutcomeRe = lettersRegExp(
  `^((?:${alternation(motionWords.flatMap(({words}) => words), spaced)})(?![\\p{L}]).*?)\\s+(?:is\\s+)?(${alternation(
    outcomeWords.filter((outcome) => outcome.alone).map((outcome) => outcome.word),
    spaced
  )})[.!]?$`,
  'iu'
)
/** Words a heading holds at most: more is a sentence that names a motion. */
const headingWords = 12

/** `Beter voor Rijswijk 5`, `VVD 4 0`; a number after an apostrophe is part of the name (`Democraten '66`). */
const tableRowRe = /^(?:(.*?[^\s'’])\s+)?(\d{1,3}(?:\s+\d{1,3})*)$/u

/** Read the vote from lines around a motion; `bare`: keys without a colon count (`Voor` alone on its line). */
export function readVote(lines: readonly Line[], bare: boolean): {vote: VoteDraft | undefined; rest: Line[]} {
  const vote: VoteDraft = {status: null, for: [], against: [], votesFor: null, votesAgainst: null, lines: []}
  const rest: Line[] = []
  let pending: Key | undefined
  let table: string[] | undefined
  let started = false

  for (const line of lines) {
    if (isBlank(line)) {
      rest.push(line)
      continue
    }
    const text = line.text.trim().replace(bullet, '').trim()
    const take = () => {
      vote.lines.push(line)
      started = true
    }

    const glued = gluedStatusRe.exec(text)
    if (glued && (bare || started) && !keyRe.test(text)) {
      rest.push({...line, text: line.text.slice(0, line.text.lastIndexOf(glued[2]!)).trimEnd()})
      take()
      pending = 'status'
      continue
    }

    const key = keyRe.exec(text)
    // Without a colon, a key has its value on the next line, or beside it once a vote block has begun (`Voor PvdD, VVD`).
    if (key && (key[4] !== undefined || bare || started) && (key[5] === '' || key[4] !== undefined || started)) {
      const which: Key = key[1] ? 'status' : key[2] ? 'for' : 'against'
      let value = key[5]!.trim()
      // The next key run into this line by the layout (`…, FvD, CDA Tegen`).
      const next = which === 'status' ? undefined : trailingKeyRe.exec(value)
      if (next) value = value.slice(0, next.index).trim()
      const after: Key | undefined = next ? (voteForKeys.includes(next[1]!.toLowerCase()) ? 'for' : 'against') : undefined
      if (value === '') {
        pending = which
        take()
        continue
      }
      if (which === 'status') {
        const outcome = outcomeOf(value)
        const counts = outcome?.counts ?? countsOf(value)
        // `Stemuitslag: 23 voor, 12 tegen` gives counts, not a status.
        if (outcome || Object.keys(counts).length === 0) vote.status = outcome?.status ?? value.toLowerCase()
        Object.assign(vote, counts)
        take()
        pending = undefined
        continue
      }
      const side = readSide(value)
      if (side) {
        setSide(vote, which, side)
        take()
        pending = after
        continue
      }
    }

    if (pending === 'status') {
      pending = undefined
      const outcome = outcomeOf(text)
      if (outcome) {
        vote.status = outcome.status
        take()
        continue
      }
    } else if (pending) {
      const which = pending
      pending = undefined
      const side = readSide(text)
      if (side) {
        setSide(vote, which, side)
        take()
        continue
      }
    }

    // `MOTIE KINDERPARDON UNANIEM AANGENOMEN`: the outcome is the vote; the heading before it stays for the header.
    const heading = headingOutcome(text)
    if (heading) {
      vote.status = heading.status
      take()
      const cut = line.text.lastIndexOf(heading.head) + heading.head.length
      rest.push({...line, text: line.text.slice(0, cut).trimEnd()})
      continue
    }

    const outcome = outcomeOf(text)
    if (outcome && (outcome.alone || started)) {
      vote.status = outcome.status
      if (outcome.counts) Object.assign(vote, outcome.counts)
      take()
      continue
    }

    // A table of votes by party: a heading row naming `Voor` / `Tegen`, rows of a party and its numbers, a total.
    if (tableHeadingRe.test(text) && /\b(?:voor|tegen)\b/iu.test(text)) {
      table = text.toLowerCase().split(/[\s|]+/u).filter((word) => word !== '')
      take()
      continue
    }
    if (table) {
      const row = tableRowRe.exec(text)
      if (row || tableTotalRe.test(text)) {
        readRow(vote, table, row?.[1] ?? '', row?.[2] ?? '', tableTotalRe.test(text))
        take()
        continue
      }
      table = undefined
    }

    rest.push(line)
  }

  // Keys with nothing beside them (`Voor`, `Tegen` on an empty page) are read, but state no vote.
  const states = vote.status !== null || vote.for.length + vote.against.length > 0 || vote.votesFor !== null || vote.votesAgainst !== null
  return {vote: states ? vote : undefined, rest}
}

/**
 * The vote a heading above the motion states (`MOTIE KINDERPARDON UNANIEM
 * AANGENOMEN` over a site’s report of the meeting): only such a heading, not
 * the running text around it; the last one, nearest the motion.
 */
export function readHeadingVote(lines: readonly Line[]): VoteDraft | undefined {
  const line = lines.findLast((candidate) => !isBlank(candidate) && headingOutcome(candidate.text) !== undefined)
  if (!line) return undefined
  return {status: headingOutcome(line.text)!.status, for: [], against: [], votesFor: null, votesAgainst: null, lines: [line]}
}

/** The outcome at the end of a heading that names the motion, and the heading without it; not a sentence. */
export function headingOutcome(text: string): {status: string; head: string} | undefined {
  const value = text.trim()
  const match = headingOutcomeRe.exec(value)
  if (!match || value.split(/\s+/u).length > headingWords || /[.!?;]\s/u.test(match[1]!)) return undefined
  const found = outcomeWords.find((outcome) => outcome.word === match[2]!.toLowerCase().replace(/\s+/gu, ' '))
  return found ? {status: found.status, head: match[1]!} : undefined
}

/** The canonical outcome of a value (`Aangenomen`, `unaniem aangenomen`, `Aangenomen met 23 stemmen voor`). */
function outcomeOf(text: string): {status: string; alone: boolean; counts?: Partial<VoteDraft>} | undefined {
  const match = outcomeRe.exec(text.trim())
  if (!match) return undefined
  const found = outcomeWords.find((outcome) => outcome.word === match[1]!.toLowerCase().replace(/\s+/gu, ' '))
  if (!found) return undefined
  const tail = match[2] ?? ''
  if (tail === '') return {status: found.status, alone: found.alone}
  // Only a count of votes may follow the outcome; anything else is a sentence that merely uses the word.
  if (!/^met\b.*\bstemmen\b/iu.test(tail)) return undefined
  return {status: found.status, alone: found.alone, counts: countsOf(tail)}
}

function countsOf(text: string): Partial<VoteDraft> {
  const counts: Partial<VoteDraft> = {}
  const versus = countsVersusRe.exec(text)
  if (versus && !countsRe.exec(text)?.[3]) {
    counts.votesFor = Number(versus[1])
    counts.votesAgainst = Number(versus[2])
    return counts
  }
  const match = countsRe.exec(text)
  if (!match) return counts
  for (const [number, side] of [
    [match[1], match[2]],
    [match[3], match[4]]
  ] as const) {
    if (number === undefined || side === undefined) continue
    if (side.toLowerCase() === 'voor') counts.votesFor = Number(number)
    else counts.votesAgainst = Number(number)
  }
  return counts
}

/** `SP, GL, en PvdD (24)`, `21`, `21 stemmen`, `-`: the parties on one side and their count; undefined for prose. */
export function readSide(value: string): {parties: string[]; count: number | null} | undefined {
  let text = value.trim().replace(/[.;]$/u, '')
  let count: number | null = null
  const counted = /\s*\((\d+)(?:\s+stemmen)?\)$/iu.exec(text)
  if (counted) {
    count = Number(counted[1])
    text = text.slice(0, counted.index)
  }
  const bareCount = /^(\d+)(?:\s+stemmen)?$/iu.exec(text)
  if (bareCount) return {parties: [], count: Number(bareCount[1])}
  if (/^(?:-|–|geen|niemand)?$/iu.test(text)) return {parties: [], count}
  // `SP, GL, en PvdD`, `SP en GL`; `Partij voor Mens en Dier` stays one party.
  const parties = text
    .split(/\s*[,;]\s*/u)
    .map((party) => party.replace(/^en\s+/u, '').trim())
    .flatMap((party) => {
      const halves = party.split(/\s+en\s+/u)
      return halves.length === 2 && halves.every((half) => isPartyName(half)) ? halves : [party]
    })
    .filter((party) => party !== '')
  if (parties.length === 0 || parties.some((party) => party.length > 60 || party.split(/\s+/u).length > 6 || /[.:!?]$/u.test(party))) return undefined
  return {parties, count}
}

function setSide(vote: VoteDraft, which: 'for' | 'against', side: {parties: string[]; count: number | null}): void {
  vote[which].push(...side.parties)
  if (side.count !== null) vote[which === 'for' ? 'votesFor' : 'votesAgainst'] = side.count
}

/**
 * A row of a table of votes: numbers under `Voor` and `Tegen`. Only a row with
 * a number under each column is read; one number under two columns could be either.
 */
function readRow(vote: VoteDraft, columns: readonly string[], party: string, numbers: string, total: boolean): void {
  const values = numbers.trim().split(/\s+/u).filter((value) => value !== '').map(Number)
  const counted = columns.filter((column) => column !== 'partij' && column !== 'fractie' && column !== 'fracties')
  if (values.length !== counted.length) return
  for (const [index, column] of counted.entries()) {
    const value = values[index]!
    if (column !== 'voor' && column !== 'tegen') continue
    if (total) vote[column === 'voor' ? 'votesFor' : 'votesAgainst'] = value
    else if (value > 0 && party !== '') vote[column === 'voor' ? 'for' : 'against'].push(party)
  }
}
