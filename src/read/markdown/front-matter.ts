/**
 * YAML front matter → header lines that read like a printed motion’s header.
 *
 * Supported keys (case-insensitive, Dutch or English); unknown keys are ignored:
 *
 * | key | becomes |
 * | --- | --- |
 * | `title`, `titel` | `Motie <title>` (or `Amendement <title>`), the first line |
 * | `kind`, `soort` | `motie` or `amendement`: the word the title line starts with |
 * | `number`, `nummer`, `nr`, `motienummer` | `Nummer: <number>` |
 * | `dossier`, `kamerstuk` | `Dossier: <number> <title>` (Tweede and Eerste Kamer: `21501-07 Raad voor Economische en Financiële Zaken`) |
 * | `date`, `datum` | `Datum: <date>`: ISO (`2015-06-25`) or Dutch (`25 juni 2015`) |
 * | `assembly`, `vergadering` | a preamble, when the body has none: a phrase (`De raad van de gemeente Delft`), or `{type, name}` |
 * | `gemeente`, `provincie`, `waterschap`, `stadsdeel`, `kamer` | the same, by the assembly’s kind (`kamer: tweede`) |
 * | `signatories`, `indieners`, `ondertekend`, `ondertekenaars` | `Ingediend door:` and one line per entry (`Name (Party)`), after the body |
 * | `vote`, `stemming` | a map of `status`, `voor`/`for`, `tegen`/`against` (a list or a text): `Status: …`, `Voor: …`, `Tegen: …` after the signatories |
 * | `notes`, `notities` | a text or a list of texts: one `Notitie: <text>` header line each, read into the motion’s `notes` |
 *
 * Front matter describes the first motion of the file. Generated lines take
 * the position of the value they come from.
 */
import type {Yaml} from 'mdast'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import type {AssemblyType, MotionKind} from '../../schema.js'
import {assemblyTypes} from '../../schema-values.js'
import {preambleLine, signatoryText, titleLine} from '../../emit/words.js'
import type {Line} from '../line.js'
import {letters} from '../../letters.js'

/** A title that starts with the kind of motion already. */
const kindWordRe = letters(/^(?:motie|amendement|subamendement)(?![\p{L}])/iu)

export interface FrontMatter {
  /** Lines that open the motion: title, number, date. */
  header: Line[]
  /** A preamble built from the assembly keys, to use when the body has none. */
  preamble: Line | undefined
  /** Signature lines for the end of the first motion. */
  signatories: Line[]
  /** Vote lines (`Status: Aangenomen`) after the signature lines. */
  vote: Line[]
}

const keys = {
  title: ['title', 'titel'],
  kind: ['kind', 'soort'],
  number: ['number', 'nummer', 'nr', 'motienummer'],
  dossier: ['dossier', 'kamerstuk'],
  date: ['date', 'datum'],
  assembly: ['assembly', 'vergadering'],
  signatories: ['signatories', 'indieners', 'ondertekend', 'ondertekenaars'],
  vote: ['vote', 'stemming'],
  notes: ['notes', 'notities']
}

/** Keys of the vote map → the label a page prints. */
const voteKeys: [string[], string][] = [
  [['status', 'uitslag'], 'Status'],
  [['voor', 'for'], 'Voor'],
  [['tegen', 'against'], 'Tegen']
]

/** Assembly keys that name the place: `gemeente: Haarlem`. */
const placeKeys: Record<string, AssemblyType> = {
  gemeente: 'gemeenteraad',
  gemeenteraad: 'gemeenteraad',
  provincie: 'provinciale-staten',
  waterschap: 'waterschap',
  stadsdeel: 'deelraad'
}

interface Entry {
  node: YamlNode
  /** 1-based line and column in the Markdown file. */
  line: number
  column: number
}

/** Read front matter. Invalid YAML is ignored: the body still parses. */
export function readFrontMatter(node: Yaml): FrontMatter {
  const empty: FrontMatter = {header: [], preamble: undefined, signatories: [], vote: []}
  const counter = new LineCounter()
  const document = parseDocument(node.value, {lineCounter: counter})
  if (document.errors.length > 0 || !isMap(document.contents)) return empty

  // The YAML starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1
  const entryOf = (value: YamlNode): Entry => {
    const at = counter.linePos(value.range?.[0] ?? 0)
    return {node: value, line: firstLine + at.line - 1, column: at.col}
  }
  const entries = new Map<string, Entry>()
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !pair.value || typeof pair.value !== 'object') continue
    entries.set(String(pair.key.value).toLowerCase(), entryOf(pair.value as YamlNode))
  }
  const find = (names: readonly string[]): Entry | undefined => names.map((name) => entries.get(name)).find(Boolean)

  const header: Line[] = []
  const kindValue = scalar(find(keys.kind))?.toLowerCase()
  const kind: MotionKind = kindValue === 'amendement' ? 'amendement' : 'motie'
  const title = find(keys.title)
  const titleText = scalar(title)
  if (title && titleText) {
    const text = kindWordRe.test(titleText) ? titleText : titleLine(kind, titleText)
    header.push({...lineAt(title, text), role: 'heading'})
  }
  const number = find(keys.number)
  const numberText = scalar(number)
  if (number && numberText) header.push(labelledAt(number, 'Nummer: ', numberText))
  const dossier = find(keys.dossier)
  const dossierText = scalar(dossier)
  if (dossier && dossierText) header.push(labelledAt(dossier, 'Dossier: ', dossierText))
  const date = find(keys.date)
  const dateText = scalar(date)
  // As written (`2024-03-14`, `14 maart 2024`): the date reader takes both, and `sources.date` shows what the author typed.
  if (date && dateText) header.push(labelledAt(date, 'Datum: ', dateText))
  header.push(...readNotes(find(keys.notes), entryOf))

  return {
    header,
    preamble: readAssembly(entries, find(keys.assembly)),
    signatories: readSignatories(find(keys.signatories), entryOf),
    vote: readVote(find(keys.vote), entryOf)
  }
}

/** `Notitie: …` for a text, or for each text of a list, at the position of its own value. */
function readNotes(entry: Entry | undefined, entryOf: (node: YamlNode) => Entry): Line[] {
  if (!entry) return []
  const values = isSeq(entry.node) ? entry.node.items.filter((item) => isScalar(item)).map((item) => entryOf(item as YamlNode)) : [entry]
  return values.flatMap((value) => {
    const text = scalar(value)?.replace(/\s+/gu, ' ')
    return text ? [labelledAt(value, 'Notitie: ', text)] : []
  })
}

/** `Status: …`, `Voor: …`, `Tegen: …`, each at the position of its own value. */
function readVote(entry: Entry | undefined, entryOf: (node: YamlNode) => Entry): Line[] {
  if (!entry || !isMap(entry.node)) return []
  const lines: Line[] = []
  for (const pair of entry.node.items) {
    if (!isScalar(pair.key) || !pair.value || typeof pair.value !== 'object') continue
    const name = String(pair.key.value).toLowerCase()
    const label = voteKeys.find(([names]) => names.includes(name))?.[1]
    const value = entryOf(pair.value as YamlNode)
    const text = isSeq(value.node) ? value.node.items.map((item) => (isScalar(item) ? String(item.value) : '')).filter(Boolean).join(', ') : scalar(value)
    if (label && text) lines.push(labelledAt(value, `${label}: `, text))
  }
  return lines
}

/** The preamble, without a date: the date is read from its own `Datum:` line, where its position points at the `date` key. */
function readAssembly(entries: ReadonlyMap<string, Entry>, assembly: Entry | undefined): Line | undefined {
  if (assembly && isScalar(assembly.node)) {
    // `De raad van de gemeente Delft` becomes a preamble sentence; one that already is one stays as written.
    const phrase = String(assembly.node.value).trim()
    return lineAt(assembly, /vergader|bijeen/iu.test(phrase) ? phrase : preambleLine({type: null, name: null, text: phrase.replace(/[\s,;:]+$/u, '')}, null)!)
  }
  if (assembly && isMap(assembly.node)) {
    const type = String(assembly.node.get('type') ?? '') as AssemblyType
    const text = preambleLine({type: assemblyTypes.includes(type) ? type : null, name: optional(assembly.node.get('name'))}, null)
    return text === undefined ? undefined : lineAt(assembly, text)
  }
  for (const [key, type] of Object.entries(placeKeys)) {
    const entry = entries.get(key)
    const name = scalar(entry)
    if (entry && name) return lineAt(entry, preambleLine({type, name}, null)!)
  }
  const kamer = entries.get('kamer')
  const which = scalar(kamer)?.toLowerCase()
  if (kamer && which) return lineAt(kamer, preambleLine({type: which.startsWith('eerste') ? 'eerste-kamer' : 'tweede-kamer', name: null}, null)!)
  return undefined
}

/** `Ingediend door:` and one line per entry, each at the position of its own entry. */
function readSignatories(entry: Entry | undefined, entryOf: (node: YamlNode) => Entry): Line[] {
  if (!entry || !isSeq(entry.node)) return []
  const lines = [lineAt(entry, 'Ingediend door:')]
  for (const item of entry.node.items) {
    const text = isScalar(item) ? String(item.value) : isMap(item) ? signatoryText({name: optional(item.get('name')), party: optional(item.get('party'))}) : ''
    if (text !== '') lines.push(lineAt(entryOf(item as YamlNode), text))
  }
  return lines
}

/** The text of a scalar value; `undefined` for lists, maps and empty values. */
function scalar(entry: Entry | undefined): string | undefined {
  if (!entry || !isScalar(entry.node) || entry.node.value === null) return undefined
  const text = String(entry.node.value).trim()
  return text === '' ? undefined : text
}

function optional(value: unknown): string | null {
  return value === undefined || value === null || String(value).trim() === '' ? null : String(value).trim()
}

/** `label value`, placed so that the value stands where it stands in the YAML. */
function labelledAt(entry: Entry, label: string, value: string): Line {
  return {...lineAt(entry, label + value), column: Math.max(1, entry.column - label.length)}
}

function lineAt(entry: Entry, text: string): Line {
  return {text, page: 1, line: entry.line, column: entry.column, indent: 0, blockStart: true}
}
