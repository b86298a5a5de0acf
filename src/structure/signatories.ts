/**
 * Tail lines → signatories.
 *
 * Layouts seen in archives: `Name` over `Party` (one per cell or flattened
 * into a line of names over a line of parties), `Name, Party`, `Party, Name`,
 * `Name (Party)`, `Party – Name`, surnames only (Tweede Kamer), a signature
 * scribble above a party, `Namens de fractie van:` above any of these, and
 * co-signers added later.
 */
import {isBlank, type Line} from '../read/line.js'
import {coSignerIntros, explanationHeadings, voteTableTotals, partyPrefixes, signatureHeadings, signatureNameHeadings, signaturePartyHeadings, signerRoles} from '../lexicon.js'
import {findDates} from '../dates.js'
import {alternation, bullet, decisionRecord, escape, loose, isAuthentication, isDebris, isFurniture, laterSigner, signatureIntro, signatureMarker} from '../patterns.js'
import {key, withoutTitle, hasNameParticle, isInitialName, isKnownParty, isNameLike, isPartyLike, isPartyName, splitNameParty, splitNamesAndParties, splitPartyName} from '../names.js'
import {lettersRegExp} from '../letters.js'

export interface SignatoryDraft {
  name: string | null
  party: string | null
  addedLater: boolean
  lines: Line[]
  /** Read whole from its line (`Samen met SP`): not to be joined with a neighbour. */
  whole?: boolean
}

const partyPrefixRe = lettersRegExp(`^(?:${alternation(partyPrefixes, loose)})\\s+`, 'iu')
/** `Deze motie is voorgesteld door de leden A, B en C.` (Handelingen). */
const proposedRe = /voorgesteld door (?:de leden|het lid)\s+(.+?)\.?$/iu
/** The end of a sentence after a word (`… en Van der Lee. Naar mij blijkt …`), not after an initial. */
const sentenceEndRe = /(?<=\p{Ll}{2}|\))\.(?:\s|$)/u
const explanationRe = lettersRegExp(`^(?:${explanationHeadings.map((word) => escape(word)).join('|')})\\s*:?$`, 'iu')
const coSignerRe = lettersRegExp(`^(?:${coSignerIntros.map((phrase) => escape(phrase).replace(/\\?\s+/gu, '\\s+')).join('|')})\\b`, 'iu')
const assignedRe = /(?:zij|hij|deze motie)\s+krijgt\s+nr/iu
/** Between names listed on one line. */
const nameListRe = /\s*[,;]\s*|\s+(?:en|&)\s+/u
const urlRe = /^(?:https?:\/\/|www\.)\S+$/iu
/** A role beside a name (`fractievoorzitter`, `Eilandsraadslid`), as a whole word. */
const roleRe = lettersRegExp(`(?<![\\p{L}-])(?:${[...signerRoles].sort((a, b) => b.length - a.length).map((role) => escape(role)).join('|')})(?![\\p{L}-])`, 'giu')
/** A table’s heading row (`Naam   Fractie`). */
const headingRowRe = lettersRegExp(`^(?:(?:${signatureHeadings.map((word) => escape(word)).join('|')})\\s*[:|]?\\s*)+$`, 'iu')
/** Several `Name (Party)` on one line, the last perhaps after `en`. */
const parenthesisedListRe = /(?<=\))\s*(?:[,;]|\s+en(?=\s))\s*(?=\S)/u
/** A cell of a signature form (`Naam: Lot van Hooijdonk`, `Fractie: GroenLinks`): the value without its label. */
const cellLabelRe = lettersRegExp(`^(?:${signatureHeadings.map((word) => escape(word)).join('|')})\\s*:\\s*(?=\\S)`, 'iu')
const nameHeadings = new Set(signatureNameHeadings)
const partyHeadings = new Set(signaturePartyHeadings)
const voteTotalRe = lettersRegExp(`^(?:${voteTableTotals.map((word) => escape(word)).join('|')})\\b`, 'iu')
/** Table cells: kept apart by a tab or a wide gap. */
const cellGapRe = /\t+|\s{3,}/u

/** Read signatories from the lines after a motion’s body. Labels and noise that belong to them go to `furniture`. */
export function parseSignatories(lines: readonly Line[], furniture: Line[] = []): SignatoryDraft[] {
  const signers: SignatoryDraft[] = []
  const columns = tableColumns(lines)
  const counts = countRows(lines)
  const candidates = lines.filter((line) => !isBlank(line) && !isNoise(line.text) && !counts.has(line))
  furniture.push(...lines.filter((line) => !isBlank(line) && (isSignatureFurniture(line.text) || counts.has(line))))

  const chained = wrappedChains(candidates)
  for (const chain of chained) signers.push(...chain.signers)
  const taken = new Set(chained.flatMap((chain) => chain.lines))

  for (let index = 0; index < candidates.length; index++) {
    const line = candidates[index]!
    if (taken.has(line)) continue
    // Signatories drafted as a list (`- Name (Party)`): the marker is not part of the name.
    let text = line.text.trim().replace(bullet, '')

    const intro = signatureIntro.exec(text)
    if (intro) {
      const co = coSignerRe.test(text)
      // `Namens de fractie van het CDA,`: the article is not part of the party.
      text = text.slice(intro[0].length).trim().replace(/^(?:de|het)\s+(?=\p{Lu})/u, '')
      if (text === '') {
        furniture.push(line)
        continue
      }
      // `Samen met SP en GL.`, `mede namens GroenLinks`: co-submitters, each a signer of its own.
      if (co) {
        const parts = text.replace(/[.;,]+$/u, '').split(/\s*,\s*|\s+en\s+/u)
        if (parts.every((part) => isPartyLike(part) || isNameLike(part))) {
          for (const part of parts) {
            const party = isPartyLike(part) && (isPartyName(part) || !isNameLike(part))
            signers.push({name: party ? null : part, party: party ? cleanParty(part) : null, addedLater: false, lines: [line], whole: true})
          }
          continue
        }
      }
      // `Namens de fractie van Stadsbelang,`: after the intro, a party by shape even where it reads as a name too.
      const party = text.replace(/[.;,]+$/u, '')
      if (isPartyLike(party) && !readPair(party) && !splitNameParty(party) && !splitSeveral(party)) {
        signers.push({name: null, party: cleanParty(party), addedLater: false, lines: [line]})
        continue
      }
    }

    if (signatureMarker.test(text)) {
      furniture.push(line)
      continue
    }

    // A row of a table whose heading says which column holds names and which parties.
    const row = columns && readRow(text, columns)
    if (row) {
      signers.push({...row, addedLater: false, lines: [line]})
      continue
    }

    // A cell of a signature form: `Naam: …` over `Fractie: …` (`Handtekening:` is dropped as noise).
    text = text.replace(cellLabelRe, '')

    const later = laterSigner.exec(text)
    if (later) {
      for (const name of splitList(later[1]!)) signers.push({name, party: null, addedLater: true, lines: [line]})
      continue
    }

    const proposed = proposedRe.exec(text)
    if (proposed) {
      for (const name of splitList(proposed[1]!.split(sentenceEndRe)[0]!)) signers.push({name, party: null, addedLater: false, lines: [line]})
      // The chair’s sentence goes on over the next line (`… Naar` / `mij blijkt, wordt de indiening …`).
      const rest = candidates[index + 1]
      if (rest && !/[.!?]$/u.test(text) && /^\p{Ll}/u.test(rest.text.trim())) {
        furniture.push(rest)
        index++
      }
      continue
    }

    text = withoutRoles(text)
    if (text === '') {
      furniture.push(line)
      continue
    }

    // `Van der Meer (HAP), Bosman (VVD)` and `PvdA, SGP, CDA`: several signers on one line.
    const several = splitSeveral(text)
    if (several) {
      for (const pair of several) signers.push({...pair, addedLater: false, lines: [line]})
      continue
    }

    // `VVD, Reem Bakker D66, George Becht CDA, Marco Hollemans`: a table of party and name cells read as one text.
    const chain = readChain(text)
    if (chain) {
      for (const pair of chain) signers.push({...pair, addedLater: false, lines: [line]})
      continue
    }

    if (isProse(text)) continue


    // Columns kept apart by wide gaps (layout-preserving extractions).
    const cells = text.split(cellGapRe)
    const next = candidates[index + 1]
    if (cells.length > 1 && next) {
      const below = next.text.trim().split(cellGapRe)
      if (below.length === cells.length) {
        const namesFirst = cells.every((cell) => isNameLike(cell)) && below.every((cell) => isPartyLike(cell))
        const partiesFirst = !namesFirst && cells.every((cell) => isPartyLike(cell)) && below.every((cell) => isNameLike(cell))
        if (namesFirst || partiesFirst) {
          for (const [column, cell] of cells.entries()) {
            const other = below[column]!
            signers.push({name: namesFirst ? cell : other, party: cleanParty(namesFirst ? other : cell), addedLater: false, lines: [line, next]})
          }
          index++
          continue
        }
      }
    }

    // `drs. H.C.P. Noten      drs. J. Leegwater`: one name per cell, side by side (chair and clerk, a row of signers).
    // A single word beside a name is its party (`A. Jansen   Swollwacht`), not a second signer.
    const personal = (cell: string) =>
      isNameLike(cell) && !isPartyName(cell) && (isInitialName(withoutTitle(cell)) || (!isPartyLike(cell) && cell.trim().split(/\s+/u).length >= 2))
    if (cells.length > 1 && cells.every(personal)) {
      for (const cell of cells) signers.push({name: cell.trim(), party: null, addedLater: false, lines: [line]})
      continue
    }

    const pair = readPair(text) ?? readCells(cells)
    if (pair) {
      signers.push({...pair, addedLater: false, lines: [line]})
      continue
    }

    // A line of names above a line of parties.
    const following = next?.text.trim()
    if (following !== undefined && !isPartyLike(text) && looksLikeNames(text) && looksLikeParties(following)) {
      const zipped = splitNamesAndParties(text, following)
      // One name over one party is left to `attachParties`, which knows the order of the block.
      if (zipped && zipped.length > 1) {
        for (const signer of zipped) signers.push({name: signer.name, party: cleanParty(signer.party), addedLater: false, lines: [line, next!]})
        index++
        continue
      }
    }

    if (isPartyLike(text) && (isPartyName(text) || !(isNameLike(text) && !isKnownParty(text) && !/\p{Lu}{2}/u.test(text)))) {
      signers.push({name: null, party: cleanParty(text), addedLater: false, lines: [line]})
      continue
    }

    const combined = splitNameParty(text)
    if (combined && !isNameLikeOnly(text)) {
      signers.push({name: combined.name, party: cleanParty(combined.party), addedLater: false, lines: [line]})
      continue
    }

    // `Burgerforum Jos Tijdhof`: the party written before the name.
    const partyFirst = splitPartyName(text)
    if (partyFirst) {
      signers.push({name: partyFirst.name, party: cleanParty(partyFirst.party), addedLater: false, lines: [line]})
      continue
    }

    if (isNameLike(text)) {
      signers.push({name: text, party: null, addedLater: false, lines: [line]})
      continue
    }

    // Names only, on one line: `Jan de Vries, Piet Jansen`, `Jan de Vries en Piet Jansen`.
    const names = text.split(nameListRe)
    if (names.length > 1 && names.every((name) => isNameLike(name) && !isPartyLike(name))) {
      // Above a party line, a comma typed inside a name (`Ralf, Sluijs, Arjen Dubbelaar`) does not split it.
      const joined = next && isPartyLike(next.text.trim()) ? joinSplitNames(names.map((name) => name.trim())) : names
      for (const name of joined) signers.push({name: name.trim(), party: null, addedLater: false, lines: [line]})
      continue
    }

    // After a name: whatever short line follows is its party (`Waterschap@Inwonersbelangen`), unless it is
    // debris (`tot...`) or the name again;
    // in a list of surnames alone (Tweede Kamer), it is one more surname, however OCR broke it.
    const last = signers.at(-1)
    if (last && last.party === null && last.name !== null && last.lines.at(-1) === candidates[index - 1] && isShort(text) && !/[\d()]/u.test(text) && !isDebris(text) && key(text) !== key(last.name)) {
      if (isSurnameList(signers.slice(0, -1))) {
        if (/^\p{Lu}/u.test(text)) signers.push({name: text, party: null, addedLater: false, lines: [line]})
        continue
      }
      last.party = cleanParty(text)
      last.lines.push(line)
    }
  }

  return withoutRepeatedParties(attachParties(sharedParty(signers)).map(partyAsName), furniture)
}

/**
 * Names one under another (or listed on a line) and below them one party:
 * the party of them all (`Ralf Sluijs, Arjen Dubbelaar` over `Hart voor Den
 * Haag`). Only where the block holds nothing else: a party under each name
 * is read pair by pair.
 */
function sharedParty(signers: SignatoryDraft[]): SignatoryDraft[] {
  const party = signers.at(-1)
  const names = signers.slice(0, -1)
  if (!party || party.name !== null || party.party === null || party.whole || names.length < 2) return signers
  if (!names.every((signer) => signer.name !== null && signer.party === null && !signer.addedLater && !signer.whole)) return signers
  const chained = signers.every((signer, index) => index === 0 || signer.lines[0] === signers[index - 1]!.lines.at(-1) || adjacent(signers[index - 1]!, signer))
  if (!chained) return signers
  return names.map((signer) => ({...signer, party: party.party, lines: [...signer.lines, ...party.lines]}))
}

/** Signers that are surnames alone, as the Tweede Kamer prints them (`Grinwis`, `Van der Lee`). */
function isSurnameList(signers: readonly SignatoryDraft[]): boolean {
  return signers.length >= 2 && signers.every((signer) => signer.party === null && signer.name !== null && isSurname(signer.name))
}

function isSurname(text: string): boolean {
  const words = text.split(/\s+/u)
  return isNameLike(text) && !isInitialName(text) && (words.length === 1 || (words.length <= 4 && /^\p{Lu}/u.test(words[0]!) && hasNameParticle(words.slice(1).join(' '))))
}

/**
 * `Ralf, Sluijs, Arjen Dubbelaar`: in a list of full names, two single
 * words side by side are one name split by a stray comma.
 */
function joinSplitNames(names: readonly string[]): string[] {
  const single = (name: string | undefined) => name !== undefined && !/\s/u.test(name)
  // Only beside a full name (first name and surname), not in a list of surnames.
  if (!names.some((name) => !single(name) && !hasNameParticle(name.split(/\s+/u)[0]!.toLowerCase()))) return [...names]
  const result: string[] = []
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!
    const next = names[index + 1]
    if (single(name) && single(next) && !single(names[index - 1]) && !single(names[index + 2])) {
      result.push(`${name} ${next}`)
      index++
      continue
    }
    result.push(name)
  }
  return result
}

/**
 * `VVD, Reem Bakker D66, George Becht STERK Woerden, Marco Hollemans`: party
 * and name cells read in a row, so that each comma falls between a name and
 * the next row’s party (or, names first, between a party and the next name).
 */
function readChain(text: string): {name: string; party: string}[] | undefined {
  const parts = text.replace(/[.;]$/u, '').split(/\s*,\s*/u)
  if (parts.length < 3) return undefined
  const first = parts[0]!
  const last = parts.at(-1)!
  const middle = parts.slice(1, -1)
  const partyCell = (cell: string) => isPartyLike(cell) && (isPartyName(cell) || !isNameLike(cell))
  if (partyCell(first) && isNameLike(last) && !partyCell(last)) {
    const splits = middle.map((part) => splitNamePartyCell(part))
    if (!splits.every(Boolean)) return undefined
    const names = [...splits.map((split) => split!.name), last]
    const parties = [first, ...splits.map((split) => split!.party)]
    return names.map((name, index) => ({name, party: cleanParty(parties[index]!)}))
  }
  if (isNameLike(first) && !partyCell(first) && partyCell(last)) {
    const splits = middle.map((part) => splitPartyNameCell(part))
    if (!splits.every(Boolean)) return undefined
    const names = [first, ...splits.map((split) => split!.name)]
    const parties = [...splits.map((split) => split!.party), last]
    return names.map((name, index) => ({name, party: cleanParty(parties[index]!)}))
  }
  return undefined
}

/**
 * A chain of party and name cells wrapped over the lines of a paragraph, after
 * the last sentence of an explanation (`… voldaan. VVD, Reem Bakker D66,` over
 * `George Becht CDA, Marco` over `Hollemans`).
 */
function wrappedChains(lines: readonly Line[]): {signers: SignatoryDraft[]; lines: Line[]}[] {
  const paragraphs: Line[][] = []
  for (const line of lines) {
    const current = paragraphs.at(-1)
    const previous = current?.at(-1)
    if (current && previous && previous.page === line.page && line.line - previous.line === 1) current.push(line)
    else paragraphs.push([line])
  }
  const found: {signers: SignatoryDraft[]; lines: Line[]}[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.length < 2) continue
    // Where each line starts in the joined text, to know which lines the chain took.
    const starts: number[] = []
    let joined = ''
    for (const line of paragraph) {
      if (joined !== '') joined += ' '
      starts.push(joined.length)
      joined += line.text.trim()
    }
    const ends = [...joined.matchAll(new RegExp(sentenceEndRe.source, 'gu'))]
    const from = ends.length > 0 ? ends.at(-1)!.index + ends.at(-1)![0].length : 0
    const chain = readChain(joined.slice(from).trim())
    if (!chain || chain.length < 3) continue
    const first = starts.findLastIndex((start) => start <= from)
    const taken = paragraph.slice(Math.max(first, 0))
    // Lines that each read as signers on their own (`Jansen, AWP` over `Van Dijk, Water Natuurlijk`) are no wrapped chain.
    if (from === 0 && taken.every((line) => readsAlone(line.text.trim()))) continue
    found.push({signers: chain.map((pair) => ({...pair, addedLater: false, lines: taken})), lines: taken})
  }
  return found
}

function readsAlone(text: string): boolean {
  return readPair(text) !== undefined || isNameLike(text) || isPartyLike(text)
}

/** `George Becht STERK Woerden`: a name, then the party of the next cell; a known party first, else the name as short as reads well. */
function splitNamePartyCell(text: string): {name: string; party: string} | undefined {
  const words = text.split(/\s+/u)
  const cuts = Array.from({length: Math.max(words.length - 2, 0)}, (_, index) => index + 2)
  return splitCell(words, cuts, (name, party) => ({name, party}))
}

/** `D66 George Becht`: a party, then the name of the next cell; a known party first, else the name as a first name and surname. */
function splitPartyNameCell(text: string): {name: string; party: string} | undefined {
  const words = text.split(/\s+/u)
  const cuts = Array.from({length: Math.max(words.length - 1, 0)}, (_, index) => words.length - 1 - index).filter((cut) => cut >= 1)
  return splitCell(words, cuts, (party, name) => ({name, party}))
}

/** The first of `cuts` that splits `words` into a name and a party (`pair` says which side is which), a known party preferred. */
function splitCell(
  words: readonly string[],
  cuts: readonly number[],
  pair: (before: string, after: string) => {name: string; party: string}
): {name: string; party: string} | undefined {
  const reads = cuts
    .map((cut) => pair(words.slice(0, cut).join(' '), words.slice(cut).join(' ')))
    .filter(({name, party}) => isNameLike(name) && !/^\p{Ll}/u.test(name) && isPartyLike(party))
  return reads.find(({party}) => isKnownParty(party)) ?? reads[0]
}

/** `Democraten '66   4`, `WIJ 3`: rows of a table of seats or votes by party, when there are several; never signers. */
function countRows(lines: readonly Line[]): Set<Line> {
  const rows = lines.filter((line) => /^\S.{0,58}[^\s'’]\s+\d{1,2}$/u.test(line.text.trim()) && !/[,;:]/u.test(line.text))
  if (rows.length < 2) return new Set()
  const totals = lines.filter((line) => voteTotalRe.test(line.text.trim()))
  return new Set([...rows, ...totals])
}

/** A name that is its party again (a row of parties zipped with itself, a repeated line): the party signs alone. */
function partyAsName(signer: SignatoryDraft): SignatoryDraft {
  return signer.name !== null && signer.party !== null && key(signer.name) === key(signer.party) ? {...signer, name: null} : signer
}

/**
 * `Namens de fractie van Stadsbelang,` above `E. Yildiz - Stadsbelang`: the
 * party alone repeats what a named signer already says.
 */
function withoutRepeatedParties(signers: SignatoryDraft[], furniture: Line[]): SignatoryDraft[] {
  const named = new Set(signers.filter((signer) => signer.name !== null && signer.party !== null).map((signer) => signer.party!.toLowerCase()))
  const repeats = (signer: SignatoryDraft): boolean => signer.name === null && !signer.whole && signer.party !== null && named.has(signer.party.toLowerCase())
  // The line that named the party again (`Namens de fractie van Stadsbelang,`) says nothing more: silent.
  for (const signer of signers) if (repeats(signer)) furniture.push(...signer.lines)
  return signers.filter((signer) => !repeats(signer))
}

/** The columns of names and parties named by a table’s heading row (`Fractie   Naam   Handtekening`). */
function tableColumns(lines: readonly Line[]): {name: number; party: number} | undefined {
  for (const line of lines) {
    const text = line.text.trim()
    if (!headingRowRe.test(text)) continue
    const cells = text.split(cellGapRe).map((cell) => cell.toLowerCase().replace(/[:|]/gu, '').trim())
    const name = cells.findIndex((cell) => nameHeadings.has(cell))
    const party = cells.findIndex((cell) => partyHeadings.has(cell))
    if (name >= 0 && party >= 0) return {name, party}
  }
  return undefined
}

/** A table row read by its heading’s columns; a signature column may be empty. */
function readRow(text: string, columns: {name: number; party: number}): {name: string; party: string} | undefined {
  const cells = text.split(cellGapRe).map((cell) => cell.trim())
  const name = cells[columns.name]
  const party = cells[columns.party]
  if (cells.length < 2 || name === undefined || party === undefined || !isNameLike(name) || !isShort(party)) return undefined
  return {name, party: cleanParty(party)}
}

/**
 * `Name` on one line and `Party` on the next were read as two signers, one
 * without a party and one without a name: join them.
 */
function attachParties(signers: SignatoryDraft[]): SignatoryDraft[] {
  const nameOnly = (signer: SignatoryDraft | undefined) => signer !== undefined && signer.party === null && signer.name !== null && !signer.addedLater && !signer.whole
  const partyOnly = (signer: SignatoryDraft | undefined) => signer !== undefined && signer.name === null && signer.party !== null && !signer.whole

  // Which comes first in this block, the name or the party, is read from the first pair.
  let partyFirst = false
  for (const [index, signer] of signers.entries()) {
    const next = signers[index + 1]
    if (nameOnly(signer) && partyOnly(next) && adjacent(signer, next!)) break
    if (partyOnly(signer) && nameOnly(next) && adjacent(signer, next!)) {
      partyFirst = true
      break
    }
  }

  const result: SignatoryDraft[] = []
  for (const signer of signers) {
    const previous = result.at(-1)
    const pairs = partyFirst ? partyOnly(previous) && nameOnly(signer) : nameOnly(previous) && partyOnly(signer)
    if (previous && pairs && adjacent(previous, signer) && !previous.lines.some((line) => signer.lines.includes(line)) && previous.lines.length === 1) {
      previous.name ??= signer.name
      previous.party ??= signer.party
      previous.lines.push(...signer.lines)
      continue
    }
    result.push(signer)
  }
  return result
}

/** Two signers read from lines with at most one blank line between them, or across a page break. */
function adjacent(a: SignatoryDraft, b: SignatoryDraft): boolean {
  const last = a.lines.at(-1)!
  const first = b.lines[0]!
  if (first.page === last.page) return first.line - last.line <= 2
  // Lines are counted per page (PDF) or through the file (text).
  return first.page === last.page + 1 && (first.line <= 3 || (first.line > last.line && first.line - last.line <= 3))
}

/** Several signers on one line, each a pair or a party; undefined unless every part reads so. */
function splitSeveral(text: string): {name: string | null; party: string | null}[] | undefined {
  const parenthesised = text.split(parenthesisedListRe)
  if (parenthesised.length > 1) {
    const pairs = parenthesised.map((part) => readPair(part))
    if (pairs.every((pair) => pair?.name && pair.party)) return pairs as {name: string; party: string}[]
  }
  const parts = text.split(/\s*[,;]\s*|\s+en\s+/u).map((part) => part.replace(/[.]$/u, ''))
  if (parts.length > 1 && parts.every((part) => isPartyLike(part) && (!isNameLike(part) || isPartyName(part)))) {
    return parts.map((part) => ({name: null, party: cleanParty(part)}))
  }
  return undefined
}

/** Two table cells kept apart by a wide gap: `A. Jansen   Swollwacht`. */
function readCells(cells: readonly string[]): {name: string; party: string} | undefined {
  if (cells.length !== 2) return undefined
  const [first, second] = cells as [string, string]
  // `Water Natuurlijk   Joost Keijzer`: a party cell before a name cell.
  if (isPartyLike(first) && !isPartyLike(second) && isNameLike(second) && !isInitialName(first)) return {name: second, party: cleanParty(first)}
  if (!isNameLike(first) || !isShort(second) || /^\d|[()]/u.test(second)) return undefined
  // A second name in the other cell is a second signer, not a party.
  if (isNameLike(second) && !isPartyLike(second) && !(isInitialName(first) && !isInitialName(second))) return undefined
  return {name: first, party: cleanParty(second)}
}

/** Drop roles printed beside a name (`w.g. P. de Groot, fractievoorzitter SP`). */
function withoutRoles(text: string): string {
  return text
    .replace(roleRe, '')
    .replace(/\s*,\s*(?=,|$)/gu, '')
    .replace(/^\s*,\s*/u, '')
    .replace(/(?<=\S) {2}(?=\S)/gu, ' ')
    .trim()
}

/** `Name, Party`, `Party, Name`, `Name (Party)`, `Party – Name`, `Name - Party`. */
function readPair(text: string): {name: string | null; party: string | null} | undefined {
  const parenthesised = /^(.+?)\s*\(([^()]+)\)$/u.exec(text)
  if (parenthesised && isNameLike(parenthesised[1]!)) {
    return {name: parenthesised[1]!.trim(), party: cleanParty(parenthesised[2]!)}
  }
  const parts = text.split(/\s*,\s*|\s+[–—-]\s+/u)
  if (parts.length !== 2 || parts.includes('')) return undefined
  // `J. Verweij (CU) - P. Terpstra (WIB)`: a side with its own party in brackets is a signer of its own.
  if (parts.some((part) => /\([^()]+\)$/u.test(part))) return undefined
  const [first, second] = parts as [string, string]
  // `Mark van Dongen – SP-Zeeburg`: after a full name and a dash, one word is the party, whatever its shape.
  if (/\s[–—-]\s/u.test(text) && isNameLike(first) && first.split(/\s+/u).length >= 2 && /^\p{Lu}[^\s\d]*$/u.test(second)) {
    return {name: first, party: cleanParty(second)}
  }
  const firstParty = isPartyLike(first) || isPartyLike(first.replace(partyPrefixRe, ''))
  const secondParty = isPartyLike(second) || isPartyLike(second.replace(partyPrefixRe, ''))
  if (isNameLike(first) && secondParty && !(firstParty && !isNameLike(second))) return {name: first, party: cleanParty(second)}
  if (firstParty && isNameLike(second)) return {name: second, party: cleanParty(first)}
  // `Bossche Groenen, E. Claassen`: beside a name with initials, another capitalised phrase is the party.
  if (isInitialName(second) && !isInitialName(first) && isNameLike(first) && !hasNameParticle(first)) return {name: second, party: cleanParty(first)}
  // One side a name, the other something short that is not: that is the party (`Student & Starter – Iris Koster`).
  if (isNameLike(second) && !isNameLike(first) && isShort(first)) return {name: second, party: cleanParty(first)}
  if (isNameLike(first) && !isNameLike(second) && isShort(second) && !/\d/u.test(second)) return {name: first, party: cleanParty(second)}
  return undefined
}

function looksLikeNames(text: string): boolean {
  const words = text.split(/\s+/)
  // A list split by commas is names each on their own, not a row of cells; words in capitals are a heading.
  return (
    words.length >= 2 &&
    words.every((word) => /^[\p{Lu}]/u.test(word) || /^[\p{Ll}’']{1,4}$/u.test(word)) &&
    !words.some((word) => /^\p{Lu}{3,}$/u.test(word)) &&
    !/[\d@:;,]/u.test(text)
  )
}

function looksLikeParties(text: string): boolean {
  // `M. de Boer (GroenLinks)`: a signer of its own, not a row of parties.
  if (/[()]/u.test(text)) return false
  if (isPartyLike(text)) return true
  const words = text.split(/\s+/)
  return words.length >= 2 && words.some((word) => isPartyLike(word)) && !/[:;]/u.test(text)
}

/** A name that also reads as name + party only because its surname is a word (`Robin Smit`). */
function isNameLikeOnly(text: string): boolean {
  const words = text.split(/\s+/)
  return isNameLike(text) && words.length <= 3 && !words.some((word) => isKnownParty(word))
}

function cleanParty(text: string): string {
  return text.trim().replace(partyPrefixRe, '').replace(/[.;,]+$/u, '').trim()
}

function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+en\s+/u)
    .map((name) => name.trim().replace(/\.$/u, ''))
    .filter((name) => name !== '' && isNameLike(name))
}

function isShort(text: string): boolean {
  return text.length <= 50 && text.split(/\s+/).length <= 6
}

/** Lines in a tail that are never signatures. */
function isNoise(text: string): boolean {
  const value = text.trim()
  return (
    urlRe.test(value) ||
    isFurniture(value) ||
    /^[\p{P}\p{S}\s]+$/u.test(value) ||
    explanationRe.test(value) ||
    headingRowRe.test(value) ||
    assignedRe.test(value) ||
    // A speaker in a debate record (`De voorzitter:`, `De heer Thijssen (PvdA):`), not an intro.
    (/:$/u.test(value) && !signatureIntro.test(value))
  )
}

/** Lines of a signature block that say nothing themselves: a table’s heading row, a rule, a page footer, a heading. */
function isSignatureFurniture(text: string): boolean {
  const value = text.trim()
  return isFurniture(value) || /^[\p{P}\p{S}\s]+$/u.test(value) || explanationRe.test(value) || headingRowRe.test(value) || assignedRe.test(value) || isAuthentication(value) || decisionRecord.test(value) || isDateOnly(value) || isDebris(value)
}

/** `4 november 2024` alone (under `Aldus besloten … vergadering van`): a date, never a signer. */
function isDateOnly(text: string): boolean {
  return findDates(text).some((date) => date.text.length >= text.length - 3)
}

/** Running text (an explanation, a vote record), not a signature. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).length
  return words > 8 || (words > 5 && /[.!?]$/u.test(text) && /\s\p{Ll}{3,}\s/u.test(text))
}
