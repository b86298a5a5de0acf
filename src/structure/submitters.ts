/**
 * Submitters named above a motion rather than signed below it.
 *
 * A party page introduces the motions it reproduces (`de volgende motie van
 * PVV en SGP`, `op initiatief van de PvdA-fractie … samen met de fracties van
 * DV, D66 en CDA`), a Tweede Kamer title names its members (`Motie van het
 * lid Van der Lee`). Read only where no signature follows the motion.
 */
import {isBlank, type Line} from '../read/line.js'
import {groupSuffixes, nameParticles, parties, submitterPhrases} from '../lexicon.js'
import {alternation, loose} from '../patterns.js'
import {isKnownParty, isNameLike, isPartyLike, isPartyName, key} from '../names.js'
import type {SignatoryDraft} from './signatories.js'
import {lettersRegExp} from '../letters.js'

const phraseRe = lettersRegExp(`(?<![\\p{L}])(${alternation(submitterPhrases.map((entry) => entry.phrase), loose)})\\s+`, 'giu')
const documentPhrases = new Set(submitterPhrases.filter((entry) => entry.document).map((entry) => entry.phrase))
/** Phrases after which names are members (`motie van het lid …`), not parties. */
const memberPhrases = new Set(submitterPhrases.filter((entry) => entry.members).map((entry) => entry.phrase))
const groupRe = lettersRegExp(`(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}/&+]+)-(?:${alternation(groupSuffixes)})(?![\\p{L}])`, 'giu')
/**
 * A known party as the subject that opens a sentence (`"De Partij van de Arbeid
 * en eventueel andere partijen, stelt zich op het standpunt …`, `De VVD
 * verzoekt …`): minutes often word a motion so. Only the lexicon's parties,
 * then a comma or a lower-case word: `De Groep …` could start any sentence.
 */
const subjectPartyRe = new RegExp(`(?:^|[.!?:]\\s+|["“„‘(]\\s*)[Dd]e\\s+(${alternation(parties, loose)})(?=\\s*,|\\s+\\p{Ll})`, 'gu')
const groupSuffixRe = lettersRegExp(`-(?:${alternation(groupSuffixes)})$`, 'iu')
/** A capitalised word of a name (`Van`, `D66`, `50PLUS`, `GL-PvdA`, `'66`). */
const word = String.raw`(?:\p{Lu}|\d|['’]\d)[\p{L}\p{N}'’&/.+-]*`
/** Lower-case words inside a name (`Partij voor de Dieren`, `Van der Lee`). */
const inner = `(?:(?:${alternation(['voor', 'van', 'op', 'in', ...nameParticles])})\\s+)*`
/** One entry of a list: capitalised words, perhaps a party in brackets after it. */
const itemRe = new RegExp(`^(${word}(?:\\s+${inner}${word})*)(?:\\s*\\(([^()]{1,40})\\))?`, 'u')
const separatorRe = /^(?:\s*,\s*(?:en\s+)?|\s+(?:en|&)\s+)/iu
/** Words after which a Tweede Kamer title goes on with its subject (`… over …`). */
const listStops = new Set(['over', 'inzake', 'betreffende', 'ter', 'tot', 'c.s.', 'cs'])
const particleSet = new Set(nameParticles)

export interface Submitters {
  signers: SignatoryDraft[]
  /** Named for every motion of the document (`moties van …`). */
  document: boolean
}

/** The submitters named in `lines` (a motion’s header, the text above it). */
export function readSubmitters(lines: readonly Line[]): Submitters {
  const found: {at: number; signer: SignatoryDraft}[] = []
  let document = false
  for (const [index, paragraph] of paragraphs(lines).entries()) {
    // Submitters in the order the text names them.
    const offset = index * 1e6
    const text = paragraph.map((line) => line.text.trim()).join(' ')
    const upper = !/\p{Ll}/u.test(text)
    for (const match of text.matchAll(phraseRe)) {
      const phrase = match[1]!.toLowerCase().replace(/\s+/gu, ' ')
      const members = memberPhrases.has(phrase)
      // Capitals throughout (`MOTIE VAN HET LID VAN BAARLE`) say nothing of a party’s spelling: members only.
      if (upper && !members) continue
      const items = readList(text.slice(match.index + match[0].length), upper)
      const signers = items.map((item) => toSigner(item, members, upper, paragraph)).filter((signer) => signer !== undefined)
      // The list ends at the first entry that is neither a party nor a name.
      const first = items.findIndex((item) => toSigner(item, members, upper, paragraph) === undefined)
      const kept = first < 0 ? signers : signers.slice(0, first)
      if (kept.length > 0 && documentPhrases.has(phrase)) document = true
      found.push(...kept.map((signer) => ({at: offset + match.index, signer})))
    }
    if (upper) continue
    for (const match of text.matchAll(subjectPartyRe)) {
      found.push({at: offset + match.index, signer: {name: null, party: match[1]!.replace(/\s+/gu, ' '), addedLater: false, lines: paragraph}})
    }
    // `de PvdA-fractie`: a party named by its group.
    for (const match of text.matchAll(groupRe)) {
      const party = match[1]!
      if (isPartyName(party) || isKnownParty(party)) found.push({at: offset + match.index, signer: {name: null, party, addedLater: false, lines: paragraph}})
    }
  }
  const seen = new Set<string>()
  const signers = found
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.signer)
    .filter((signer) => {
      const id = key(`${signer.name ?? ''}|${signer.party ?? ''}`)
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
  return {signers, document: document && signers.length > 0}
}

/**
 * Submitters for a motion: those named above it come first where no one
 * signed it (co-signers added later may have).
 */
export function withSubmitters(signed: SignatoryDraft[], named: readonly SignatoryDraft[]): SignatoryDraft[] {
  if (named.length === 0 || signed.some((signer) => !signer.addedLater)) return signed
  // A title that names a co-signer added later (`… VAN BAARLE EN CEDER`) names him once, as added later.
  const later = new Set(signed.map((signer) => key(signer.name ?? '')))
  return [...named.filter((signer) => signer.name === null || !later.has(key(signer.name))), ...signed]
}

/** Runs of lines without a blank line between them: a sentence may wrap. */
function paragraphs(lines: readonly Line[]): Line[][] {
  const result: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    // A line in capitals (a title) stands apart from the text around it.
    const capitals = !/\p{Ll}/u.test(line.text)
    if (isBlank(line) || capitals) {
      if (current.length > 0) result.push(current)
      current = []
      if (!isBlank(line)) result.push([line])
      continue
    }
    current.push(line)
  }
  if (current.length > 0) result.push(current)
  return result
}

/** The entries of a list (`PVV en SGP`, `DV, D66, CDA en AGB`, `Piri (GL-PvdA) en Veldkamp (NSC)`) at the start of `text`. */
function readList(text: string, upper: boolean): {text: string; party: string | undefined}[] {
  const items: {text: string; party: string | undefined}[] = []
  let rest = text.replace(/^(?:de|het)\s+(?=\S)/iu, '')
  for (;;) {
    const match = itemRe.exec(rest)
    if (!match) break
    let value = match[1]!
    if (upper) {
      // `LEON DE JONG EN KOPS OVER …`: the separator and the subject are capitals too.
      const words = value.split(/\s+/u)
      const stop = words.findIndex((entry, index) => index > 0 && (entry.toLowerCase() === 'en' || listStops.has(entry.toLowerCase())))
      if (stop > 0) value = words.slice(0, stop).join(' ')
    }
    items.push({text: value.replace(/[.,;:]+$/u, ''), party: match[2]})
    rest = rest.slice(value === match[1] ? match[0].length : value.length)
    const separator = separatorRe.exec(rest)
    if (!separator) break
    rest = rest.slice(separator[0].length).replace(/^(?:de|het)\s+(?=\S)/iu, '')
  }
  return items
}

function toSigner(item: {text: string; party: string | undefined}, members: boolean, upper: boolean, lines: Line[]): SignatoryDraft | undefined {
  const text = item.text.replace(groupSuffixRe, '')
  if (listStops.has(text.toLowerCase())) return undefined
  if (members) {
    const name = upper ? titleCase(text) : text
    if (!isNameLike(name)) return undefined
    return {name, party: item.party?.trim() ?? null, addedLater: false, lines}
  }
  if (item.party !== undefined && isNameLike(text)) return {name: text, party: item.party.trim(), addedLater: false, lines}
  if (isPartyName(text) || isKnownParty(text) || (isPartyLike(text) && !isNameLike(text))) return {name: null, party: text, addedLater: false, lines}
  return undefined
}

/** `VAN BAARLE` → `Van Baarle`, `LEON DE JONG` → `Leon de Jong`. */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((part, index) => (index > 0 && particleSet.has(part) ? part : part.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase())))
    .join(' ')
}
