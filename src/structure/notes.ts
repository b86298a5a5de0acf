/**
 * Lines printed with a motion that fit no other field → the motion’s `notes`.
 *
 * A header line the schema has no field for (a portfolio, `Wethouder
 * dierenwelzijn`; a stamp, `SZW JL`) or a remark below the signatures (`Deze
 * motie is op 13-11-2015 alsnog ingediend.`) belongs to the motion, but to
 * none of its parts. Such lines become notes, as printed, so that the account
 * of every line keeps them without an `unread-line` message. Only the header
 * (above the preamble or the first lead) and what follows the motion’s last
 * part hold notes: a line no part took between the clauses is a parse miss,
 * and stays reported.
 */
import {isBlank, type Line} from '../read/line.js'
import {noteLabels, speakerLeads} from '../lexicon.js'
import {alternation, isDebris, loose, preamblePhrase} from '../patterns.js'
import {lettersRegExp} from '../letters.js'

export interface NoteDraft {
  /** The note as printed, white space collapsed; a labelled note (`Notitie: …`) without its label. */
  text: string
  lines: Line[]
}

/** `De heer Thijssen (PvdA):`: a speaker’s name, a colon, nothing after it. */
const speakerRe = lettersRegExp(`^(?:${alternation(speakerLeads, loose)})(?![\\p{L}])[^:]{0,80}:$`, 'iu')
const noteLabelRe = lettersRegExp(`^(?:${alternation(noteLabels, loose)})\\s*:\\s*(\\S.*)$`, 'iu')

/** `Notitie: Wethouder dierenwelzijn` (how motie writes a note in Markdown): the note, taken out of `lines`. */
export function takeNoteLines(lines: readonly Line[]): {notes: NoteDraft[]; rest: Line[]} {
  const notes: NoteDraft[] = []
  const rest: Line[] = []
  for (const line of lines) {
    const match = noteLabelRe.exec(line.text.trim())
    if (match) notes.push({text: collapse(match[1]!), lines: [line]})
    else rest.push(line)
  }
  return {notes, rest}
}

/** A speaker in minutes (`De voorzitter:`): the debate begins, and no line of it is a note. */
export function isSpeaker(text: string): boolean {
  return speakerRe.test(text.trim())
}

/** The lines before the first speaker: a debate around the motion (minutes) holds no notes. */
export function beforeDebate(lines: readonly Line[]): Line[] {
  const speaker = lines.findIndex((line) => isSpeaker(line.text))
  return speaker < 0 ? [...lines] : lines.slice(0, speaker)
}

/**
 * A preamble phrase alone on its line (`gehoord de beraadslaging,`) above
 * a preamble that OCR broke up: it says nothing a note would keep, as in the body.
 */
export function isBarePreamblePhrase(text: string): boolean {
  const match = preamblePhrase.exec(text.trim())
  return match !== null && /^[\s,;:.]*$/u.test(text.trim().slice(match[0].length))
}

/**
 * The unread lines as notes, in input order: lines of prose that follow each
 * other are one note when the next goes on in lower case (a remark wrapped
 * over two lines); any other line (a link, a stamp) is a note of its own.
 */
export function toNotes(lines: readonly Line[]): NoteDraft[] {
  const groups: Line[][] = []
  for (const line of lines) {
    if (isBlank(line)) continue
    const last = groups.at(-1)?.at(-1)
    if (last && last.page === line.page && line.line - last.line === 1 && isProse(last.text) && isProse(line.text) && /^\p{Ll}/u.test(line.text.trim())) groups.at(-1)!.push(line)
    else groups.push([line])
  }
  return groups.map((group) => ({text: collapse(group.map((line) => line.text).join(' ')), lines: group}))
}

/** Words, not a link or a code: a space between them. */
function isProse(text: string): boolean {
  return /\p{L}{2,}\s+\p{L}/u.test(text.trim())
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
