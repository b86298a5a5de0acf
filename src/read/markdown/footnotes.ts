/**
 * GFM footnote definitions → `label text` lines in the tail of their motion.
 *
 * Authors put definitions anywhere (after the paragraph that cites them, at
 * the end of the file); the structure stage looks for footnotes in a motion’s
 * tail. So each definition moves into the tail of the motion that cites it:
 *
 * - the end of its section (the blocks between thematic breaks), when the
 *   section holds one motion — one closing formula at most;
 * - else right after the first closing formula that follows the citation
 *   (motions separated by headings only).
 *
 * A definition cited in no section stays in its own section.
 */
import type {FootnoteDefinition, Nodes, RootContent} from 'mdast'
import {closing} from '../../patterns.js'
import {pushText, separate, type Sink} from './blocks.js'
import {phrasingLines, type TextLine} from './phrasing.js'

/** Root blocks cut at thematic breaks; the break stays at the end of its section. */
export function sections(nodes: readonly RootContent[]): RootContent[][] {
  const result: RootContent[][] = [[]]
  for (const node of nodes) {
    result.at(-1)!.push(node)
    if (node.type === 'thematicBreak') result.push([])
  }
  return result
}

/** Definitions to write after a block: `[section][block]` → definitions. */
export type Placement = Map<number, FootnoteDefinition[]>[]

/** Where each definition goes: after which block of which section. */
export function placeDefinitions(parts: readonly (readonly RootContent[])[]): Placement {
  const citing = parts.map((part) => part.map((node) => citedIn(node)))
  const placement: Placement = parts.map(() => new Map())

  for (const [index, part] of parts.entries()) {
    for (const node of part) {
      walk(node, (child) => {
        if (child.type !== 'footnoteDefinition') return
        const id = child.identifier
        // Its own section when cited there (labels may repeat across motions), else the first that cites it.
        const inOwn = citing[index]!.some((ids) => ids.has(id))
        const section = inOwn ? index : citing.findIndex((blocks) => blocks.some((ids) => ids.has(id)))
        const target = section >= 0 ? section : index
        const after = tailOf(parts[target]!, citing[target]!.findIndex((ids) => ids.has(id)))
        const list = placement[target]!.get(after) ?? []
        list.push(child)
        placement[target]!.set(after, list)
      })
    }
  }
  return placement
}

/** The block after which footnotes cited in block `cited` belong. */
function tailOf(part: readonly RootContent[], cited: number): number {
  // The section’s last block, before its closing rule.
  const last = part.at(-1)?.type === 'thematicBreak' ? part.length - 2 : part.length - 1
  const closings = part.flatMap((node, index) => (closing.test(' ' + plainText(node)) && node.type === 'paragraph' ? [index] : []))
  if (closings.length <= 1) return last
  return closings.find((index) => index >= cited) ?? last
}

/** Append definitions as footnote lines: `label text`, one block each. */
export function footnoteLines(definitions: readonly FootnoteDefinition[], sink: Sink): void {
  if (definitions.length === 0) return
  separate(sink, definitions[0]!.position?.start.line)
  for (const definition of definitions) {
    const label = definition.label ?? definition.identifier
    const lines = definition.children.flatMap((child) => textLines(child, sink))
    const first = lines[0]
    if (first) {
      first.text = `${label} ${first.text}`
      for (const ref of first.refs) ref.index += label.length + 1
    } else {
      lines.push({text: label, line: definition.position?.start.line ?? 1, column: definition.position?.start.column ?? 1, refs: [], hardBreak: false})
    }
    // The first line starts the footnote; the rest continue it.
    for (const line of lines) line.hardBreak = false
    pushText(sink, lines, 0, {role: 'footnote'})
  }
}

function textLines(node: Nodes, sink: Sink): TextLine[] {
  if (node.type === 'paragraph' || node.type === 'heading') return phrasingLines(node.children, sink.source)
  if ('children' in node) return node.children.flatMap((child) => textLines(child, sink))
  return []
}

/** Identifiers of the footnotes cited in a block. */
function citedIn(node: Nodes): Set<string> {
  const ids = new Set<string>()
  walk(node, (child) => child.type === 'footnoteReference' && ids.add(child.identifier))
  return ids
}

/** The text of a block, for matching the closing formula. */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((child) => plainText(child)).join('')
  return ''
}

/** Depth-first over a node and its descendants. */
function walk(node: Nodes, visit: (node: Nodes) => unknown): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}
