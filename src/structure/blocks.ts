/**
 * Lines → blocks: the paragraphs and list items of a motion’s body.
 *
 * Lines are joined when they are one wrapped paragraph; blocks separated by
 * blank lines are joined again when the text plainly runs on (extractions put
 * blank lines inside sentences). A block keeps its list marker, indent and
 * lines, so the clause stage can nest lists and report positions.
 */
import {isBlank, type Line, type LineRef} from '../read/line.js'
import {bullet, closing, considerationLead, decisionRecord, matchRequestLead, requestVerbAtStart, unspace, preamblePhrase, signatureIntro, signatureMarker, sourceNote} from '../patterns.js'
import {isSignatureLine} from '../names.js'
import {addressees} from '../lexicon.js'
import {repairFormulas} from './formulas.js'
import {joinWrapped, startsLower} from '../wrap.js'

export interface Block {
  /** Text without the list marker, wrapped lines joined with a space. */
  text: string
  /** List marker as printed (`•`, `-`, `1.`, `a)`), if the block is a list item. */
  marker: string | undefined
  indent: number
  lines: Line[]
  /** Footnote markers found by layout, with indexes into `text`. */
  refs: LineRef[]
  /** Blank lines before the block. */
  blankBefore: number
}

/** Group body lines into blocks. */
export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  let blanks = 0
  // Word templates print a column of bare bullet glyphs and the clauses beside
  // them as lines of their own below: the marker of such a column, while its
  // clauses are being read.
  let bareMarker: string | undefined
  let bareText = false

  for (const line of lines) {
    if (isBlank(line) || line.role === 'separator') {
      blanks++
      current = undefined
      if (bareText) bareMarker = undefined
      continue
    }
    const marked = bullet.exec(line.text)
    let text = repairFormulas(marked ? line.text.slice(marked[0].length) : unspace(line.text))
    let marker = marked ? (marked[1] ?? marked[2] ?? marked[3] ?? marked[4] ?? marked[5])?.trim() : undefined

    if (marked && text.trim() === '' && marker !== undefined && !/^\d/u.test(marker)) {
      bareMarker = marker
      bareText = false
      current = undefined
      continue
    }
    if (bareMarker !== undefined) {
      if (marked || startsLead(text)) {
        bareMarker = undefined
      } else {
        // One clause per line that ends in `;` or `.`: the lines between are its wrapped text.
        bareText = true
        if (!current || /[;.]["”’)]*$/u.test(current.text.trim())) {
          marker = bareMarker
          current = undefined
        }
        if (current && marker === undefined) {
          appendText(current, text, line)
          current.lines.push(line)
          continue
        }
      }
    }

    if (current && blanks === 0 && !line.blockStart && joins(current, text, marked !== null)) {
      appendText(current, text, line)
      current.lines.push(line)
      continue
    }

    current = {
      text: '',
      marker,
      indent: line.indent,
      lines: [line],
      refs: [],
      blankBefore: blanks
    }
    appendText(current, text, line)
    blocks.push(current)
    blanks = 0
  }

  return mergeRunOns(blocks).flatMap(splitAtLeads)
}

/**
 * A lead that layout ran into the clause above it (`… Dierenbescherming is;
 * verzoeken Gedeputeerde Staten:`): split the block after the semicolon.
 */
function splitAtLeads(block: Block): Block[] {
  for (const match of block.text.matchAll(/;\s+(?=\p{L})/gu)) {
    const at = match.index + match[0].length
    const rest = block.text.slice(at)
    // `gelet op A; gelet op B:`: leads repeated on one line each open a clause;
    // `constaterende dat A; keurt de handelwijze … af`: so does a request after them.
    const opensWithLead = considerationLead.test(block.text)
    const repeated = opensWithLead && (considerationLead.test(rest) || matchRequestLead(rest) !== undefined)
    if (!isStrongLead(rest) && !repeated) continue
    const head: Block = {...block, text: block.text.slice(0, at).trimEnd(), refs: block.refs.filter((ref) => ref.index < at)}
    const tail: Block = {
      text: rest,
      marker: undefined,
      indent: block.indent,
      lines: block.lines,
      refs: block.refs.filter((ref) => ref.index >= at).map((ref) => ({label: ref.label, index: ref.index - at})),
      blankBefore: 0
    }
    return [head, ...splitAtLeads(tail)]
  }
  const runIn = runInRequest(block.text)
  if (runIn !== undefined) {
    const at = runIn
    const head: Block = {...block, text: block.text.slice(0, at).trimEnd(), refs: block.refs.filter((ref) => ref.index < at)}
    const tail: Block = {
      text: block.text.slice(at),
      marker: undefined,
      indent: block.indent,
      lines: block.lines,
      refs: block.refs.filter((ref) => ref.index >= at).map((ref) => ({label: ref.label, index: ref.index - at})),
      blankBefore: 0
    }
    return [head, tail]
  }
  return [block]
}

const listedAddressees = new Set(addressees)

/**
 * Where a request lead runs on inside a clause without a break (`… tot verduurzaming zal leiden
 * verzoeken Gedeputeerde Staten om …`): a request verb, an addressee from the lexicon and a link.
 * A clause cannot hold that order itself (its verbs stand at the end), so it is the next part.
 */
function runInRequest(text: string): number | undefined {
  if (matchRequestLead(text)) return undefined
  const opensWithLead = considerationLead.test(text)
  for (const match of text.matchAll(/[,;]?\s+(?=\p{L})/gu)) {
    const at = match.index + match[0].length
    if (at < 20) continue
    const rest = text.slice(at)
    const verb = requestVerbAtStart(rest)
    if (!verb) continue
    const request = matchRequestLead(rest)
    // `kennisgenomen hebbende van A, wijst … aan als informateur`: a singular verb after the comma of a lead’s clause.
    if (request && opensWithLead && verb.singular && match[0].startsWith(',')) return at
    if (!request?.addressee || !listedAddressees.has(request.addressee.toLowerCase())) continue
    if (request.rest.trim() !== '' && !/(?:^|\s)(?:om|dat|:)\s*$|:\s*$/u.test(request.lead) && !/^te\s/u.test(request.rest)) continue
    return at
  }
  return undefined
}

/** A lead that cannot be ordinary clause text: a heading lead, or a request verb with its addressee. */
function isStrongLead(text: string): boolean {
  if (isHeadingLead(text)) return true
  const request = matchRequestLead(text)
  if (request && request.addressee !== null) return true
  const consideration = considerationLead.exec(text)
  return consideration !== null && consideration[3] !== undefined
}

/** Whether a line continues the block above it (no blank line between). */
function joins(block: Block, text: string, isItem: boolean): boolean {
  if (isItem) return false
  if (decisionRecord.test(text)) return false
  // A lead standing alone (`overwegende:`) or a request verb with its addressee opens a part of its own,
  // even after a clause that lost its final punctuation.
  if (isHeadingLead(text)) return false
  if (isStrongLead(text) && !endsMidSentence(block.text)) return false
  const previousEnd = lastChar(block.text)
  // A request verb after a finished clause, its particle or addressee further on (`keurt de handelwijze … af`).
  const verb = requestVerbAtStart(text)
  if (verb && (/[;:]/u.test(previousEnd) || (verb.singular && previousEnd === ','))) return false
  // `Dat …` written as one sentence per line: each sentence is a clause.
  if (/^Dat\s/u.test(text) && /[.;]/u.test(previousEnd)) return false
  if (signatureMarker.test(text.trim()) || signatureMarker.test(block.text.trim())) return false
  if (isHeadingLead(block.text)) return false
  // A source note (`Bron: …`) under a clause is not part of it.
  if (sourceNote.test(text) || sourceNote.test(block.text)) return false
  // The closing formula ends its block: signatories often follow without a blank line.
  if (closing.test(block.text)) return false
  const previous = lastChar(block.text)
  if (startsLead(text) && /[;:,.!?]/.test(previous)) return false
  // The tail starts without a closing: `Ingediend door:` or a signer line after a finished clause.
  if (signatureIntro.exec(block.text)?.[0].length === block.text.length) return false
  if (/[;.!?]/.test(previous) && (signatureIntro.test(text) || isSignatureLine(text))) return false
  if (isSignatureLine(block.text) && isSignatureLine(text)) return false
  if (closing.test(' ' + text) && /^\s*(?:en\s*)?ga/i.test(text) && /[;:,.!?]/.test(previous)) return false
  return true
}

/** Join blocks that were split by a blank line in the middle of a sentence. */
function mergeRunOns(blocks: Block[]): Block[] {
  const result: Block[] = []
  for (const block of blocks) {
    const previous = result.at(-1)
    // A block that its reader started without a blank line (a cut in running text) stands apart.
    const apart = block.blankBefore === 0 && block.lines[0]?.blockStart === true
    if (previous && !apart && runsOn(previous, block)) {
      appendText(previous, block.text, undefined, block.refs)
      previous.lines.push(...block.lines)
      continue
    }
    result.push(block)
  }
  return result
}

function runsOn(previous: Block, block: Block): boolean {
  if (decisionRecord.test(block.text)) return false
  // `… met een nooit eerder` / `gezien hoog bereik …`: a lead word without `dat` that goes on with a sentence left open.
  if (block.marker === undefined && /\p{L}/u.test(lastChar(previous.text)) && startsLower(block.text) && !isHeadingLead(block.text) && !isStrongLead(block.text)) {
    const lead = considerationLead.exec(block.text)
    if (lead && lead[3] === undefined && !/^[,:;]/u.test(lead[4]!) && !/[,:;]\s*$/u.test(block.text.slice(0, block.text.length - lead[4]!.length))) return true
  }
  if (block.marker !== undefined || startsLead(block.text) || isHeadingLead(previous.text)) return false
  if (closing.test(' ' + block.text) && /^\s*(?:en\s*)?ga/i.test(block.text)) return false
  if (signatureMarker.test(block.text.trim()) || signatureMarker.test(previous.text.trim())) return false
  // Nothing runs on after the closing formula, and a signature intro (`w.g.`) starts the tail.
  if (closing.test(previous.text) || signatureIntro.test(block.text)) return false
  // A source note (`Bron: …`) is one line of its own; the paragraph after it is the next clause.
  if (sourceNote.test(previous.text)) return false
  const end = lastChar(previous.text)
  const lower = startsLower(block.text)
  // `… aangaf dat` / `Nederland echt wil …`: a sentence cut at a word it cannot end on goes on.
  if (/\p{L}/u.test(end) && endsMidSentence(previous.text)) return true
  // `van oordeel dat A moet worden nagekomen,` / `onder meer om …`: a lead’s own paragraph goes on after a comma.
  if (end === ',' && lower && startsLead(previous.text) && !/^(?:dat|en dat|of dat)(?![\p{L}])/u.test(block.text)) return true
  // Text after a colon continues the clause (a quotation, an amendment’s new wording).
  if (end === ':') return lower || /^["“”'‘’„«]/.test(block.text)
  // `…;` / `en na beslispunt 4 …`: a paragraph that opens with `en` or `of` goes on with the enumeration above it.
  // `en dat …` is a clause of its own under the same lead.
  if (lower) return !/[;,]/.test(end) || /^(?:en|of)\s(?!dat(?![\p{L}]))/u.test(block.text)
  return false
}

/** Words after which a sentence cannot end (`… aangaf dat` / `Nederland …`): the next line goes on with it. */
const openEndRe = /(?:^|\s)(?:dat|die|de|het|een|en|of|van|in|op|met|voor|aan|om|te|door|bij|naar|tot|uit|over|als|zoals|waarbij|waarin|welke|wordt|worden|is|zijn)$/iu

export function endsMidSentence(text: string): boolean {
  return openEndRe.test(text.trimEnd())
}

/** The last character that is not a closing quote or bracket. */
function lastChar(text: string): string {
  const trimmed = text.trimEnd().replace(/["”’'»)\]]+$/u, '')
  return trimmed.at(-1) ?? ''
}


/** Whether a text starts with a lead phrase (consideration, request, preamble phrase). */
export function startsLead(text: string): boolean {
  return considerationLead.test(text) || matchRequestLead(text) !== undefined || preamblePhrase.test(text)
}

/** A lead that stands alone as a heading (`Constaterende dat:`, `Verzoekt het college:`). */
export function isHeadingLead(text: string): boolean {
  const consideration = considerationLead.exec(text)
  if (consideration && consideration[4]!.trim() === '') return true
  const request = matchRequestLead(text)
  return request !== undefined && request.rest.trim() === ''
}

function appendText(block: Block, text: string, line: Line | undefined, refs: readonly LineRef[] = line?.refs ?? []): void {
  let joined = block.text
  let offset: number
  if (joined === '') {
    offset = 0
    joined = text
  } else {
    const joint = joinWrapped(joined, text)
    joined = joint.left + joint.separator
    offset = joined.length
    joined += text
  }
  const shift = offset - (line ? line.text.length - text.length : 0)
  for (const ref of refs) block.refs.push({label: ref.label, index: Math.max(0, ref.index + shift)})
  block.text = joined
}
