/**
 * Footnotes: definitions (`1 text`, `¹ text`, `[1] text`, `* text`, or a
 * label alone on its line above its text) and the markers in clauses that
 * point at them (superscripts, `[1]`, and digits glued to a word when a
 * footnote with that label exists).
 */
import {isBlank, type Line, type LineRef} from '../read/line.js'
import {joinWrapped} from '../wrap.js'

export interface FootnoteDraft {
  label: string
  text: string
  lines: Line[]
}

const superscripts: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9'
}

/**
 * A definition: label (`1`, `1)`, `¹`, `[1]`, `*`), then its text. OCR reads a
 * superscript `1` as an apostrophe (`' Vergaderjaar …` under `motie Bruins'`):
 * that label is kept as printed, and only taken when a marker points at it.
 */
const definitionRe = /^(?:(\d{1,2})\)?(?=\s)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|\[(\d{1,2})\]|(\*{1,3}|['’])(?=\s))\s*(\S.*)$/u
/** A label alone on its line. */
const bareLabelRe = /^(?:(\d{1,2})\)?|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|\[(\d{1,2})\]|(\*{1,3}))$/u

export function superscriptToDigits(value: string): string {
  return [...value].map((char) => superscripts[char] ?? char).join('')
}

interface LabelMatch {
  label: string
  text: string
}

function matchDefinition(text: string): LabelMatch | undefined {
  const match = definitionRe.exec(text.trim())
  if (!match) return undefined
  const label = match[1] ?? (match[2] ? superscriptToDigits(match[2]) : undefined) ?? match[3] ?? match[4]
  return label === undefined ? undefined : {label, text: match[5]!}
}

function matchMarked(text: string): LabelMatch | undefined {
  const match = /^(\S{1,20})\s+(\S.*)$/u.exec(text.trim())
  return match ? {label: match[1]!, text: match[2]!} : undefined
}

function matchBareLabel(text: string): string | undefined {
  const match = bareLabelRe.exec(text.trim())
  if (!match) return undefined
  return match[1] ?? (match[2] ? superscriptToDigits(match[2]) : undefined) ?? match[3] ?? match[4]
}

/**
 * Footnote definitions among `lines`. `certain`: the lines are known to be a
 * footnote area (below a rule, or marked by layout); otherwise a plain digit
 * label only counts when `expected` has it (a marker in the text points at it).
 */
export function parseFootnotes(lines: readonly Line[], certain: boolean, expected: ReadonlySet<string>): {footnotes: FootnoteDraft[]; used: Set<Line>} {
  const footnotes: FootnoteDraft[] = []
  const used = new Set<Line>()
  let current: FootnoteDraft | undefined
  let blanks = 0

  for (const [index, line] of lines.entries()) {
    if (isBlank(line)) {
      blanks++
      continue
    }
    const text = line.text.trim()
    // A definition the layout marked as one (a Markdown footnote): its first word is its label, whatever it is.
    const marked = line.role === 'footnote' && line.blockStart === true
    const definition = matchDefinition(text) ?? (marked ? matchMarked(text) : undefined)
    const bare = definition ? undefined : matchBareLabel(text)
    const sure = certain || line.role === 'footnote'
    const next = lines.slice(index + 1).find((other) => !isBlank(other))

    if (definition && current && blanks === 0 && !marked && runsOn(current, definition.label)) {
      // `… moet minimaal` / `30 procent …`: a wrapped line that happens to start with a number.
      current.text = joinLine(current.text, text)
      current.lines.push(line)
      used.add(line)
      continue
    }
    if (definition && (sure || accepts(definition.label, text, expected))) {
      current = {label: definition.label, text: definition.text, lines: [line]}
      footnotes.push(current)
      used.add(line)
      blanks = 0
      continue
    }
    if (bare !== undefined && next && (sure || accepts(bare, text, expected)) && !matchDefinition(next.text) && !matchBareLabel(next.text)) {
      current = {label: bare, text: '', lines: [line]}
      footnotes.push(current)
      used.add(line)
      blanks = 0
      continue
    }
    if (current && continues(current, text, blanks)) {
      current.text = current.text === '' ? text : joinLine(current.text, text)
      current.lines.push(line)
      used.add(line)
      blanks = 0
      continue
    }
    current = undefined
    blanks = 0
  }

  return {footnotes, used}
}

/** A footnote whose sentence is unfinished, followed by a line whose “label” does not come next in order. */
function runsOn(footnote: FootnoteDraft, label: string): boolean {
  if (/[.!?]["”’)]*$/u.test(footnote.text)) return false
  const previous = Number(footnote.label)
  const next = Number(label)
  return Number.isNaN(previous) || Number.isNaN(next) || next !== previous + 1
}

function accepts(label: string, text: string, expected: ReadonlySet<string>): boolean {
  // `¹ text` and `[1] text` are footnotes by their shape; `1 text` only if a marker points at it.
  return expected.has(label) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹[]/u.test(text)
}

/** A footnote’s text with its next wrapped line (a URL broken at `/` or `-` goes on without a space). */
function joinLine(text: string, line: string): string {
  const joint = joinWrapped(text, line)
  return joint.left + joint.separator + line
}

/** Whether a line continues the footnote above it. */
function continues(footnote: FootnoteDraft, text: string, blanks: number): boolean {
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(text)) return false
  if (footnote.text === '') return blanks <= 1
  if (blanks === 0) return true
  // Across a blank line only when the sentence plainly runs on.
  return blanks <= 1 && !/[.!?]["”’)]*$/u.test(footnote.text) && /^\p{Ll}/u.test(text)
}

// ---------------------------------------------------------------------------
// Markers in clause text.

export interface CleanText {
  text: string
  refs: string[]
}

/**
 * Remove footnote markers from a clause and return them as labels: layout
 * refs, superscript digits, `[1]`, and digits glued to a word (`guests1;`)
 * when `labels` has a footnote with that label.
 */
export function stripMarkers(text: string, layoutRefs: readonly LineRef[], labels: ReadonlySet<string>): CleanText {
  const refs: string[] = []
  let value = text

  // Layout refs first: their indexes point into the text as it is.
  for (const ref of [...layoutRefs].sort((a, b) => a.index - b.index)) refs.push(ref.label)

  value = value.replace(/(?<=\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\p{N}])/gu, (_, marker: string) => {
    refs.push(superscriptToDigits(marker))
    return ''
  })
  value = value.replace(/(?<=\S)\s?\[(\d{1,2})\](?![\p{L}\p{N}])/gu, (_, label: string) => {
    refs.push(label)
    return ''
  })
  if (labels.has('*')) {
    value = value.replace(/(?<=\p{L}[’'”"]?)(\*{1,3})(?=[\s;:,.)]|$)/gu, (match: string) => {
      refs.push(match)
      return ''
    })
  }
  for (const apostrophe of ["'", '’']) {
    if (!labels.has(apostrophe)) continue
    value = value.replace(new RegExp(`(?<=\\p{L})${apostrophe}(?=[\\s;:,.)]|$)`, 'gu'), () => {
      refs.push(apostrophe)
      return ''
    })
  }
  if (labels.size > 0) {
    value = value.replace(/(?<=\p{Ll}{2}[’'”"]?)(\d{1,2})(\)?)(?=[\s;:,.)]|$)/gu, (match: string, label: string, paren: string, offset: number, whole: string) => {
      if (!labels.has(label)) return match
      refs.push(label)
      // `vervoert1)`: the bracket belongs to the marker unless it closes a bracket the text opened.
      return paren !== '' && opensBracket(whole.slice(0, offset)) ? paren : ''
    })
  }

  return {text: value, refs: [...new Set(refs)]}
}

/** Whether a text leaves a `(` open. */
function opensBracket(text: string): boolean {
  return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0)
}

/** Labels that markers in a text may point at (before the definitions are known). */
export function markerLabels(text: string): string[] {
  const labels: string[] = []
  for (const match of text.matchAll(/(?<=\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\p{N}])/gu)) labels.push(superscriptToDigits(match[1]!))
  for (const match of text.matchAll(/\[(\d{1,2})\]/gu)) labels.push(match[1]!)
  for (const match of text.matchAll(/(?<=\p{Ll}{2}[’'”"]?)(\d{1,2})(?=[\s;:,.)]|$)/gu)) labels.push(match[1]!)
  for (const match of text.matchAll(/(?<=\p{L}[’'”"]?)(\*{1,3})(?=[\s;:,.)]|$)/gu)) labels.push(match[1]!)
  // `motie Bruins' momenteel`: an apostrophe after a word may be an OCR’d marker (see `definitionRe`).
  for (const match of text.matchAll(/(?<=\p{L})(['’])(?=[\s;:,.)])/gu)) labels.push(match[1]!)
  return labels
}
