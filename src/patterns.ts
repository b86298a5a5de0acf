/**
 * Regular expressions compiled once from the lexicon.
 *
 * Nothing here names a Dutch word: the words come from `lexicon.ts`; this file
 * only decides how tolerant matching is (spaces that went missing in
 * extraction, a comma before `dat`, a colon after a heading).
 */
import {
  addresseeExtensions,
  addressees,
  assemblies,
  closingWords,
  considerationLeads,
  decisionRecords,
  documentTypes,
  furniture,
  laterSigners,
  addressLeads,
  metadataKeys,
  voteSentences,
  metadataPhrases,
  leadPrefixes,
  leadSuffixes,
  months,
  preamblePhrases,
  pronounDatVerbs,
  requestVerbs,
  sectionLabels,
  siteTableHeadings,
  signatureIntros,
  signOffIntros,
  authentication,
  sourceLabels,
  signatureMarkers,
  voteAgainstKeys,
  voteForKeys,
  voteOutcomes,
  voteStatusKeys,
  weekdays,
  type RequestVerb
} from './lexicon.js'
import type {AssemblyType} from './schema.js'
import {guarded} from './pattern-guard.js'
import {letters, lettersRegExp} from './letters.js'

/** What joins a request verb to its text: `, om`, `: dat`, or nothing. */
const linkRe = letters(/^\s*[,:]?\s*(?:(?:om|dat)(?![\p{L}\p{N}])\s*[,:]?)?\s*/iu)

/** Escape a literal for use in a RegExp. */
export function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase whose words may be separated by any space, or none (`ProvincialeStaten`). */
export function loose(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => escape(word))
    .join('\\s*')
}

/** Alternation, longest first so that `van mening` wins over `van`. */
export function alternation(phrases: readonly string[], map: (phrase: string) => string = escape): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => map(phrase))
    .join('|')
}

/** Word boundary that also holds before and after non-ASCII letters. */
const end = '(?![\\p{L}\\p{N}])'

const compiled = new Map<string, RegExp>()
/** A RegExp built from parts of the lexicon while matching, compiled once per source and flags (non-global flags only: it keeps no state). */
function cached(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`
  let re = compiled.get(key)
  if (!re) compiled.set(key, (re = lettersRegExp(source, flags)))
  return re
}

// ---------------------------------------------------------------------------
// List markers.

/**
 * A list marker at the start of a line: Word’s private-use bullets (Symbol,
 * Wingdings), Unicode bullets, dashes, numbering (digits, letters, lower-case
 * roman numerals). `o` (Word’s second level)
 * only counts when followed by a space and lower-case text.
 */
export const bullet =
  /^(?:([\u2022\u25cf\u25aa\u25a0\u25a1\u25e6\u2023\u2043\u2219\u00b7\u27a2\u25ba\u25b8\u2192\u21d2\u2713\u2714\uf000-\uf0ff*>]|[-\u2013\u2014](?=\s))|(\d{1,2}[.)])(?=\s)|(\(?(?:[a-z]|ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)])(?=\s)|(\(\d{1,2}\))(?=\s)|(o)(?=\s+\p{Ll}))\s*/u

/** The class of a marker, so that a change of marker can start a nested list. */
export function markerClass(marker: string): string {
  if (/^\d/.test(marker) || /^\(\d/.test(marker)) return 'number'
  // Roman numerals count as letters: `i.` cannot be told from the letter i.
  if (/^\(?(?:[a-z]|[ivx]{2,4})[.)]$/.test(marker)) return 'letter'
  if (/^[-\u2013\u2014]$/.test(marker)) return 'dash'
  return marker
}

// ---------------------------------------------------------------------------
// Leads of considerations.

const considerationPhrases = considerationLeads.flatMap((lead) => lead.phrases.map((phrase) => ({phrase, kind: lead.kind})))
const kindOfPhrase = new Map(considerationPhrases.map(({phrase, kind}) => [phrase.replace(/\s+/g, ' '), kind]))

/**
 * A consideration lead at the start of a paragraph:
 * `[voorts] constaterende [voorts][,] [dat][,:]`. Groups: prefix, phrase, dat, rest.
 */
export const considerationLead = lettersRegExp(
  `^((?:(?:${alternation(leadPrefixes)})\\s+)*)(${alternation(
    considerationPhrases.map(({phrase}) => phrase),
    loose
  )})${end}(?:\\s*,?\\s*(?:${alternation(leadSuffixes)})${end})?\\s*,?\\s*(?:(dat)${end})?\\s*[,:;]?\\s*(.*)$`,
  'isu'
)

/** The canonical kind of a matched lead phrase. */
export function considerationKind(phrase: string): string {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ')
  const known = kindOfPhrase.get(key)
  if (known) return known
  // Glued words (`kennisgenomen`): compare without spaces.
  const flat = key.replace(/ /g, '')
  for (const [candidate, kind] of kindOfPhrase) if (candidate.replace(/ /g, '') === flat) return kind
  return key.replace(/\s+dat$/, '').replace(/\s+/g, '-')
}

/** A preamble phrase that is not a consideration (`gehoord de beraadslaging`). */
export const preamblePhrase = lettersRegExp(`^(?:${alternation(preamblePhrases, loose)})${end}`, 'iu')

// ---------------------------------------------------------------------------
// Request verbs.

/**
 * An addressee as the lexicon has it, with room for one attributive adjective
 * after its article (`de Nederlandse regering`, `de verantwoordelijke
 * minister`, `het nieuwe college`): Dutch inflects those with `-e`. Grouped
 * by article, so that the adjective is spelled out once per article, not once
 * per addressee: the pattern is a fifth the size, and as fast to compile.
 */
function addresseePattern(phrases: readonly string[]): string {
  const byArticle = new Map<string, string[]>()
  const bare: string[] = []
  for (const phrase of phrases) {
    const article = /^(de|het)\s+/u.exec(phrase)
    if (article) byArticle.set(article[1]!, [...(byArticle.get(article[1]!) ?? []), phrase.slice(article[0].length)])
    else bare.push(phrase)
  }
  const withArticle = [...byArticle].map(([article, nouns]) => `${article}\\s*(?:[\\p{L}-]+e\\s+)?(?:${alternation(nouns, loose)})`)
  return [...withArticle, alternation(bare, loose)].join('|')
}
const addresseeRe = lettersRegExp(`^(${addresseePattern(addressees)})${end}`, 'iu')
/** `… van Financiën`, `… voor Klimaat en Energie`: case-sensitive, so that the clause after it is not swallowed. */
const addresseeExtensionRe = /^\s+(?:van|voor)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:en\s+|van\s+|voor\s+|de\s+|het\s+)*\p{Lu}[\p{L}’'-]*)*/u
const extensionHeads = new Set(addresseeExtensions)
/**
 * An addressee not in the lexicon, read from the shape of a lead: `de`/`het`
 * and at most four words, one capitalised, then a colon or `om … te`
 * (`Verzoekt het Bestuurscollege:`, `verzoekt de Regiegroep om …`).
 */
const unlistedAddresseeRe = /^((?:de|het)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}?)(?=\s*:\s*$|\s*,?\s+om(?![\p{L}]))/u

export interface RequestLeadMatch {
  verb: RequestVerb
  addressee: string | null
  /** The lead as printed, up to the clause text. */
  lead: string
  /** The clause text after the lead (may be empty: a heading). */
  rest: string
}

const verbForms = requestVerbs.flatMap((verb) => verb.forms.map((form) => ({form, verb})))
const verbRe = lettersRegExp(
  `^((?:(?:${alternation(leadPrefixes)})\\s+)*)(${alternation(verbForms.map(({form}) => form))})(?:\\s+|-(?=\\p{L})|(?=\\p{Lu})|(?=[:,])|$)`,
  'iu'
)

/**
 * A line that starts with a request verb (`keurt de handelwijze … af`), before
 * its particle or addressee is read: `singular` tells the finite singular form
 * (`keurt`), which a wrapped clause line rarely starts with.
 */
export function requestVerbAtStart(text: string): {singular: boolean} | undefined {
  const head = verbRe.exec(text)
  if (!head || head[1] !== '') return undefined
  const form = head[2]!.toLowerCase()
  return {singular: requestVerbs.some((verb) => verb.forms[0] === form)}
}

/**
 * A request lead at the start of a paragraph: verb, addressee, separable
 * particle and the linking `om`/`dat`/`:`. Only accepted when it reads as a
 * lead (an addressee, a particle or a colon follows), so that a clause that
 * merely starts with `vragen` is not taken for a request.
 */
export function matchRequestLead(text: string): RequestLeadMatch | undefined {
  const head = verbRe.exec(text)
  if (!head) return undefined
  const form = head[2]!.toLowerCase()
  let best: RequestLeadMatch | undefined
  for (const {verb} of verbForms.filter((candidate) => candidate.form === form)) {
    const match = matchVerb(verb, text, head[0].length)
    if (match && (!best || match.lead.length > best.lead.length)) best = match
  }
  return best
}

function matchVerb(verb: RequestVerb, text: string, start: number): RequestLeadMatch | undefined {
  let index = start
  let addressee: string | null = null
  const afterVerb = text.slice(index)

  if (verb.addressee) {
    const found = addresseeRe.exec(afterVerb) ?? (verb.particle ? null : unlistedAddresseeRe.exec(afterVerb))
    if (found) {
      let length = found[0].length
      if (extensionHeads.has(found[1]!.toLowerCase().replace(/\s+/g, ' '))) {
        length += addresseeExtensionRe.exec(afterVerb.slice(length))?.[0].length ?? 0
      }
      addressee = afterVerb.slice(0, length).replace(/\s+/g, ' ').trim()
      index += length
    }
  }

  let rest = text.slice(index)
  if (verb.particle) {
    // The particle follows the addressee (`draagt het college op`), or the verb
    // directly (`spreekt uit`, `roept op`), perhaps after an infix (`spreekt als haar mening uit`).
    const infix = verb.infixes ? `(?:\\s*${alternation(verb.infixes, loose)})?` : ''
    const particle = cached(`^${infix}\\s*,?\\s*${loose(verb.particle)}${end}`, 'iu').exec(rest)
    if (particle) {
      index += particle[0].length
    } else if (verb.addressee && addressee === null) {
      // `roept … op` with an addressee not in the lexicon: take the words up to the particle.
      const open = cached(`^([^,:;]{2,80}?)\\s+${loose(verb.particle)}${end}`, 'iu').exec(rest)
      if (!open) return undefined
      addressee = open[1]!.trim()
      index += open[0].length
    } else if (!verb.addressee) {
      // The object stands between verb and particle (`keurt de handelwijze … af`, `spreekt de wens uit …`):
      // the clause is the object, without a particle that ends it, else the text as written.
      const particle = loose(verb.particle)
      const last = cached(`^(\\s*\\S.*?)\\s+${particle}\\s*[,.;]?\\s*$`, 'isu').exec(rest)
      const inner = last ? null : cached(`^\\s*[^;:]{1,120}?\\s${particle}${end}`, 'iu').exec(rest)
      if (!last && !inner) return undefined
      const clause = last ? last[1]!.trim() : rest.trim()
      return {verb, addressee: null, lead: text.slice(0, index).trim(), rest: clause}
    } else {
      return undefined
    }
    rest = text.slice(index)
  }

  // Linking words and punctuation between the lead and the clause.
  // `om` and `dat` only link; `te` and `tot` belong to the clause (`te regelen dat`) but still show a lead.
  const link = linkRe.exec(rest)!
  const linkText = link[0]
  const afterLink = rest.slice(linkText.length)
  const hasColon = /:/.test(linkText)
  const hasLinkWord = /\p{L}/u.test(linkText) || /^(?:te|tot)\s/iu.test(afterLink)

  // Evidence that this is a lead and not a sentence that starts with the verb.
  const evidence = addressee !== null || verb.particle !== undefined || hasColon || hasLinkWord || afterLink === ''
  if (!evidence) return undefined
  // `verzoekt` alone with a text after it but no addressee: still a lead when the text reads as a request.
  if (verb.addressee && addressee === null && !verb.particle && !hasColon && !hasLinkWord && afterLink !== '') return undefined

  return {
    verb,
    addressee,
    lead: text.slice(0, index + linkText.length).trim(),
    rest: afterLink
  }
}


// ---------------------------------------------------------------------------
// Closing formula.

/** `en gaat over tot de orde van de dag`, tolerant of glued words and misspellings. */
export const closing = lettersRegExp(
  `(?:^|\\s|[.;,])((?:${closingWords.and}\\s*)?(?:${alternation(closingWords.verbs)})\\s*over\\s*tot\\s*(?:de\\s*)?orde\\s*(?:van\\s*)?(?:de[n]?\\s*)?dag)(?![\\p{L}])[\\s.,;!]*`,
  'iu'
)

// ---------------------------------------------------------------------------
// Assemblies.

export interface AssemblyMatch {
  type: AssemblyType
  /** The words that named the assembly. */
  phrase: string
  /** Text after the assembly words, where the place name may stand. */
  rest: string
  /** The `of` words that were found (`van de gemeente`), if any. */
  of: string | undefined
}

const assemblyRes = assemblies.map((assembly) => ({
  type: assembly.type,
  re: lettersRegExp(
    `^(?:wij\\s*,\\s*)?(${alternation(assembly.names, loose)})${end}\\s*(?:(${alternation(assembly.of, loose)})${end}\\s*)?(.*)$`,
    'isu'
  ),
  // The lower-case characters a line that names this assembly starts with: other lines are not tried, so
  // the patterns of assemblies a document never names are never compiled.
  starts: new Set(['w', ...assembly.names.map((name) => name.charAt(0).toLowerCase())])
}))

/** An assembly named at the start of a line. */
export function matchAssembly(text: string): AssemblyMatch | undefined {
  const start = text.charAt(0).toLowerCase()
  for (const {type, re, starts} of assemblyRes) {
    if (!starts.has(start)) continue
    const match = re.exec(text)
    if (match) return {type, phrase: match[1]!, of: match[2], rest: match[3]!}
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Dates.

const monthByName = new Map(months.flatMap(({month, names}) => names.map((name) => [name, month])))
export const monthName = `(${alternation(
  months.flatMap(({names}) => names),
  escape
)})`
export function monthNumber(name: string): number | undefined {
  return monthByName.get(name.toLowerCase().replace(/\.$/, ''))
}
export const weekdayName = `(?:${alternation(weekdays)})`

// ---------------------------------------------------------------------------
// Page furniture and signatures.

/**
 * Furniture patterns by the lower-case character a line must start with to
 * match them: a line is tried only against those, so that the patterns of
 * footers a document does not have are never compiled.
 */
const furnitureByFirst = new Map<string, RegExp[]>()
for (const pattern of furniture) {
  const re = lettersRegExp(
    `^${pattern
      .split('#')
      .map((part) => escape(part).replace(/'/g, "['’]").replace(/\s+/g, '\\s*').replace(/[-–]/g, '[-–]').replace(/@/g, '\\p{L}{1,6}'))
      .join('\\d+')}$`,
    'iu'
  )
  const first = pattern[0]!
  const starts = first === '#' ? [...'0123456789'] : first === "'" ? ["'", '’'] : first === '-' || first === '–' ? ['-', '–'] : [first.toLowerCase()]
  for (const start of starts) furnitureByFirst.set(start, [...(furnitureByFirst.get(start) ?? []), re])
}

/**
 * A whole line of page furniture (colophon, page number, running footer), or
 * a line of such cells that a layout-preserving extraction set side by side.
 */
export function isFurniture(text: string): boolean {
  return text
    .trim()
    .split(/\s{3,}/u)
    .every((cell) => furnitureByFirst.get(cell.charAt(0).toLowerCase())?.some((re) => re.test(cell)) ?? false)
}

/** A publication site’s table heading, its columns run together (`Datum publicatieOrganisatieVergaderjaar…`). */
const siteTableHeadingRe = lettersRegExp(`^(?:(?:${alternation(siteTableHeadings, loose)})\\s*){2,}$`, 'iu')
const documentTypeRe = lettersRegExp(`^(?:${alternation(documentTypes)})$`, 'iu')

/** The column headings of a publication site’s metadata table, and nothing else: page furniture. */
export function isSiteTableHeading(text: string): boolean {
  return siteTableHeadingRe.test(text.trim())
}

/** The kind of document a publication site prints on the first line (`Kamerstuk`, `Handeling`). */
export function isDocumentType(text: string): boolean {
  return documentTypeRe.test(text.trim())
}

/** A line that only introduces signatories (`Namens de fractie van:`). */
export const signatureIntro = lettersRegExp(`^(?:${alternation([...signatureIntros, ...signOffIntros], loose)})${end}\\s*:?\\s*`, 'iu')

/** `Later toegevoegde medeindiener(s): Ceder` (Tweede Kamer). */
export const laterSigner = lettersRegExp(`^(?:${alternation(laterSigners)})\\s*:?\\s*(.*)$`, 'iu')

/** `Bron: CBS Statline 2022`: a source note. Groups: label, text. */
export const sourceNote = lettersRegExp(`^(${alternation(sourceLabels)})\\s*:\\s*(\\S.*)$`, 'iu')

/** `Dictum:`: a label that only names a part of the body. */
export const sectionLabel = lettersRegExp(`^(?:${alternation(sectionLabels)})\\s*:?$`, 'iu')

/** An OCR stand-in for a handwritten signature. */
export const signatureMarker = lettersRegExp(`^(?:${alternation(signatureMarkers)})$`, 'iu')

/** `; dat` between considerations run together in one paragraph (`overwegende dat A; dat B;`), not `; dat is …`. */
export const runTogetherDat = lettersRegExp(`;\\s+(?=dat\\s+(?!(?:${alternation(pronounDatVerbs)})${end}))`, 'giu')
/** `… terecht kunnen. Dat het ook …`: sentences that each start with a capital `Dat` are one consideration each. */
export const runTogetherDatSentence = new RegExp(`(?<=\\p{Ll}{2})\\.\\s+(?=Dat\\s+(?!(?:${alternation(pronounDatVerbs)})${end}))`, 'gu')

/** `Aldus besloten …`: the record of the decision, which ends the body. */
export const decisionRecord = lettersRegExp(`^(?:${alternation(decisionRecords, loose)})${end}`, 'iu')

/** A word printed letter-spaced (`b e s l u i t :`). */
const letterSpacedRe = guarded(/^(?:\p{L} ){3,}\p{L}\s*[:,]?\s*$/u)

/** `b e s l u i t :`: a word printed letter-spaced, read as the word. */
export function unspace(text: string): string {
  return letterSpacedRe.test(text) ? text.replace(/(?<=\p{L}) (?=\p{L})/gu, '') : text
}

/** A line without its list marker. */
export function stripBullet(text: string): string {
  return text.replace(bullet, '')
}

// ---------------------------------------------------------------------------
// Metadata around a motion.

const metadataKeyRe = lettersRegExp(`^(?:${alternation(metadataKeys, loose)})\\s*:`, 'iu')
const metadataPhraseRe = lettersRegExp(`^(?:${alternation(metadataPhrases, loose)})${end}`, 'iu')

/**
 * A metadata line (`Datum: …`, `Status: Aangenomen`, `Voor: SP (21)`, `Deze
 * motie hoort bij agendapunt …`): never a title, a number or a new motion.
 * Shared by the header, the segment stage and the trailer.
 */
const metadataKeyAloneRe = lettersRegExp(`^(?:${alternation(metadataKeys, loose)})\\s*:?$`, 'iu')

/** A metadata key alone on its line: the key cell of a site’s or template’s table (`Agendapunt` over `2c`). */
export function isMetadataKey(text: string): boolean {
  return metadataKeyAloneRe.test(text.trim())
}

export function isMetadata(text: string): boolean {
  const value = text.trim()
  return metadataKeyRe.test(value) || metadataPhraseRe.test(value)
}

const addressLeadRe = lettersRegExp(`^(?:${alternation(addressLeads, loose)})\\s+`, 'iu')

/** `Aan de voorzitter van Provinciale Staten`: the assembly a motion is sent to, if the line names one. */
export function addressedAssembly(text: string): AssemblyMatch | undefined {
  const lead = addressLeadRe.exec(text.trim())
  return lead ? matchAssembly(text.trim().slice(lead[0].length)) : undefined
}

/** An address line (`Aan de gemeenteraad`): not a title. */
export function isAddressLine(text: string): boolean {
  return addressedAssembly(text) !== undefined
}

/** A vote key alone or with its value (`Status`, `Voor: SP, GL (21)`). */
const voteKeyLine = lettersRegExp(
  `^(?:${[...voteStatusKeys, ...voteForKeys, ...voteAgainstKeys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/\s+/gu, '\\s+'))
    .join('|')})\\s*(?::.*)?$`,
  'iu'
)
const voteOutcomeLine = lettersRegExp(
  `^(?:de\\s+(?:motie|amendement)\\s+is\\s+)?(?:${voteOutcomes
    .filter((outcome) => outcome.alone)
    .flatMap((outcome) => outcome.words)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\s+/gu, '\\s+'))
    .join('|')})(?:\\s+met\\s+.*stemmen.*)?[.!]?$`,
  'iu'
)

/**
 * Whether a line belongs to a vote block: a vote key alone or with its value
 * (`Status`, `Voor: SP, GL (21)`, `Tegen:`), or an outcome standing alone
 * (`Verworpen`, `Aangenomen met 23 stemmen voor`). Such a line is never a
 * title, a signatory or the start of a motion.
 */
const voteSentenceRe = lettersRegExp(`^(?:${alternation(voteSentences, loose)})${end}`, 'iu')

/** A sentence of minutes recording the vote (`Voor de motie stemmen de leden …`). */
export function isVoteSentence(text: string): boolean {
  return voteSentenceRe.test(text.trim())
}

export function isVoteLine(text: string): boolean {
  const value = text.trim()
  return voteKeyLine.test(value) || voteOutcomeLine.test(value)
}

const referBackRe = lettersRegExp(`^(?:\\p{L}+\\s+){1,4}(?:${alternation(authentication.referBack, loose)}),?$`, 'iu')
const officersRe = lettersRegExp(`^(?:(?:${alternation(authentication.officers, loose)})[,:]?\\s*)+$`, 'iu')

/** `De gemeenteraad voornoemd,` or `de voorzitter, de griffier,`: the authentication of an adopted text. */
export function isAuthentication(text: string): boolean {
  const value = text.trim()
  return referBackRe.test(value) || officersRe.test(value)
}

/**
 * Debris: what OCR makes of a logo, a stamp or a signature (`G)`, `@)`,
 * `(6)`: a few characters without a word of two letters), or a word cut off
 * by an extraction (`tot...`). Neither a note nor a signer.
 */
export function isDebris(text: string): boolean {
  const value = text.trim()
  if (value.length <= 4 && !/[\p{L}\p{N}]{2}/u.test(value)) return true
  return /^\p{Ll}+(?:\.{3}|…)$/u.test(value)
}
