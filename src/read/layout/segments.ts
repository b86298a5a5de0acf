/**
 * A row → its text: list marker, cells, word spaces and footnote markers.
 *
 * A row is cut into segments wherever a gap is as wide as a table column or
 * a tab stop (`columnGap`); a bullet or number followed by a tab is the
 * row’s list marker, not a cell of its own. Within a segment, runs are joined
 * with one space where a space was drawn or the gap is a word space, so the
 * wide spaces of justified text come out as one. Superscript numbers become
 * footnote references (`refs`), never digits in the text.
 */
import type {LineRef} from '../line.js'
import type {LayoutParams} from './params.js'
import type {Row, RowBox} from './rows.js'

/** A stretch of a row between column gaps. */
export interface Segment {
  text: string
  refs: LineRef[]
  /** Left edge of the first and right edge of the last glyph. */
  x: number
  x1: number
  /** Font of the first glyph box. */
  fontName: string
}

/** A row read as text. */
export interface RowText {
  /** List marker as it will be printed (`•`, `\uf0b7`, `1.`), when the row starts with one. */
  marker: string | undefined
  /** Left edge of the marker, or of the first segment. */
  x: number
  /** Segments after the marker, left to right (at least one unless the row is a lone marker). */
  segments: Segment[]
}

/**
 * Bullet glyphs the structure stage knows (`patterns.ts`): Word’s Symbol and
 * Wingdings code points (U+F000–U+F0FF), Unicode bullets and arrows, dashes.
 */
const knownBullet = /^[\u2022\u25cf\u25aa\u25a0\u25a1\u25e6\u2023\u2043\u2219\u00b7\u27a2\u25ba\u25b8\u2192\u21d2\u2713\u2714\uf000-\uf0ff*>\-\u2013\u2014]$/u
/** Other single glyphs that act as bullets: private-use symbols, geometric shapes, dingbats, Courier’s `o`. */
const otherBullet = /^[\ue000-\uf8ff\u25a0-\u25ff\u2700-\u27bf\u2190-\u21ff\u2219\u2666o]$/u
/** Numbering: `1.`, `12)`, `a.`, `b)`, `(c)`, `(3)`, `iv.`. */
const numbering = /^(?:\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\)|[ivx]{1,4}[.)])$/iu
/** A superscript that holds footnote labels: digits, asterisks, daggers, or a list of numbers (`1,2`). */
const footnoteLabels = /^(?:\d{1,3}(?:[,;]\s?\d{1,3})*|\*{1,3}|[†‡])$/u
/** A raised comma or semicolon between two references. */
const labelSeparator = /^[,;]$/u

/**
 * The printed form of a marker the structure stage understands: known glyphs
 * and numbering as they are, Courier’s `o` as `◦`, other symbols as `•`.
 */
export function markerText(glyph: string): string | undefined {
  if (numbering.test(glyph) || knownBullet.test(glyph)) return glyph
  if (glyph === 'o') return '\u25e6'
  if (otherBullet.test(glyph)) return '\u2022'
  return undefined
}

/**
 * Read a row: its list marker and its segments.
 *
 * @param row A row of one page.
 * @param params Layout parameters (`markerGap`, `columnGap`, `wordGap`).
 * @param columns Left edges of the columns of a grid the row is in: a word
 *   that starts at one of them after a word space starts a cell, however
 *   narrow the gap before it (cells padded less than `columnGap`).
 * @returns The marker and segments; segments may be empty for a lone marker.
 */
export function readRow(row: Row, params: Readonly<LayoutParams>, columns: readonly number[] = []): RowText {
  const boxes = row.boxes
  const firstGlyph = boxes.findIndex((box) => !box.space)
  const first = boxes[firstGlyph]
  let start = 0
  let marker: string | undefined
  if (first && first.kind === 'text') {
    const printed = markerText(first.text)
    const next = boxes.slice(firstGlyph + 1).find((box) => !box.space)
    const tabbed =
      next === undefined ||
      next.x - first.x1 >= params.markerGap * row.size ||
      boxes.slice(firstGlyph + 1, boxes.indexOf(next)).some((box) => box.space)
    // A lone letter on a row (`o`, `a.`) is text, not an empty list item.
    if (printed !== undefined && tabbed && (next !== undefined || !/^[a-z]/iu.test(first.text))) {
      marker = printed
      start = firstGlyph + 1
    }
  }

  const segments: Segment[] = []
  let current: RowBox[] = []
  let right = -Infinity
  for (const box of boxes.slice(start)) {
    if (box.space) {
      if (current.length > 0) current.push(box)
      continue
    }
    const gap = box.x - right
    const atColumn = gap > params.wordGap * row.size && columns.some((x) => Math.abs(box.x - x) <= params.indentTolerance * row.size)
    if (current.length > 0 && (gap >= params.columnGap * row.size || atColumn)) {
      segments.push(segmentOf(current, row.size, params))
      current = []
    }
    current.push(box)
    right = Math.max(right, box.x1)
  }
  if (current.some((box) => !box.space)) segments.push(segmentOf(current, row.size, params))

  return {marker, x: marker !== undefined && first ? first.x : (segments[0]?.x ?? row.x), segments}
}

/** Join the boxes of one segment into text, with word spaces and references. */
function segmentOf(boxes: readonly RowBox[], size: number, params: Readonly<LayoutParams>): Segment {
  let text = ''
  const refs: LineRef[] = []
  let pendingSpace = false
  let right: number | undefined
  let label: string | undefined
  // What the previous box was: a digit right after a reference continues its label (`1` `0` is 10),
  // after a raised comma it starts the next one.
  let previous: 'text' | 'reference' | 'separator' = 'text'
  const glyphs = boxes.filter((box) => !box.space)

  for (const box of boxes) {
    if (box.space) {
      pendingSpace ||= text !== '' || label !== undefined
      previous = 'text'
      continue
    }
    const gap = right !== undefined && box.x - right > params.wordGap * size
    if (gap) pendingSpace = true
    if (box.spaceBefore && text !== '') pendingSpace = true
    right = right === undefined ? box.x1 : Math.max(right, box.x1)

    if (box.kind === 'superscript' && labelSeparator.test(box.text) && previous === 'reference') {
      previous = 'separator'
      continue
    }
    if (box.kind === 'superscript' && footnoteLabels.test(box.text)) {
      if (text === '') label = (label ?? '') + box.text
      else {
        const last = refs.at(-1)
        const labels = box.text.split(/[,;]\s?/u)
        if (previous === 'reference' && !gap && last && /^\d+$/u.test(box.text)) last.label += labels.shift()!
        for (const value of labels) refs.push({label: value, index: text.length})
      }
      if (box.spaceAfter) pendingSpace = true
      previous = 'reference'
      continue
    }
    previous = 'text'
    if (pendingSpace && text !== '' && !text.endsWith(' ')) text += ' '
    pendingSpace = box.spaceAfter
    text += box.text
  }

  // A footnote label in front of its text: `¹ text`, written `1 text`.
  if (label !== undefined) {
    for (const ref of refs) ref.index += label.length + 1
    text = text === '' ? label : `${label} ${text}`
  }

  const first = glyphs[0]
  return {
    text,
    refs,
    x: first?.x ?? 0,
    x1: glyphs.reduce((max, box) => Math.max(max, box.x1), -Infinity),
    fontName: first?.fontName ?? ''
  }
}
