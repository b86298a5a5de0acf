/**
 * A motion written as running text (minutes that quote it in one paragraph:
 * `… groeperingen of partijen, stelt zich op het standpunt dat … En stellen
 * voor hem … te verlenen. motie De raad van de gemeente Halsteren verklaart dat
 * …`): the lines are cut where a lead begins inside them, so that every lead
 * starts a line (and a block) of its own, as in a motion printed apart.
 *
 * Only for a text that has no lead at the start of any line: there the line
 * breaks already show the motion’s parts.
 */
import {isBlank, type Line} from './read/line.js'
import {motionWords} from './lexicon.js'
import {alternation, considerationLead, isVoteSentence, loose, matchAssembly, matchRequestLead, stripBullet} from './patterns.js'
import {verbAfterAssembly} from './preamble.js'
import {lettersRegExp} from './letters.js'

/** Where a lead may begin inside a line: after a sentence, or after a comma for a consideration with `dat`. */
const boundaryRe = /(?:[.!?]["”’]?|[,;])\s+(?=\p{L})/gu
/** A motion's label before the sentence that opens it (`Motie De raad …`, `Amendement vreemd aan de orde …`). */
const motionWordRe = lettersRegExp(`^(?:${alternation(motionWords.flatMap((entry) => entry.words), loose)})\\s+(?=\\p{Lu})`, 'iu')

export function cutRunningText(lines: readonly Line[]): Line[] {
  if (lines.some((line) => considerationLead.test(stripBullet(line.text.trim())))) return [...lines]
  const cut = lines.flatMap((line, index) => (isBlank(line) ? [line] : cutLine(line, lines[index + 1])))
  if (cut.length === lines.length) return [...lines]
  // A lead at the start of a wrapped line, after a sentence that ended the line above, starts a block too.
  return cut.map((line, index) => {
    const previous = cut[index - 1]
    if (!previous || isBlank(previous) || line.blockStart || !/[.!?]["”’]?$/u.test(previous.text.trim()) || !opensPart(line.text.trim())) return line
    return {...line, blockStart: true}
  })
}

/** A sentence that opens a part of the motion: a lead, the assembly as a subject, the record of the vote. */
function opensPart(text: string): boolean {
  if (isVoteSentence(text) || matchRequestLead(text) !== undefined) return true
  const consideration = considerationLead.exec(text)
  if (consideration && consideration[3] !== undefined) return true
  const label = motionWordRe.exec(text)?.[0].length ?? 0
  const assembly = matchAssembly(text.slice(label))
  return assembly !== undefined && verbAfterAssembly(assembly.rest) !== undefined
}

/** The places in a line where a lead begins, after a boundary. */
function cutLine(line: Line, next: Line | undefined): Line[] {
  const text = line.text
  const cuts: number[] = []
  for (const match of text.matchAll(boundaryRe)) {
    const at = match.index + match[0].length
    // A lead that wraps at the line’s end (`… plaats is. En` / `stellen voor …`) is read on with the next line.
    const short = text.slice(at).trim().split(/\s+/u).length < 4
    const rest = short && next && !isBlank(next) ? `${text.slice(at).trim()} ${next.text.trim()}` : text.slice(at)
    const sentence = /^[.!?]/u.test(match[0])
    const consideration = considerationLead.exec(rest)
    // After a comma only a consideration with `dat`; after a sentence any part (`De raad … verklaart dat …` as well).
    if (sentence ? opensPart(rest) : consideration?.[3] !== undefined) cuts.push(at)
  }
  if (cuts.length === 0) return [line]
  const starts = [0, ...cuts]
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? text.length
    const refs = (line.refs ?? []).filter((ref) => ref.index >= start && ref.index < end).map((ref) => ({...ref, index: ref.index - start}))
    return {...line, text: text.slice(start, end).trimEnd(), column: line.column + start, refs, ...(index > 0 ? {blockStart: true} : {})}
  })
}
