/**
 * Structure stage: one motion span → one motion tree.
 *
 * Runs in two steps because footnote markers glued to words (`guests1`) can
 * only be told from text once the definitions of the whole document are
 * known: `structure` reads each span, `finalize` cleans clause texts against
 * the document’s footnote labels and builds the schema nodes.
 */
import {isBlank, type Line} from '../read/line.js'
import type {MotionSpan} from '../segment.js'
import {alternation, bullet, closing as closingRe, considerationLead, decisionRecord, escape, isDebris, isVoteSentence, matchRequestLead} from '../patterns.js'
import {agendaLabels, explanationHeadings, headerLabels, meetingWord, subjectLabels, titleLabels} from '../lexicon.js'
import {findDates, inferYear, toIso, type FoundDate} from '../dates.js'
import type {AssemblyType, Consideration, DateSource, Dossier, Motion, Position, Request, Vote} from '../schema.js'
import {hintedAssembly} from './assembly-hints.js'
import {toBlocks, type Block} from './blocks.js'
import {parseBody, type Body, type ClauseDraft} from './clauses.js'
import {parseFootnotes, markerLabels, stripMarkers, type FootnoteDraft} from './footnotes.js'
import {parseHeader, type Found, type Header, type HeaderDate} from './header.js'
import {extentOf} from './position.js'
import {splitGluedSigners} from './glued-signers.js'
import {LineAccount, lineOrder} from '../account.js'
import {isPreamble, readPreamble, type PreambleReading} from '../preamble.js'
import {parseSignatories, type SignatoryDraft} from './signatories.js'
import {key} from '../names.js'
import {readSubmitters, withSubmitters, type Submitters} from './submitters.js'
import {takeRunOnSigners} from './run-on-signers.js'
import {readHeadingVote, readVote, type VoteDraft} from './vote.js'
import {beforeDebate, isBarePreamblePhrase, takeNoteLines, toNotes, type NoteDraft} from './notes.js'
import {lettersRegExp} from '../letters.js'

export interface MotionDraft {
  header: Header
  preamble: PreambleReading | undefined
  preambleLines: Line[]
  considerations: ClauseDraft[]
  requests: ClauseDraft[]
  closing: Found | undefined
  title: Found | undefined
  number: Found | undefined
  footnotes: FootnoteDraft[]
  signatories: SignatoryDraft[]
  /** Submitters named above the motion (`de volgende motie van PVV en SGP`). */
  submitters: Submitters
  vote: VoteDraft | undefined
  lines: Line[]
  /** Lines dropped on purpose (metadata, labels, vote lines read into a field): silent in the account of every line. */
  furniture: Line[]
  /** The assembly the motion’s words point to, for a motion without a preamble that names one. */
  hintedAssembly: AssemblyType | undefined
  /** The date in the record of the decision below the body (`Aldus besloten in de openbare vergadering van …`). */
  recordDate: {date: FoundDate; lines: Line[]} | undefined
  /** Notes labelled as such (`Notitie: …`, as motie writes them in Markdown). */
  notes: NoteDraft[]
  /** The header’s lines: those that no part takes are the motion’s notes. */
  headArea: Line[]
}

export interface StructureContext {
  /** The source has pages: positions carry them. */
  paged: boolean
  /** Told about every line a node is read from, and the furniture of each draft. */
  account?: LineAccount | undefined
}

/** `Zij krijgt nr. 249 (33118).`: a number given after the motion (Handelingen). */
const assignedNumberRe = /(?:zij|hij|deze motie)\s+krijgt\s+nr\.?\s*(\d+)\s*(?:\(([\d\s-]+[A-Z]*)\))?/iu
const explanationRe = lettersRegExp(`^(?:${explanationHeadings.map((word) => escape(word)).join('|')})\\s*(?::|$)`, 'iu')
/**
 * A header label the line ends in, after its text (`… 2023 Raadsbesluit:`):
 * capitalised, as a key is, so that a sentence ending in one (`… van het onderwerp:`) is left whole.
 */
const trailingLabelRe = new RegExp(
  `\\S\\s+((?:${alternation([...headerLabels, ...titleLabels, ...subjectLabels, ...agendaLabels].flatMap((label) => [label[0]!.toUpperCase() + label.slice(1), label.toUpperCase()]))})\\s*:)\\s*$`,
  'u'
)
/** A line of footnote rule in text extractions. */
const separatorRe = /^[_\-—–]{5,}$/u

/** Read one motion span into a draft. */
export function structure(span: MotionSpan): MotionDraft {
  const lines = span.lines
  const area = footnoteArea(lines)
  const start = span.preamble >= 0 ? span.preamble : firstLead(lines)
  // A vote block may stand above the motion (`Status: Aangenomen`, `Voor: …`): it is no header line.
  const headLines = lines.slice(0, start).filter((line) => !area.has(line))
  const labelled = takeNoteLines(headLines)
  const headInput = labelled.rest
  const headVote = readVote(headInput, false)
  // A site’s heading above where the motion starts may state its outcome (`MOTIE KINDERPARDON UNANIEM AANGENOMEN`).
  const beforeVote = readHeadingVote(span.before ?? [])
  const header = parseHeader(headVote.rest)

  // The preamble sentence may wrap over several lines.
  const preambleLines: Line[] = []
  let carried: Line | undefined
  let next = start
  if (span.preamble >= 0) {
    for (; next < lines.length && preambleLines.length < 10; next++) {
      const line = lines[next]!
      if (isBlank(line)) {
        if (preambleLines.length > 0 && !continuesPreamble(lines, next)) break
        continue
      }
      if (preambleLines.length > 0 && (startsClause(line.text) || isPreamble(lines, next))) break
      const inline = leadInside(line)
      if (inline) {
        // `De gemeenteraad van Dalfsen; gelet op …`: the first lead shares the preamble’s line.
        preambleLines.push(inline.head)
        carried = inline.rest
        next++
        break
      }
      preambleLines.push(line)
      if (/[,;:.]$/u.test(line.text.trim()) && !/^\s*\p{Ll}/u.test(nextText(lines, next + 1))) {
        next++
        break
      }
    }
  }
  // `… bijeen op 10 juli 2023 Raadsbesluit:` over `Perspectiefnota 2024`: a header label the layout set beside the preamble goes with its value below.
  const label = preambleLines.length > 0 && !carried ? trailingLabel(preambleLines.at(-1)!) : undefined
  if (label) {
    preambleLines[preambleLines.length - 1] = label.head
    carried = label.rest
  }
  const preambleText = preambleLines.map((line) => line.text.trim()).join(' ')

  // A note labelled as such (`Notitie: …`) may stand anywhere: hand-written Markdown puts it where it likes.
  const bodyNotes = takeNoteLines(splitGluedSigners([...(carried ? [carried] : []), ...lines.slice(next).filter((line) => !area.has(line))]))
  const bodyLines = bodyNotes.rest
  const blocks = toBlocks(bodyLines)
  const body = parseBody(blocks)
  const tail = tailLines(bodyLines, blocks, body.tailBlock)

  const expected = new Set(
    [...body.considerations, ...body.requests].flatMap(function labels(clause): string[] {
      return [...markerLabels(clause.text), ...clause.refs.map((ref) => ref.label), ...clause.items.flatMap(labels)]
    })
  )
  const fromArea = parseFootnotes([...area], true, expected)
  const fromTail = parseFootnotes(tail, false, expected)
  const furniture = [...header.furniture, ...body.furniture, ...explanation(tail), ...headInput.filter((line) => !headVote.rest.includes(line))]
  // Below the signatures, or between them and the closing, a vote block: no signers.
  const record = new Set(voteRecord(tail))
  const tailInput = tail.filter((line) => !fromTail.used.has(line) && !record.has(line))
  const tailVote = readVote(tailInput, true)
  // Vote keys with nothing beside them are taken out too: silent, like the lines the vote holds.
  furniture.push(...tailInput.filter((line) => !tailVote.rest.includes(line)))
  const signed = parseSignatories(tailVote.rest, furniture)
  // Some councils name the submitters above the preamble only (`Ingediend door: …`).
  // Without a closing, the signers may have run into the last request.
  const runOn = body.closing ? [] : takeRunOnSigners(body.requests, signed)
  const signatories = signed.length > 0 || runOn.length > 0 ? [...runOn, ...signed] : parseSignatories([...header.signers, ...body.signers], furniture)
  // Where nobody signed, a sentence or title above the motion may name its submitters.
  const submitters = readSubmitters([...(span.before ?? []), ...headInput])
  // A letterhead listing the signers’ parties above the motion (`PvdD` / `GL` / `Voor Tilburg`) says nothing more.
  const signerParties = new Set(signatories.flatMap((signer) => (signer.party ? [key(signer.party)] : [])))
  furniture.push(...headInput.filter((line) => !isBlank(line) && signerParties.has(key(line.text))))

  const draft: MotionDraft = {
    header,
    preamble: span.preamble >= 0 ? readPreamble(preambleText, header.kamer, lines.slice(0, next).map((line) => line.text).join(' ')) : subjectAssembly(body, header),
    preambleLines: span.preamble >= 0 ? preambleLines : (body.subjects[0]?.lines ?? []),
    considerations: body.considerations,
    requests: body.requests,
    closing: body.closing,
    title: header.title ?? body.titleLabel,
    number: header.number,
    footnotes: [...body.sources, ...fromArea.footnotes, ...fromTail.footnotes],
    signatories: withSubmitters(signatories, submitters.signers),
    submitters,
    vote: mergeVotes(mergeVotes(beforeVote, headVote.vote), tailVote.vote),
    lines,
    furniture,
    hintedAssembly: hintedAssembly(lines.map((line) => line.text).join('\n')),
    recordDate: recordDate(tail),
    notes: [...labelled.notes, ...bodyNotes.notes],
    headArea: headInput
  }

  if (!draft.number) {
    for (const line of tail) {
      const assigned = assignedNumberRe.exec(line.text)
      if (assigned) {
        const dossier = assigned[2]?.replace(/\s/gu, '')
        draft.number = {text: dossier ? `${dossier} nr. ${assigned[1]}` : assigned[1]!, lines: [line]}
      }
    }
  }

  return draft
}

/** Build the schema nodes of all drafts of one document. */
export function finalize(drafts: readonly MotionDraft[], context: StructureContext): Motion[] {
  const labels = new Set(drafts.flatMap((draft) => draft.footnotes.map((footnote) => footnote.label)))
  const documentYear = commonYear(drafts)
  // The account tells which lines no part took: those in a motion’s header and after its end are its notes.
  const account = context.account ?? new LineAccount()
  const located: StructureContext = {...context, account}
  for (const draft of drafts) account.drop(draft.furniture)
  // Motions of one document are put to one assembly: one that names it speaks for those that do not.
  const documentAssembly = drafts.map((draft) => draft.preamble?.type ?? draft.hintedAssembly).find((type) => type != null)
  const intro = introDate(drafts)
  // `moties van Leefbaar Rotterdam` above the first motion: the submitters of every motion nobody signed.
  const documentSubmitters = drafts[0]?.submitters.document ? drafts[0].submitters.signers : []
  for (const draft of drafts.slice(1)) draft.signatories = withSubmitters(draft.signatories, documentSubmitters)
  const built = drafts.map((draft) => toMotion(draft, labels, documentYear, located, documentAssembly ?? undefined, intro))
  // Notes last: which lines no part took is known once every motion is built (a later motion may read the intro’s date).
  return built.map(({motion, last}, index) => withNotes(motion, notesOf(drafts[index]!, motion, last, account), located))
}

/**
 * The notes of a motion: lines labelled as notes, and the lines of its header
 * and after its last part that no part took (debris is dropped). Only a motion
 * that ended (a closing, signatures) has lines after it; without an end they
 * may be a clause that was missed, and stay reported.
 */
function notesOf(draft: MotionDraft, motion: Motion, last: number, account: LineAccount): NoteDraft[] {
  const unread = (line: Line): boolean => !isBlank(line) && line.role !== 'separator' && !account.has(line)
  const ended = motion.closing || motion.signatories.length > 0
  // Minutes: from a speaker on (`De voorzitter:`) the lines are the debate, not the motion’s.
  const head = beforeDebate(draft.headArea).filter(unread)
  const tail = ended ? beforeDebate(draft.lines.filter((line) => lineOrder(line) > last)).filter(unread) : []
  const debris = new Set([...head, ...tail].filter((line) => isDebris(line.text) || isBarePreamblePhrase(line.text)))
  account.drop(debris)
  const kept = (lines: Line[]): Line[] => lines.filter((line) => !debris.has(line))
  return [...draft.notes, ...toNotes(kept(head)), ...toNotes(kept(tail))].sort((a, b) => lineOrder(a.lines[0]!) - lineOrder(b.lines[0]!))
}

/** The motion with its notes after the vote, where they are read from; none: no field. */
function withNotes(motion: Motion, notes: readonly NoteDraft[], context: StructureContext): Motion {
  const spans = notes.flatMap((note) => {
    context.account?.read(note.lines)
    const position = extentOf(note.lines, context.paged)
    return position ? [{text: note.text, position}] : []
  })
  if (spans.length === 0) return motion
  const {sources, position, ...fields} = motion
  return {...fields, notes: spans, sources, ...optional('position', position)}
}

/**
 * A bundle’s intro that names the meeting (`Tijdens de gemeenteraadsvergadering
 * van 30-09-2021 heeft … moties ingediend`): above the first motion, the date of
 * every motion that gives none of its own.
 */
function introDate(drafts: readonly MotionDraft[]): HeaderDate | undefined {
  if (drafts.length < 2) return undefined
  return drafts[0]!.header.dates.find((date) => date.date.year !== undefined && date.line.text.toLowerCase().includes(meetingWord) && /[.!?:]$/u.test(date.line.text.trim()))
}

/**
 * The position of a node read from `lines`, from the earliest to the last of
 * them. Every node’s position is made here, so that the account of every
 * line learns which lines the node took.
 */
type Locate = (lines: readonly Line[]) => Position | undefined

function toMotion(
  draft: MotionDraft,
  labels: ReadonlySet<string>,
  documentYear: number | undefined,
  context: StructureContext,
  documentAssembly: AssemblyType | undefined,
  intro: HeaderDate | undefined
): {motion: Motion; last: number} {
  const {paged, account} = context
  // The furthest line a part of this motion was read from: what follows it is after the motion.
  // Footnotes do not count: layout sets them at the page’s foot, below what follows the motion’s text.
  let last = -Infinity
  const atFootnote: Locate = (lines) => {
    account?.read(lines)
    return extentOf(lines, paged)
  }
  const at: Locate = (lines) => {
    for (const line of lines) last = Math.max(last, lineOrder(line))
    return atFootnote(lines)
  }
  // A vote read above and below the motion: its lines are read one by one, not the whole motion between them.
  const atEach: Locate = (lines) => {
    for (const line of lines) at([line])
    return extentOf(lines, paged)
  }
  const date = meetingDate(draft, documentYear, at) ?? (intro && introSource(intro, at))
  const preamble = draft.preamble

  const motion: Motion = {
    type: 'motion',
    kind: draft.header.kind,
    number: draft.number?.text ?? null,
    ...optional('dossier', toDossier(draft, at)),
    title: (draft.title && normalizeSpace(draft.title.text)) || null,
    assembly: {type: preamble?.type ?? draft.hintedAssembly ?? documentAssembly ?? null, name: preamble?.name ?? null},
    date: date?.iso ?? null,
    considerations: draft.considerations.map((clause) => toConsideration(clause, labels, at)),
    requests: draft.requests.map((clause) => toRequest(clause, labels, at)),
    footnotes: draft.footnotes.map((footnote) => ({
      type: 'footnote' as const,
      label: footnote.label,
      text: normalizeSpace(footnote.text),
      ...optional('position', atFootnote(footnote.lines))
    })),
    // Those who signed first, then those added later, as a Markdown signature block lists them.
    signatories: [...draft.signatories.filter((signer) => !signer.addedLater), ...draft.signatories.filter((signer) => signer.addedLater)].map((signer) => ({
      type: 'signatory' as const,
      name: signer.name && normalizeSpace(signer.name),
      party: signer.party && normalizeSpace(signer.party),
      addedLater: signer.addedLater,
      ...optional('position', at(signer.lines))
    })),
    closing: draft.closing !== undefined,
    ...optional('vote', draft.vote && toVote(draft.vote, atEach)),
    sources: {
      title: draft.title ? {text: draft.title.lines.map((line) => line.text).join(' '), position: at(draft.title.lines)!} : null,
      number: draft.number ? {text: draft.number.lines.map((line) => line.text).join(' '), position: at(draft.number.lines)!} : null,
      date: date?.source ?? null,
      closing: draft.closing ? {text: draft.closing.text, position: at(draft.closing.lines)!} : null
    },
    ...optional('position', extentOf(draft.lines.filter((line) => !isBlank(line)), paged))
  }

  if (!preamble?.type && motion.assembly.type !== null) motion.assembly.inferred = true
  if (preamble && preamble.phrase !== '' && draft.preambleLines.length > 0) {
    motion.assembly.text = preamble.phrase
    const position = at(draft.preambleLines)
    if (position) motion.assembly.position = position
  }
  return {motion, last}
}

function toVote(vote: VoteDraft, at: Locate): Vote {
  return {
    status: vote.status,
    for: vote.for,
    against: vote.against,
    votesFor: vote.votesFor,
    votesAgainst: vote.votesAgainst,
    ...optional('position', at(vote.lines))
  }
}

/** A vote read above the motion and one below it are one vote. */
function mergeVotes(above: VoteDraft | undefined, below: VoteDraft | undefined): VoteDraft | undefined {
  if (!above || !below) return above ?? below
  return {
    status: below.status ?? above.status,
    for: [...above.for, ...below.for],
    against: [...above.against, ...below.against],
    votesFor: below.votesFor ?? above.votesFor,
    votesAgainst: below.votesAgainst ?? above.votesAgainst,
    lines: [...above.lines, ...below.lines]
  }
}

/** The Kamer dossier the header names; only for a Kamer motion, where a dossier number means one. */
function toDossier(draft: MotionDraft, at: Locate): Dossier | undefined {
  const found = draft.header.dossier
  const kamer = draft.preamble?.type === 'tweede-kamer' || draft.preamble?.type === 'eerste-kamer' || draft.header.kamer !== undefined
  if (!found || !kamer) return undefined
  const lines = [found.line, ...(found.title?.lines ?? [])].filter((line, index, all) => all.indexOf(line) === index)
  return {number: found.number, title: found.title?.text || null, ...optional('position', at(lines))}
}

function toConsideration(clause: ClauseDraft, labels: ReadonlySet<string>, at: Locate): Consideration {
  const {text, refs} = cleanClause(clause, labels)
  return {
    type: 'consideration',
    kind: clause.kind,
    lead: clause.lead,
    text,
    footnoteRefs: refs,
    items: clause.items.map((item) => toConsideration(item, labels, at)),
    ...optional('position', at(clause.lines))
  }
}

function toRequest(clause: ClauseDraft, labels: ReadonlySet<string>, at: Locate): Request {
  const {text, refs} = cleanClause(clause, labels)
  return {
    type: 'request',
    verb: clause.kind,
    addressee: clause.addressee,
    lead: clause.lead,
    text,
    footnoteRefs: refs,
    items: clause.items.map((item) => toRequest(item, labels, at)),
    ...optional('position', at(clause.lines))
  }
}

function cleanClause(clause: ClauseDraft, labels: ReadonlySet<string>): {text: string; refs: string[]} {
  const stripped = stripMarkers(clause.text, clause.refs, labels)
  // A list item’s `; en` / `, of` only links it to the next one.
  const text = normalizeSpace(stripped.text)
    .replace(/[;,]\s*(?:en|of)$/u, '')
    .replace(/[\s;,.:]+$/u, '')
    .trim()
  return {text, refs: stripped.refs}
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** The meeting date: the preamble’s, else a labelled header date, else any header date. */
function meetingDate(draft: MotionDraft, documentYear: number | undefined, at: Locate): {iso: string; source: DateSource} | undefined {
  const preambleDate = draft.preamble?.date
  const headerDates = draft.header.dates
  const labelled = headerDates.find((date) => date.labelled && date.date.year !== undefined)
  // A date alone on its line over a council’s motion is a site’s or a template’s date line (published,
  // submitted), not the meeting; over a Kamer motion it is the debate’s.
  const kamer = draft.preamble?.type === 'tweede-kamer' || draft.preamble?.type === 'eerste-kamer'
  const anyHeader = headerDates.find((date) => date.date.year !== undefined && (kamer || !standsAlone(date)))

  let found = preambleDate
  let lines: readonly Line[] = draft.preambleLines
  if (!found && !labelled && draft.recordDate) {
    // The record’s lines are read with the date: the sentence wraps before it.
    at(draft.recordDate.lines)
    found = draft.recordDate.date
    lines = draft.recordDate.lines
  }
  if (!found) {
    const chosen = labelled ?? anyHeader ?? headerDates.find((date) => date.labelled || kamer || !standsAlone(date))
    if (!chosen) return undefined
    found = chosen.date
    lines = [chosen.line]
  }

  let year = found.year
  const inferred: 'year'[] = []
  if (year === undefined) {
    year = inferYear(found, draft.preamble?.text ?? '') ?? inferYear(found, lines.map((line) => line.text).join(' ')) ?? headerDates.find((date) => date.date.year !== undefined)?.date.year ?? documentYear
    if (year === undefined) return undefined
    inferred.push('year')
  }

  const line = lines.find((candidate) => candidate.text.includes(found.text.split(/\s+/)[0]!)) ?? lines[0]
  const position = line ? at([line]) : undefined
  if (!position) return undefined
  return {iso: toIso(year, found.month, found.day), source: {text: found.text, position, inferred}}
}

function introSource(intro: HeaderDate, at: Locate): {iso: string; source: DateSource} | undefined {
  const position = at([intro.line])
  if (!position || intro.date.year === undefined) return undefined
  return {iso: toIso(intro.date.year, intro.date.month, intro.date.day), source: {text: intro.date.text, position, inferred: []}}
}

function standsAlone(date: HeaderDate): boolean {
  return date.date.text.length >= date.line.text.trim().length - 2
}

/** The year most dates in the document’s preambles and headers share. */
function commonYear(drafts: readonly MotionDraft[]): number | undefined {
  const counts = new Map<number, number>()
  for (const draft of drafts) {
    const years = [draft.preamble?.date?.year, ...draft.header.dates.map((date) => date.date.year)]
    for (const year of years) if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  let best: number | undefined
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)!) best = year
  return best
}

/** Lines of the footnote area: marked by layout, or below a rule in text extractions, up to the page end. */
function footnoteArea(lines: readonly Line[]): Set<Line> {
  const area = new Set<Line>()
  for (const [index, line] of lines.entries()) {
    if (line.role === 'footnote') {
      area.add(line)
      continue
    }
    if (line.role !== 'separator' && !separatorRe.test(line.text.trim())) continue
    const following = lines.slice(index + 1)
    const first = following.find((other) => !isBlank(other))
    if (!first || !/^(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\[\d{1,2}\]|\*)(?:\s|$)/u.test(first.text.trim())) continue
    for (const other of following) {
      if (other.page !== line.page) break
      // A footnote area ends where the body resumes: a closing or a lead at the margin.
      if (closingRe.test(' ' + other.text) || startsClause(other.text)) break
      area.add(other)
    }
  }
  return area
}

function tailLines(bodyLines: readonly Line[], blocks: readonly Block[], tailBlock: number): Line[] {
  if (tailBlock >= blocks.length) {
    const last = blocks.at(-1)?.lines.at(-1)
    return last ? bodyLines.slice(bodyLines.indexOf(last) + 1) : [...bodyLines]
  }
  return bodyLines.slice(bodyLines.indexOf(blocks[tailBlock]!.lines[0]!))
}

/** The date of `Aldus besloten … in de openbare vergadering van` / `28 september 2015`, on its line or the next. */
function recordDate(tail: readonly Line[]): {date: FoundDate; lines: Line[]} | undefined {
  const content = tail.filter((line) => !isBlank(line))
  const start = content.findIndex((line) => decisionRecord.test(line.text.trim()))
  if (start < 0) return undefined
  const lines = content.slice(start, start + 2)
  for (const [index, line] of lines.entries()) {
    const date = findDates(line.text).find((found) => found.year !== undefined)
    if (date) return {date, lines: lines.slice(0, index + 1)}
  }
  return undefined
}

/**
 * A motion without a preamble whose request names the assembly as its subject
 * (`De raad van de gemeente Halsteren verklaart dat …`): the assembly is read from it.
 */
function subjectAssembly(body: Body, header: Header): PreambleReading | undefined {
  const subject = body.subjects[0]
  if (!subject) return undefined
  return {...readPreamble(subject.text, header.kamer, subject.text), date: undefined}
}

/** An explanation below the body (`Toelichting`, then its text): the motion’s, but no part of its tree, so dropped on purpose. */
function explanation(tail: readonly Line[]): Line[] {
  const start = tail.findIndex((line) => explanationRe.test(line.text.trim()))
  return start < 0 ? voteRecord(tail) : tail.slice(start).filter((line) => !isBlank(line))
}

/** Minutes’ record of the vote below the motion (`Voor de motie stemmen de leden …`) and what follows it: no signers. */
function voteRecord(tail: readonly Line[]): Line[] {
  const start = tail.findIndex((line, index) => isVoteSentence(`${line.text} ${tail[index + 1]?.text ?? ''}`))
  return start < 0 ? [] : tail.slice(start).filter((line) => !isBlank(line))
}

/** A header label at the end of a line (`… 10 juli 2023 Raadsbesluit:`): the line split before it. */
function trailingLabel(line: Line): {head: Line; rest: Line} | undefined {
  const match = trailingLabelRe.exec(line.text)
  if (!match) return undefined
  const at = match.index + match[0].length - match[1]!.length
  return {head: {...line, text: line.text.slice(0, at).trimEnd(), refs: (line.refs ?? []).filter((ref) => ref.index < at)}, rest: {...line, text: match[1]!, column: line.column + at, refs: []}}
}

/** A preamble line that runs on into a consideration lead after `;` or `,`: the line split in two. */
function leadInside(line: Line): {head: Line; rest: Line} | undefined {
  for (const match of line.text.matchAll(/[;,]\s+(?=\p{L})/gu)) {
    const at = match.index + match[0].length
    const rest = line.text.slice(at)
    if (!considerationLead.test(rest)) continue
    const refs = line.refs ?? []
    return {
      head: {...line, text: line.text.slice(0, match.index + 1), refs: refs.filter((ref) => ref.index <= match.index)},
      rest: {...line, text: rest, column: line.column + at, refs: refs.filter((ref) => ref.index >= at).map((ref) => ({...ref, index: ref.index - at}))}
    }
  }
  return undefined
}

function startsClause(text: string): boolean {
  const value = text.replace(bullet, '')
  return considerationLead.test(value) || matchRequestLead(value) !== undefined
}

function firstLead(lines: readonly Line[]): number {
  const index = lines.findIndex((line) => startsClause(line.text))
  return index < 0 ? 0 : index
}

function continuesPreamble(lines: readonly Line[], index: number): boolean {
  return /^\s*\p{Ll}/u.test(nextText(lines, index)) && !startsClause(nextText(lines, index))
}

function nextText(lines: readonly Line[], from: number): string {
  for (let index = from; index < lines.length; index++) if (!isBlank(lines[index]!)) return lines[index]!.text
  return ''
}

/** `{key: value}` when value is defined, else `{}` (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return value === undefined ? {} : ({[key]: value} as {[P in K]?: V})
}
