/**
 * Markdown blocks → positioned lines, one handler per block type.
 *
 * The lines look like those of a plain-text motion, so that the one structure
 * stage reads both: list items get a bullet (`• `) or their number (`2. `)
 * and an indent that grows with their depth, blocks are separated by a blank
 * line, and every block’s first line is marked `blockStart`.
 */
import type {Blockquote, Code, Heading, Html, List, ListItem, Paragraph, RootContent, Table} from 'mdast'
import {isBlank, type Line} from '../line.js'
import {phrasingLines, type TextLine} from './phrasing.js'
import {tableRows} from './table.js'

/** Indent of a top-level list item, and what each level of nesting adds. */
export const listIndent = 2
export const nestedIndent = 4

/** Where lines are collected, with the source for columns. */
export interface Sink {
  lines: Line[]
  source: readonly string[]
}

/** Append a run of sibling blocks, a blank line between them. */
export function flow(nodes: readonly RootContent[], sink: Sink, indent = 0): void {
  for (const node of nodes) {
    separate(sink, node.position?.start.line)
    block(node, sink, indent)
  }
}

/** A blank line, unless the last line already is one (or nothing came yet). */
export function separate(sink: Sink, beforeLine: number | undefined): void {
  const last = sink.lines.at(-1)
  if (!last || isBlank(last)) return
  sink.lines.push(blank(Math.max(last.line + 1, (beforeLine ?? last.line + 2) - 1), last.page))
}

/** An empty line. */
export function blank(line: number, page = 1): Line {
  return {text: '', page, line, column: 1, indent: 0}
}

function block(node: RootContent, sink: Sink, indent: number): void {
  switch (node.type) {
    case 'heading':
      return heading(node, sink, indent)
    case 'paragraph':
      return paragraph(node, sink, indent)
    case 'list':
      return list(node, sink, indent === 0 ? listIndent : indent)
    case 'blockquote':
      return blockquote(node, sink, indent)
    case 'table':
      return table(node, sink, indent)
    case 'code':
      return code(node, sink, indent)
    case 'html':
      return html(node, sink, indent)
    case 'thematicBreak': {
      // A rule between motions: blank to the block stage, a wide gap (blank, rule, blank) to the segment stage.
      const line = node.position?.start.line ?? 1
      sink.lines.push({...blank(line), role: 'separator'}, blank(line + 1))
      return
    }
    default:
      // Definitions, front matter and footnote definitions are handled elsewhere or carry no text.
      return
  }
}

function heading(node: Heading, sink: Sink, indent: number): void {
  pushText(sink, phrasingLines(node.children, sink.source), indent, {role: 'heading'})
}

function paragraph(node: Paragraph, sink: Sink, indent: number): void {
  pushText(sink, phrasingLines(node.children, sink.source), indent)
}

function blockquote(node: Blockquote, sink: Sink, indent: number): void {
  flow(node.children, sink, indent)
}

function list(node: List, sink: Sink, indent: number): void {
  const start = node.start ?? 1
  for (const [index, item] of node.children.entries()) {
    listItem(item, node.ordered ? `${start + index}.` : '•', sink, indent)
  }
}

/** The first paragraph carries the marker; later blocks of the item continue it or nest. */
function listItem(node: ListItem, marker: string, sink: Sink, indent: number): void {
  let marked = false
  for (const child of node.children) {
    if (!marked && (child.type === 'paragraph' || child.type === 'heading')) {
      const lines = phrasingLines(child.children, sink.source)
      const first = lines[0]
      if (first) {
        const prefix = marker + ' '
        first.text = prefix + first.text
        for (const ref of first.refs) ref.index += prefix.length
        // The marker stands where the item starts, not where its text does.
        first.column = node.position?.start.column ?? first.column
      }
      pushText(sink, lines, indent)
      marked = lines.length > 0
      continue
    }
    if (child.type === 'list') {
      list(child, sink, indent + nestedIndent)
      continue
    }
    if (child.type === 'paragraph') {
      // A further paragraph of the same item: it continues the item’s text.
      pushText(sink, phrasingLines(child.children, sink.source), indent + marker.length + 1, {continues: true})
      continue
    }
    separate(sink, child.position?.start.line)
    block(child, sink, indent + nestedIndent)
  }
}

function table(node: Table, sink: Sink, indent: number): void {
  for (const row of tableRows(node, sink.source)) pushText(sink, [row], indent)
}

/** Code blocks hold text that was indented by accident far more often than code. */
function code(node: Code, sink: Sink, indent: number): void {
  const start = node.position?.start.line ?? 1
  // A fenced block’s text starts on the line after its fence.
  const fenced = /^\s*(?:>\s*)*(?:`{3,}|~{3,})/.test(sink.source[start - 1] ?? '')
  rawLines(node.value, fenced ? start + 1 : start, sink, indent)
}

function html(node: Html, sink: Sink, indent: number): void {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return
  rawLines(node.value.replace(/<[^>]*>/g, ''), node.position?.start.line ?? 1, sink, indent)
}

function rawLines(value: string, firstLine: number, sink: Sink, indent: number): void {
  const lines: TextLine[] = []
  for (const [offset, raw] of value.split(/\r?\n|\r/).entries()) {
    const text = raw.trim().replace(/\s+/g, ' ')
    if (text === '') continue
    const line = firstLine + offset
    const column = (sink.source[line - 1] ?? '').indexOf(text.slice(0, 12)) + 1
    lines.push({text, line, column: column > 0 ? column : 1, refs: [], hardBreak: true})
  }
  pushText(sink, lines, indent)
}

interface PushOptions {
  role?: Line['role']
  /** The lines continue the block above (a later paragraph of a list item). */
  continues?: boolean
}

/** Turn text lines into `Line`s: the first (and any after a hard break) starts a block. */
export function pushText(sink: Sink, lines: readonly TextLine[], indent: number, options: PushOptions = {}): void {
  for (const [index, text] of lines.entries()) {
    const line: Line = {text: text.text, page: 1, line: text.line, column: text.column, indent}
    if (text.refs.length > 0) line.refs = text.refs
    if (options.role) line.role = options.role
    if ((index === 0 && !options.continues) || text.hardBreak) line.blockStart = true
    sink.lines.push(line)
  }
}
