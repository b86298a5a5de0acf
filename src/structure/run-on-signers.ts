/**
 * Signers run into the last clause of a motion without a closing formula:
 * a text layer that lost the line breaks prints `… te verwerken in de
 * begroting Dorien Verbree (VVD) Joost Bleijie (CDA)` as one line. Two or
 * more `Name (Party)` at the very end of the last clause are its signers.
 */
import type {ClauseDraft} from './clauses.js'
import {isNameLike} from '../names.js'
import type {SignatoryDraft} from './signatories.js'

/** One `Name (Party)`: up to four words of a name, a short party in brackets. */
const pairRe = /(\p{Lu}[^\s()]*(?:\s+[^\s()]+){0,3})\s*\(([^()]{1,30})\)/gu
const runRe = /(?:\s+\p{Lu}[^\s()]*(?:\s+[^\s()]+){0,3}\s*\([^()]{1,30}\)){2,}\s*$/u
const oneOrMoreRe = /(?:\s+\p{Lu}[^\s()]*(?:\s+[^\s()]+){0,3}\s*\([^()]{1,30}\)){1,}\s*$/u

/**
 * Take the signers off the end of the last clause of `clauses`, shortening
 * its text; none if it has no such run. `following`: the signers read below
 * the clause; one `Name (Party)` is enough when they go on right under it.
 */
export function takeRunOnSigners(clauses: readonly ClauseDraft[], following: readonly SignatoryDraft[]): SignatoryDraft[] {
  const last = lastClause(clauses)
  if (!last) return []
  const end = last.lines.at(-1)
  const first = following[0]?.lines[0]
  const continued = first !== undefined && end !== undefined && first.page === end.page && first.line - end.line <= 1 && first.line >= end.line - 1 && following.every((signer) => signer.name !== null && signer.party !== null)
  if (following.length > 0 && !continued) return []
  const run = (continued ? oneOrMoreRe : runRe).exec(last.text)
  if (!run) return []
  // Where the first name begins is read from the others: as many words as they have
  // (`… in de begroting Dorien Verbree (VVD) Joost Bleijie (CDA)`).
  const readings = starts(last.text, run.index).flatMap((start) => {
    const rest = last.text.slice(start)
    const pairs = [...rest.matchAll(pairRe)]
    if (pairs.length < (continued ? 1 : 2) || !pairs.every((pair) => isNameLike(pair[1]!))) return []
    if (pairs.map((pair) => pair[0]).join(' ').replace(/\s+/gu, ' ') !== rest.trim().replace(/\s+/gu, ' ')) return []
    return [{start, pairs}]
  })
  // Capitalised words only: particles (`de`, `van der`) make no name longer.
  const words = (name: string) => name.trim().split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length
  const best = readings
    .map((reading) => {
      const others = [...reading.pairs.slice(1), ...following.map((signer) => [signer.name!, signer.name!] as const)].map((pair) => words(pair[1]!))
      const usual = others.sort((a, b) => a - b)[Math.floor(others.length / 2)] ?? 2
      return {...reading, cost: Math.abs(words(reading.pairs[0]![1]!) - usual)}
    })
    .sort((a, b) => a.cost - b.cost || a.start - b.start)[0]
  if (!best) return []
  last.text = last.text.slice(0, best.start).trimEnd()
  const lines = last.lines.slice(-1)
  return best.pairs.map((pair) => ({name: pair[1]!.trim(), party: pair[2]!.trim(), addedLater: false, lines}))
}

/** Word starts from `from` on, where a run of names may begin. */
function starts(text: string, from: number): number[] {
  return [...text.slice(from).matchAll(/(?<=\s)\p{Lu}/gu)].map((match) => from + match.index)
}

function lastClause(clauses: readonly ClauseDraft[]): ClauseDraft | undefined {
  const last = clauses.at(-1)
  return last && last.items.length > 0 ? lastClause(last.items) : last
}
