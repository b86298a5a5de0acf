/**
 * What a person’s name and a party’s name look like.
 *
 * Signature blocks come flattened (`Chris van der Helm Christine Teunissen` /
 * `Groep van der Helm Partij voor de Dieren`), paired (`Name, Party`) or one
 * per line; these predicates and the segmentation below read them without a
 * list of every council member: the lexicon’s parties help, shapes do the rest.
 */
import {nameParticles, nameTitles, parties, partyStarters, partyWordParts} from './lexicon.js'
import {lettersRegExp} from './letters.js'
import {escape} from './patterns.js'

const particleSet = new Set(nameParticles)
const titleRe = lettersRegExp(`^(?:(?:${nameTitles.map((title) => title.replace(/[.]/gu, '\\.').replace(/\s+/gu, '\\s+')).join('|')})\\s+)+(?=\\p{Lu})`, 'iu')
const partyKeys = new Set(parties.map((party) => key(party)))
const partyWordSet = new Set(parties.flatMap((party) => party.split(/\s+/)).map((word) => word.toLowerCase()))
const starterSet = new Set(partyStarters)
/** Words that only occur in party names. */
const partyWord = lettersRegExp(`(?:${partyWordParts.map((part) => escape(part)).join('|')})`, 'iu')

/** A name without the title printed before it (`drs. J. Leegwater` → `J. Leegwater`). */
export function withoutTitle(value: string): string {
  return value.trim().replace(titleRe, '')
}

/** Compare names without case, spaces and punctuation. */
export function key(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** A known party, or an acronym such as `PvdA`, `GLH`, `D66`. */
export function isKnownParty(value: string): boolean {
  return partyKeys.has(key(value))
}

export function isAcronym(word: string): boolean {
  const clean = word.replace(/[.,;:]$/u, '')
  if (clean.length < 2 || clean.length > 8) return false
  // `Gert-Jan`, `Dik-Faber`: capitalised words joined by hyphens are a name.
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(clean)) return false
  const upper = (clean.match(/\p{Lu}/gu) ?? []).length
  const digits = (clean.match(/\p{N}/gu) ?? []).length
  // PvdA, GLH, D66, 50PLUS, CU, SGP: at least two capitals or a capital and a digit.
  return /^[\p{L}\p{N}/&+-]+$/u.test(clean) && upper + digits >= 2 && upper >= 1 && !/^\p{Lu}\.?$/u.test(clean)
}

/** Whether a text has a lower-case name particle (`Kees van Kranenburg`), as people’s names do and parties’ rarely. */
export function hasNameParticle(text: string): boolean {
  return text.split(/\s+/u).some((word) => particleSet.has(word) && word === word.toLowerCase())
}

/** Whether a short text reads as a party name. */
export function isPartyLike(value: string): boolean {
  const text = value.trim().replace(/[.;,]+$/u, '')
  if (text === '' || text.length > 60) return false
  if (isKnownParty(text)) return true
  const words = text.split(/\s+/)
  if (words.length === 1 && isAcronym(words[0]!)) return true
  // A national party’s local branch: `SP Tilburg`, `VVD Den Haag`, `SP-Zeeburg`.
  if (words.length <= 3 && (isAcronym(words[0]!) || isKnownParty(words[0]!)) && words.slice(1).every((word) => /^\p{Lu}/u.test(word))) return true
  if (words.length === 1 && isBranch(text)) return true
  if (words.length <= 6 && partyWord.test(text) && !isInitialName(text)) return true
  if (words.length >= 2 && starterSet.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[1]!)) return true
  return false
}

/**
 * A party by its name alone, even when it reads as a person’s name too: a
 * known party or its local branch (`VVD Den Haag`), or a local party’s usual
 * first word (`Gemeentebelangen Berkelland`, `Leefbaar Almere`).
 */
export function isPartyName(value: string): boolean {
  const words = value.trim().replace(/[.;,]+$/u, '').split(/\s+/)
  if (isKnownParty(words.join(' ')) || (words.length === 1 && (isAcronym(words[0]!) || isBranch(words[0]!)))) return true
  if (words.length > 1 && words.length <= 3 && isKnownParty(words[0]!)) return words.slice(1).every((word) => /^\p{Lu}/u.test(word))
  return words.length >= 2 && starterSet.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[1]!)
}

/** A national party and its place joined by a hyphen (`SP-Zeeburg`, `VVD-Noord`), one word. */
function isBranch(word: string): boolean {
  const match = /^([^\s-]+)-(\p{Lu}\p{Ll}[\p{L}-]*)$/u.exec(word)
  return match !== null && (isAcronym(match[1]!) || isKnownParty(match[1]!))
}

/** `A.H.K. van Viegen`, `W.van der Steeg`, `J.Verweij`, `T Cetinkaya`. */
export function isInitialName(value: string): boolean {
  return /^(?:\p{Lu}\.?\s*){1,4}(?:\s*(?:[a-z’']+\s+){0,3})?\p{Lu}[\p{L}\p{M}’'-]+$/u.test(value.trim()) && /\p{Lu}\./u.test(value)
}

/** Whether a short text reads as a person’s name (`Kirsten de Wrede`, `Dik-Faber`, `Van Baarle`). */
export function isNameLike(value: string): boolean {
  // `J.P. (Jan) Wolters`: the name a person goes by, in brackets, is part of the name.
  const text = value.trim().replace(/\s*\(.*\)$/u, '').replace(/(?<=\S)\s+\(\p{Lu}\p{Ll}+\)(?=\s+\S)/u, '')
    // `drs. H.C.P. Noten`: a title before the name is printed with it, but says nothing about its shape.
    .replace(titleRe, '')
  if (text === '' || text.length > 50 || /[\d@:;!?()[\]]/u.test(text)) return false
  if (isInitialName(text)) return true
  const words = text.split(/\s+/)
  if (words.length > 5) return false
  let capitals = 0
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase()
    if (particleSet.has(lower.replace(/[.]$/u, '')) && index < words.length - 1) continue
    // `SP`, `VVD`: an acronym is not part of a name (but `IJsbrand` is a name).
    if (isAcronym(word) && !/^IJ\p{Ll}/u.test(word)) return false
    // Combining marks (`Gündoğan` in decomposed form) belong to the letter before them.
    if (/^\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(word) || /^\p{Lu}\.$/u.test(word)) {
      capitals++
      continue
    }
    return false
  }
  if (capitals === 0) return false
  // A single all-capitals word is an acronym, so a party.
  if (words.length === 1 && isAcronym(text)) return false
  return true
}

/** A name unit: an optional run of particles and one capitalised word (`van der Helm`). */
function nameUnits(text: string): string[] {
  const units: string[] = []
  let pending: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (particleSet.has(word.toLowerCase())) {
      pending.push(word)
      continue
    }
    units.push([...pending, word].join(' '))
    pending = []
  }
  if (pending.length > 0) units.push(pending.join(' '))
  return units
}

/** How unlikely a run of units is as one person’s name (0 is a typical `First Last`). */
function nameCost(units: readonly string[]): number {
  if (units.length === 0) return Infinity
  let cost = units.length === 2 ? 0 : units.length === 3 ? 1 : units.length === 1 ? 2 : 3 + units.length
  // A name does not start with a particle unit (`van Kent`), unless capitalised (`Van Baarle`).
  if (/^\p{Ll}/u.test(units[0]!)) cost += 4
  // The last unit of a name is its surname; a particle there means a bad cut.
  if (units.length > 1 && /^\p{Lu}\.?$/u.test(units.at(-1)!)) cost += 3
  return cost
}

/** How unlikely a run of words is as one party’s name. */
function partyCost(words: readonly string[]): number {
  const text = words.join(' ')
  if (isKnownParty(text)) return 0
  if (words.length === 1 && isAcronym(words[0]!)) return 0.5
  if (words.length >= 2 && starterSet.has(words[0]!.toLowerCase())) return 1 + 0.1 * words.length
  if (words.length >= 2 && isKnownParty(words.slice(1).join(' ')) && /^\p{Lu}/u.test(words[0]!)) return 1
  if (partyWord.test(text)) return 1.5 + 0.2 * words.length
  const known = words.filter((word) => partyWordSet.has(word.toLowerCase())).length
  return 2.5 + 0.3 * words.length - 0.5 * known
}

/** Best split of `items` into `count` contiguous groups under `cost`. */
function split<T>(items: readonly T[], count: number, cost: (group: readonly T[]) => number): {groups: T[][]; cost: number} {
  const n = items.length
  const best: number[][] = Array.from({length: count + 1}, () => new Array<number>(n + 1).fill(Infinity))
  const cut: number[][] = Array.from({length: count + 1}, () => new Array<number>(n + 1).fill(-1))
  best[0]![0] = 0
  for (let k = 1; k <= count; k++) {
    for (let end = 1; end <= n; end++) {
      for (let start = k - 1; start < end; start++) {
        const before = best[k - 1]![start]!
        if (before === Infinity) continue
        const value = before + cost(items.slice(start, end))
        if (value < best[k]![end]!) {
          best[k]![end] = value
          cut[k]![end] = start
        }
      }
    }
  }
  const groups: T[][] = []
  let end = n
  for (let k = count; k > 0; k--) {
    const start = cut[k]![end]!
    if (start < 0) return {groups: [], cost: Infinity}
    groups.unshift(items.slice(start, end))
    end = start
  }
  return {groups, cost: best[count]![n]!}
}

/**
 * Read a flattened pair of lines — names above, parties below — as signers.
 * The number of signers is the one that reads both lines best.
 */
export function splitNamesAndParties(names: string, partyLine: string): {name: string; party: string}[] | undefined {
  const units = nameUnits(names)
  const words = partyLine.split(/\s+/).filter(Boolean)
  if (units.length === 0 || words.length === 0) return undefined
  let best: {groups: string[][]; parties: string[][]; cost: number} | undefined
  const most = Math.min(units.length, words.length, 12)
  for (let count = 1; count <= most; count++) {
    const nameSplit = split(units, count, nameCost)
    const partySplit = split(words, count, partyCost)
    const cost = nameSplit.cost + partySplit.cost
    if (!best || cost < best.cost) best = {groups: nameSplit.groups, parties: partySplit.groups, cost}
  }
  if (!best || best.cost === Infinity) return undefined
  return best.groups.map((group, index) => ({name: group.join(' '), party: best.parties[index]!.join(' ')}))
}

/** Split `Fatima Faid Haagse Stadspartij` into a name and a party, if it reads that way. */
export function splitNameParty(text: string): {name: string; party: string} | undefined {
  const words = text.trim().split(/\s+/)
  let best: {name: string; party: string; cost: number} | undefined
  for (let cut = 1; cut < words.length; cut++) {
    const name = words.slice(0, cut).join(' ')
    const party = words.slice(cut)
    if (!isNameLike(name)) continue
    const cost = partyCost(party) + nameCost(nameUnits(name))
    if (partyCost(party) > 1.2) continue
    if (!best || cost < best.cost) best = {name, party: party.join(' '), cost}
  }
  return best && {name: best.name, party: best.party}
}

/**
 * Split `Burgerforum Jos Tijdhof` into a party and the name after it: the
 * party must read as one by its words (a known party, a local party’s first
 * word, a party word), the name as a whole first name and surname.
 */
export function splitPartyName(text: string): {name: string; party: string} | undefined {
  const words = text.trim().split(/\s+/)
  let best: {name: string; party: string; cost: number} | undefined
  for (let cut = 1; cut < words.length - 1; cut++) {
    const party = words.slice(0, cut)
    const name = words.slice(cut).join(' ')
    const units = nameUnits(name)
    if (!isNameLike(name) || isAcronym(words[cut]!) || units.length < 2 || /^\p{Ll}/u.test(units[0]!)) continue
    const cost = partyCost(party) + nameCost(units)
    if (partyCost(party) > 1.8) continue
    if (!best || cost < best.cost) best = {name, party: party.join(' '), cost}
  }
  return best && {name: best.name, party: best.party}
}

/** A short line of names or parties (`Fractie ChristenUnie, Kees van Kranenburg`), where a clause cannot be. */
export function isSignatureLine(text: string): boolean {
  const value = text.trim()
  if (value.length > 80 || /[;:]$/u.test(value)) return false
  const parts = value.split(/\s*,\s*/u)
  if (parts.length <= 2 && parts.every((part) => isNameLike(part) || isPartyLike(part))) return true
  return isNameLike(value) || isPartyLike(value)
}
