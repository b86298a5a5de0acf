/**
 * Header lines (above the preamble) → title, number, kind and dates.
 */
import {isBlank, type Line} from '../read/line.js'
import {agendaLabels, attachmentWords, dateLabels, dossierLabels, headerLabels, kamerHeader, letterheads, motionWords, numberLabels, subjectLabels, titleLabels} from '../lexicon.js'
import {bullet, escape, isAddressLine, isFurniture, isMetadata, isMetadataKey, loose, matchAssembly, signatureIntro} from '../patterns.js'
import {findDates, type FoundDate} from '../dates.js'
import type {MotionKind} from '../schema.js'
import {isKnownParty} from '../names.js'
import {readDossierLine} from './dossier.js'
import {lettersRegExp} from '../letters.js'
import {guarded} from '../pattern-guard.js'

export interface Found {
  text: string
  lines: Line[]
}

export interface HeaderDate {
  date: FoundDate
  line: Line
  /** Introduced by `Voorgesteld`, `Ingediend op`, `Datum:` … */
  labelled: boolean
}

export interface Header {
  kind: MotionKind
  title: Found | undefined
  number: Found | undefined
  dates: HeaderDate[]
  /** The Staten-Generaal chamber named in the header, for `De Kamer,`. */
  kamer: 'tweede-kamer' | 'eerste-kamer' | undefined
  /** The Kamerstuk dossier the header names (`21 501-07` over `Raad voor Economische en Financiële Zaken`). */
  dossier: {number: string; title: Found | undefined; line: Line} | undefined
  /** Signer lines above the preamble (`Ingediend door: …`, `Indiener(s): …`), for a motion signed nowhere else. */
  signers: Line[]
  /** Lines read as metadata and dropped on purpose (`Agendapunt 7`, `Datum: …`, `Tweede Kamer der Staten-Generaal`). */
  furniture: Line[]
}

const motionWordList = motionWords.flatMap(({kind, words}) => words.map((word) => ({kind, word})))
const motionLineRe = lettersRegExp(
  `^(?:nr\\.?\\s*(\\d+)\\s+)?(${motionWordList
    .map(({word}) => loose(word))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])\\s*[:–—.-]?\\s*(.*)$`,
  'iu'
)
/** A capitalised motion word followed by its number, anywhere in a line (see `gluedMotionLine`). */
const gluedMotionRe = new RegExp(
  `(?<![\\p{Ll}])(?:${motionWordList.flatMap(({word}) => [word.replace(/^\p{L}/u, (first) => first.toUpperCase()), word.toUpperCase()]).map((word) => loose(word)).join('|')})(?=\\s+(?:nr\\.?\\s*)?(?:\\d{1,4}(?![\\d/])|[IVXLC]{1,6}\\s|\\p{Lu}\\s+["“„«]))`,
  'gu'
)
/** A word printed letter-spaced at the start of a line (`M O T I E`). */
const spacedWordRe = guarded(/^((?:\p{L} ){3,}\p{L})(?![\p{L}])/u)
const kindOfWord = new Map(motionWordList.map(({kind, word}) => [word.replace(/\s+/g, ''), kind]))
/** A number at the start of a title: `169/2022`, `nr. 12`, `M12`, `RG-27/2022`. */
const leadingNumberRe = /^((?:nr\.?\s*)?(?:\p{Lu}{1,3}\s?-?\s?)?\d+(?:\s?[/.-]\s?\d+)*\p{Lu}?)(?:\s*[:–—-]\s*|\s+|$)(.*)$/u
/** `Motie IV ‘…’`, `MOTIE C "…"`: a roman numeral or one capital as the number, before a quoted title, a dash or nothing. */
const romanNumberRe = /^([IVXLC]{1,6}|\p{Lu})(?:\s*[:–—-]\s+|\s+(?=["“”'‘’„«])|\s*$)(.*)$/u
const letteredNumberRe = /^[Nn][Rr]\.?\s*((?:[IVXLC]{1,6}|\p{Lu}{1,2}\d*)(?![\p{L}\p{N}]))(?:\s*[:–—-]?\s+(.*))?$/u
const nrRe = /^nr\.?\s*(\d+)(?:\s+(.*))?$/iu
const dossierLabelRe = lettersRegExp(`^(?:${dossierLabels.map((label) => loose(label)).join('|')})\\s*:\\s*(\\S.*)$`, 'iu')
const labelledNumberRe = lettersRegExp(`^(?:${numberLabels.map((label) => loose(label)).join('|')})\\.?\\s*:\\s*(\\S.*)$`, 'iu')
const standaloneNumberRe = /^(?:\p{Lu}{1,4}[-\s]?\d+(?:[/.-]\d+)*|\d+\/\d{2,4})$/u
const subjectLabelRe = lettersRegExp(`^(?:${subjectLabels.map((label) => escape(label)).join('|')})\\s*:\\s*(\\S.*)$`, 'iu')
const titleLabelRe = lettersRegExp(`^(?:${titleLabels.map((label) => escape(label)).join('|')})\\s*:\\s*(\\S.*)$`, 'iu')
const anyLabelRe = lettersRegExp(`^(?:${[...titleLabels, ...headerLabels, ...dossierLabels].map((label) => escape(label)).join('|')})\\s*:`, 'iu')
const dateLabelRe = lettersRegExp(`(?:^|\\s)(?:${dateLabels.map((label) => loose(label)).join('|')})(?![\\p{L}])`, 'iu')
const kamerHeaderRe = lettersRegExp(`^(?:${kamerHeader.map((phrase) => loose(phrase)).join('|')})`, 'iu')
const quotes = /^["“”'‘’„«»]+|["“”'‘’„«»]+$/gu
/** `Agendapunt 9: Nota Parkeren`, `Agendapunt 5 – Begroting 2024`, `Agendapunt : 2A`: the item’s number, then its subject. */
const agendaRe = lettersRegExp(`^(?:${agendaLabels.map((label) => escape(label)).join('|')})\\.?\\s*:?\\s*(\\d+[\\p{L}\\d.]*)(?:\\s*[:–—-]\\s*(\\S.*))?$`, 'iu')
/** `bij Statenvoorstel 12/23 …` after `Motie M3`: what the motion is attached to. */
const attachmentRe = lettersRegExp(`^(?:${attachmentWords.map((word) => escape(word)).join('|')})\\s+(\\S.*)$`, 'iu')
/** The Eerste Kamer’s letter before its motion line (`G MOTIE VAN HET LID …`), or alone on its line; capitals only. */
const letterBeforeMotionRe = /^(\p{Lu}{1,2})\s+(?=(?:NADER\s+)?(?:GEWIJZIGDE?\s+)?(?:MOTIE|AMENDEMENT)(?![\p{L}]))/u
const letterRe = /^\p{Lu}{1,2}$/u

/** Read the header lines of one motion. */
export function parseHeader(lines: readonly Line[]): Header {
  const content = lines.filter((line) => !isBlank(line) && line.role !== 'footnote' && !isFurniture(line.text))
  const header: Header = {kind: 'motie', title: undefined, number: undefined, dates: [], kamer: undefined, dossier: undefined, signers: [], furniture: []}
  header.furniture.push(...lines.filter((line) => !isBlank(line) && isFurniture(line.text)))
  // A separate `Nr. …` line makes a two-digit part of the dossier line (`21 501-07`) the part, not the number.
  const numbered = content.some((line) => nrRe.test(line.text.trim()))
  let titleFromLabel: Found | undefined
  let subject: Found | undefined
  let attachment: Found | undefined
  let dossier: {value: string; line: Line; index: number; rest: string; labelled: boolean} | undefined
  let nr: {value: string; line: Line} | undefined
  let quotedText = false

  const wrappedMetadata = new Set<Line>()
  for (const [index, line] of content.entries()) {
    let text = line.text.trim()

    if (/eerste\s*kamer/iu.test(text)) header.kamer ??= 'eerste-kamer'
    if (/tweede\s*kamer/iu.test(text)) header.kamer ??= 'tweede-kamer'

    for (const date of findDates(text)) header.dates.push({date, line, labelled: dateLabelRe.test(text)})

    const letter = letterBeforeMotionRe.exec(text)
    if (letter && dossier) {
      nr = {value: letter[1]!, line}
      text = text.slice(letter[0].length)
    }

    // `M O T I E Man en paard noemen`: a letter-spaced motion word before the title.
    const spaced = spacedWordRe.exec(text)
    if (spaced && motionLineRe.test(spaced[1]!.replace(/\s/gu, '') + text.slice(spaced[0].length))) {
      text = spaced[1]!.replace(/\s/gu, '') + text.slice(spaced[0].length)
    }
    // `… Moties en amendementenAANGENOMEN Amendement 1 Vergaderstructuur`: a site’s heading glued before the motion line.
    const glued = motionLineRe.test(text) ? undefined : gluedMotionLine(text)
    if (glued !== undefined) text = glued
    const motionLine = motionLineRe.exec(text)
    if (motionLine) {
      const kind = kindOfWord.get(motionLine[2]!.toLowerCase().replace(/\s+/g, ''))
      if (kind === 'amendement') header.kind = 'amendement'
      if (motionLine[1]) nr = {value: motionLine[1], line}
      let rest = motionLine[3]!.trim()
      // `Motie 27625 nr. 395`: a Kamerstuk number, not a title.
      const kamerstuk = readDossierLine(rest, true)
      if (kamerstuk?.nr !== undefined && kamerstuk.rest === '') {
        header.number = {text: `${kamerstuk.dossier} nr. ${kamerstuk.nr}`, lines: [line]}
        header.furniture.push(line)
        continue
      }
      // `Motie nr. IV`, `Motie nr. A3`: a number without digits, or led by capitals.
      const lettered = letteredNumberRe.exec(rest) ?? romanNumberRe.exec(rest)
      if (lettered) {
        header.number = {text: lettered[1]!, lines: [line]}
        rest = lettered[2]?.trim() ?? ''
        if (rest === '') continue
      }
      const numbered = leadingNumberRe.exec(rest)
      if (numbered && isNumberToken(numbered[1]!, rest.slice(numbered[1]!.length))) {
        header.number = {text: numbered[1]!.replace(/^nr\.?\s*/iu, ''), lines: [line]}
        rest = numbered[2]!.trim()
      }
      // `Amendement De gemeenteraad van de gemeente Dalfsen`: a heading that names the assembly, no title.
      if (matchAssembly(rest) && rest.split(/\s+/u).length <= 8 && !/[.:;]$/u.test(rest)) {
        header.furniture.push(line)
        continue
      }
      const attached = attachmentRe.exec(rest)
      if (attached) {
        attachment ??= {text: cleanTitle(attached[1]!), lines: [line]}
        header.furniture.push(line)
        continue
      }
      // `MOTIE C "De Partij van de Arbeid …, stelt zich …`: a quote opened and not closed, running on with a comma,
      // is the motion’s own text after its label, not a title; the header has none.
      const title = continueTitle(rest, content, index)
      const raw = [rest, ...title.lines.map((other) => other.text.trim())].join(' ')
      if (/^["“„«]/u.test(raw) && !/["”»]/u.test(raw.slice(1)) && /,$/u.test(raw)) {
        quotedText = true
        header.furniture.push(line, ...title.lines)
        continue
      }
      if (title.text !== '') header.title = {text: title.text, lines: [line, ...title.lines]}
      header.furniture.push(line)
      continue
    }

    if (signatureIntro.test(text) && text.length > signatureIntro.exec(text)![0].length) {
      header.signers.push(line)
      header.furniture.push(line)
      continue
    }

    const agenda = agendaRe.exec(text)
    if (agenda) {
      header.furniture.push(line)
      continue
    }

    // `Onderwerp: …`: the title, unless a site’s metadata block names the agenda item with it (below).
    const subjectLabel = subjectLabelRe.exec(text)
    if (subjectLabel) {
      subject ??= {text: cleanTitle(subjectLabel[1]!), lines: [line]}
      continue
    }

    const titleLabel = titleLabelRe.exec(text)
    if (titleLabel) {
      titleFromLabel = {text: cleanTitle(titleLabel[1]!), lines: [line]}
      header.furniture.push(line)
      continue
    }

    const dossierLabel = dossierLabelRe.exec(text)
    if (dossierLabel) {
      const read = readDossierLine(dossierLabel[1]!, true, true)
      if (read) dossier = {value: read.dossier, line, index, rest: read.rest, labelled: true}
      if (read?.nr) nr = {value: read.nr, line}
      continue
    }

    const labelled = labelledNumberRe.exec(text)
    if (labelled) {
      header.number = {text: labelled[1]!.trim(), lines: [line]}
      header.furniture.push(line)
      continue
    }

    const dossierLine = findDates(text).length === 0 ? readDossierLine(text, numbered) : undefined
    if (dossierLine && !dossier) {
      dossier = {value: dossierLine.dossier, line, index, rest: dossierLine.rest, labelled: false}
      if (dossierLine.nr) nr = {value: dossierLine.nr, line}
      header.furniture.push(line)
      continue
    }
    const nrLine = nrRe.exec(text)
    if (nrLine) {
      nr = {value: nrLine[1]!, line}
      header.furniture.push(line)
      continue
    }
    // The Eerste Kamer numbers its papers in a dossier with letters (`36 410` … `G`).
    if (letterRe.test(text) && dossier && !nr) {
      nr = {value: text, line}
      header.furniture.push(line)
      continue
    }
    // `D66`, `50PLUS` alone on a line are a party (a letterhead), not a number.
    if (standaloneNumberRe.test(text) && !/^\d+$/u.test(text) && !isKnownParty(text)) {
      header.number ??= {text, lines: [line]}
    }
    if (isHeaderFurniture(text)) {
      header.furniture.push(line)
    } else if (wrapsMetadata(content[index - 1], line, wrappedMetadata)) {
      // `Plenair debat (tweeminutendebat) - … Armoede- en` / `schuldenbeleid` / `(CD 08/02)`: the metadata line wrapped.
      header.furniture.push(line)
      wrappedMetadata.add(line)
    }
  }

  if (dossier) header.dossier = {number: dossier.value, title: dossierTitle(content, dossier), line: dossier.line}
  if (dossier && nr) header.number = {text: `${dossier.value} nr. ${nr.value}`, lines: dossier.line === nr.line ? [nr.line] : [dossier.line, nr.line]}
  else if (nr && !header.number) header.number = {text: nr.value, lines: [nr.line]}

  // Without a titled `Motie …` line, the title is below a bare `MOTIE` heading, if there is one,
  // else above it (`ZWEMLES VOOR IEDER KIND` over `Motie vreemd aan de orde van de dag`).
  const bare = content.findLastIndex((line) => motionLineRe.test(line.text.trim()))
  if (quotedText) return header
  header.title ??=
    titleFromLabel ??
    fallbackTitle(bare >= 0 ? content.slice(bare + 1) : content) ??
    (bare > 0 ? fallbackTitle(content.slice(0, bare)) : undefined) ??
    repeatedSubject(content, subject) ??
    attachment ??
    (metadataBlock(content) ? undefined : subject)
  // `Onderwerp: Kaderbrief` that is not the title names the agenda item: metadata.
  if (subject && header.title !== subject) header.furniture.push(...subject.lines)
  // The title printed again (a heading over the same title in a table or a second block) says nothing new.
  const title = header.title
  if (title) header.furniture.push(...content.filter((line) => !title.lines.includes(line) && sameText(line.text, title.text)))
  return header
}

function sameText(a: string, b: string): boolean {
  const fold = (text: string): string => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim()
  return fold(a) === fold(b)
}

/**
 * The dossier’s title: on the dossier line after the number (`28 286
 * Dierenwelzijn`), else the lines below it up to the paper’s number or the
 * motion line (`Raad Algemene Zaken en Raad Buitenlandse` / `Zaken`); a date
 * line between them is skipped.
 */
function dossierTitle(content: readonly Line[], dossier: {value: string; line: Line; index: number; rest: string; labelled: boolean}): Found | undefined {
  // `Dossier: 21501-07` says all there is: the lines below are the header’s own.
  if (dossier.labelled) return dossier.rest === '' ? undefined : {text: cleanTitle(dossier.rest), lines: [dossier.line]}
  const parts: string[] = dossier.rest === '' ? [] : [dossier.rest]
  const lines: Line[] = dossier.rest === '' ? [] : [dossier.line]
  const closedByNr = content.slice(dossier.index + 1).some((other) => nrRe.test(other.text.trim()))
  for (let index = dossier.index + 1; index < content.length && lines.length < 8; index++) {
    const line = content[index]!
    const text = line.text.trim()
    const dateOnly = findDates(text).some((date) => date.text.length >= text.length - 3)
    if (dateOnly && lines.length === 0) continue
    // The dossier number printed again (a heading and a running header on one page) is not its title.
    const again = readDossierLine(text)
    if (again && again.dossier === dossier.value && again.rest === '' && parts.length === 0) continue
    if (dateOnly || nrRe.test(text) || letterRe.test(text) || motionLineRe.test(text) || letterBeforeMotionRe.test(text)) break
    if (isMetadata(text) || kamerHeaderRe.test(text) || matchAssembly(text) || /^\d+$/u.test(text)) break
    // Lines of one title follow each other; a blank line ends it once it has begun, unless the
    // paper’s `Nr.` line below closes the block (a Kamerstuk’s heading, wrapped with space between).
    const previous = lines.at(-1)
    // A line in lower case one blank line down is the title wrapped with the renderer's line spacing.
    const wraps = previous !== undefined && line.page === previous.page && line.line - previous.line === 2 && /^\p{Ll}/u.test(text)
    if (previous && (line.line - previous.line !== 1 || line.page !== previous.page) && !closedByNr && !wraps) break
    parts.push(text)
    lines.push(line)
  }
  if (parts.length === 0) return undefined
  return {text: cleanTitle(parts.join(' ')), lines}
}

/**
 * A title that wraps onto the next line: one that starts in lower case, or
 * more capitals under a title in capitals (`MOTIE VAN HET LID X OVER …`).
 */
function continueTitle(rest: string, content: readonly Line[], index: number): {text: string; lines: Line[]} {
  let title = rest
  const lines: Line[] = []
  for (let next = index + 1; next < content.length; next++) {
    const line = content[next]!
    const previous = content[next - 1]!
    const text = line.text.trim()
    // `MOTIE VAN DE LEDEN PATERNOTTE` / (blank) / `EN BREKELMANS`: a list of names in capitals goes on over a blank line.
    const gap = line.line - previous.line
    const listGoesOn = gap === 2 && isCapitals(title) && /^(?:EN|C\.S\.)(?![\p{L}])/u.test(text)
    // A long title line that wrapped, with the renderer’s line spacing as a blank line between (`… over de versterking va` / `de Nederlandse …`).
    const wrapGoesOn = gap === 2 && lines.length === 0 && (previous.text.trim().length >= 50) && !/[.:;!?]$/u.test(previous.text.trim()) && /^\p{Ll}/u.test(text)
    if ((gap !== 1 && !listGoesOn && !wrapGoesOn) || line.page !== previous.page || findDates(text).length > 0) break
    if (!/^\p{Ll}/u.test(text) && !(isCapitals(title) && isCapitals(text))) break
    // A header line of its own in capitals: `AGENDAPUNT 7`, `GROENLINKS`, `M12`.
    if (agendaRe.test(text) || anyLabelRe.test(text) || isMetadata(text) || isKnownParty(text) || standaloneNumberRe.test(text)) break
    title += ' ' + text
    lines.push(line)
  }
  return {text: cleanTitle(title), lines}
}

/**
 * A header line that only says where and when (`Datum: …`, `Tweede Kamer der
 * Staten-Generaal`, `Den Haag, 4 november 2016`, a party letterhead): dropped on purpose.
 */
function isHeaderFurniture(text: string): boolean {
  if (isMetadata(text) || isMetadataKey(text) || anyLabelRe.test(text) || kamerHeaderRe.test(text) || isAddressLine(text)) return true
  // OCR’s reading of a logo or a stamp (`Y)`, `@)`, `(6)`): no word in it.
  if (text.length <= 4 && !/\p{L}{3}/u.test(text) && !isKnownParty(text)) return true
  // The Kamer’s letterhead, letter-spaced (`T W E E D E K A M E R …`) or broken over lines (`DER`, `STATEN-GENERAAL`).
  if (kamerHeaderRe.test(text.replace(/(?<=\S) (?=\S)/gu, '')) || isLetterheadPart(text)) return true
  // `GEMEENTE LOSSER`, `Provincie Utrecht`: the body’s letterhead.
  if (letterheadRe.test(text)) return true
  // A party, or the parties that submit the motion (`GroenLinks, PvdA, D66`).
  if (text.split(/\s*[,&]\s*|\s+en\s+/u).every((part) => isKnownParty(part))) return true
  // `Tweede Kamer`, `Gemeenteraad van Almere`: the assembly’s name over the motion.
  if (matchAssembly(text) && text.split(/\s+/).length <= 5 && !/[.:;,]$/u.test(text)) return true
  const dates = findDates(text)
  // `Vergadering … d.d. 22 maart 2023`: a short line that labels a date; not a sentence that mentions one.
  if (dates.length > 0 && dateLabelRe.test(text) && text.split(/\s+/u).length <= 10 && !/[.:!?]$/u.test(text)) return true
  return dates.some((date) => date.text.length >= text.length - 25) && !/[.!?]$/u.test(text)
}

/** A line that goes on with the metadata line right above it: it starts in lower case or with a bracket. */
function wrapsMetadata(previous: Line | undefined, line: Line, wrapped: ReadonlySet<Line>): boolean {
  if (!previous || line.page !== previous.page) return false
  const text = line.text.trim()
  // A reference in brackets (`(CD 08/02)`) may stand one blank line down.
  const gap = line.line - previous.line
  if (gap !== 1 && !(gap === 2 && text.startsWith('('))) return false
  // A metadata line, a labelled date (`Ingediend op 15 februari 2023 tijdens het …`), or a line that already went on one.
  const opens = isMetadata(previous.text) || (dateLabelRe.test(previous.text) && findDates(previous.text).length > 0) || wrapped.has(previous)
  return opens && /^(?:\p{Ll}|\()/u.test(text)
}

/**
 * A site’s block of metadata (`Datum: …`, `Status: …`, `Samen met: …`):
 * there `Onderwerp:` names the agenda item or the debate, not the motion.
 */
function metadataBlock(content: readonly Line[]): boolean {
  return content.filter((line) => isMetadata(line.text) && !subjectLabelRe.test(line.text.trim())).length >= 2
}

/** A one-word heading (`Kinderpardon`) is a title when the `Onderwerp:` line repeats it. */
function repeatedSubject(content: readonly Line[], subject: Found | undefined): Found | undefined {
  if (!subject) return undefined
  const line = content.find((other) => other !== subject.lines[0] && cleanTitle(other.text) === subject.text)
  return line ? {text: subject.text, lines: [line]} : undefined
}

const letterheadWords = new Set(kamerHeader.flatMap((phrase) => phrase.split(/\s+/u)))
const letterheadRe = lettersRegExp(`^(?:${letterheads.map((word) => escape(word)).join('|')})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?$`, 'iu')

/** A line in capitals whose words are all words of the Kamer’s name (`DER`, `STATEN-GENERAAL`). */
function isLetterheadPart(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  return isCapitals(text) && words.length <= 3 && words.every((word) => letterheadWords.has(word.toLowerCase()))
}

/** Text in capitals only (at least two letters, no lower case). */
function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

function cleanTitle(text: string): string {
  return text.trim().replace(/^(?:[:;,]+|[-–—=_*]{2,})\s*|[:;,]+$/gu, '').replace(quotes, '').trim()
}

/** No `Motie …` line: the last header line that reads as a title. */
function fallbackTitle(content: readonly Line[]): Found | undefined {
  // A line that the line above wraps onto is the second half of a title, not a title of its own.
  const starts = content.filter((line, index) => index === 0 || !(isPlausibleTitle(content[index - 1]!.text.trim()) && wrapsOnto(content[index - 1]!, line)))
  const plausible = starts.filter((line) => isPlausibleTitle(line.text.trim()))
  const long = plausible.filter((line) => line.text.trim().split(/\s+/).length >= 3)
  const chosen = long.at(-1) ?? plausible.sort((a, b) => b.text.length - a.text.length)[0]
  if (!chosen) return undefined
  const lines = [chosen]
  for (let index = content.indexOf(chosen) + 1; index < content.length; index++) {
    const line = content[index]!
    if (!wrapsOnto(lines.at(-1)!, line)) break
    lines.push(line)
  }
  return {text: cleanTitle(lines.map((line) => line.text.trim()).join(' ')), lines}
}

/** A title wrapped onto the next line: no blank line between, and the next line reads as more title. */
function wrapsOnto(line: Line, next: Line): boolean {
  if (next.line - line.line !== 1 || next.page !== line.page) return false
  const text = next.text.trim()
  if (/[.:;!?]$/u.test(line.text.trim()) || line.text.trim().length < 25) return false
  if (text.length > 60 || /[():]/u.test(text) || findDates(text).length > 0 || /\d/u.test(text)) return false
  return isPlausibleTitle(text) || /^\p{L}+[’']?\p{L}*$/u.test(text)
}

function isPlausibleTitle(text: string): boolean {
  if (text.length < 3 || text.length > 200) return false
  if (!/\p{L}{2}/u.test(text) || /^\d/u.test(text)) return false
  if (anyLabelRe.test(text) || /^\S+\s+:/u.test(text) || isMetadata(text) || isAddressLine(text)) return false
  if (kamerHeaderRe.test(text) || dateLabelRe.test(text) || agendaRe.test(text) || signatureIntro.test(text)) return false
  // `Gemeenteraad van Almere`: the assembly’s name over the motion, not its title.
  if (matchAssembly(text) && text.split(/\s+/).length <= 5) return false
  const dates = findDates(text)
  if (dates.some((date) => date.text.length >= text.length - 12)) return false
  if (/^\(.*\)$/u.test(text)) return false
  // A list item (`- sinds de proef …`) is a clause cut off from its lead, not a title.
  if (bullet.exec(text)?.[1] !== undefined) return false
  // A speaker (`De voorzitter:`) or running text is no title.
  if (/:$/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false
  return text.split(/\s+/).length >= 2
}

/**
 * The motion line inside a line that a heading runs into: a capitalised
 * motion word with a number after it (`Motie 3`, `Amendement nr. 12`), past
 * the line’s start. Only with a number, so that a sentence that names a
 * motion is not read as one.
 */
function gluedMotionLine(text: string): string | undefined {
  for (const match of text.matchAll(gluedMotionRe)) {
    if (match.index === 0) continue
    const rest = text.slice(match.index)
    if (motionLineRe.test(rest)) return rest
  }
  return undefined
}

/** Whether the start of a title is the motion’s number (`169/2022`, `nr. 12`, `M12`, `12:`), not a word like `100 dagen`. */
function isNumberToken(token: string, after: string): boolean {
  if (!/\d/u.test(token) || /^(?:19|20)\d{2}$/u.test(token)) return false
  if (/^nr/iu.test(token) || /[/.-]/u.test(token) || /\p{L}/u.test(token)) return true
  // `Amendement 1 Vergaderstructuur: raadsgesprek`: a short number before a capitalised title (not `100 dagen`).
  return /^\s*[:–—-]/u.test(after) || after.trim() === '' || (/^\d{1,3}$/u.test(token) && /^\s+\p{Lu}\p{Ll}/u.test(after))
}
