/**
 * Inline Markdown → the text of positioned lines.
 *
 * Emphasis, links and code are flattened to their text; soft line breaks keep
 * the source’s lines; hard breaks (`\`, two spaces, `<br>`) end a line;
 * footnote references become `refs` at the place where they stood.
 */
import type {PhrasingContent} from 'mdast'
import type {LineRef} from '../line.js'

/** A line of inline text before it becomes a `Line`. */
export interface TextLine {
  text: string
  /** 1-based source line. */
  line: number
  /** 1-based source column of the first character. */
  column: number
  refs: LineRef[]
  /** The line starts after a hard break: the author put it on a line of its own. */
  hardBreak: boolean
}

/** Characters that only get in the way of matching (as in the text reader). */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/**
 * Flatten inline content to lines. `source` holds the lines of the whole
 * file, to find the column of a line that continues a paragraph.
 */
export function phrasingLines(nodes: readonly PhrasingContent[], source: readonly string[]): TextLine[] {
  const builder = new LineBuilder(source)
  for (const node of nodes) builder.add(node)
  return builder.finish()
}

class LineBuilder {
  private readonly lines: TextLine[] = []
  private current: TextLine | undefined
  private afterBreak = false
  /** Where the outermost node that opens the next line starts (`**` of a bold lead). */
  private pendingStart: {line: number; column: number} | undefined

  constructor(private readonly source: readonly string[]) {}

  add(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
        this.text(node.value, node.position?.start)
        return
      case 'inlineCode':
        this.text(node.value, node.position?.start)
        return
      case 'break':
        this.hardBreak()
        return
      case 'html':
        // `<br>` is a line break written in HTML; other inline HTML is markup, not text.
        if (/^<br\s*\/?>$/i.test(node.value.trim())) this.hardBreak()
        return
      case 'image':
        this.text(node.alt ?? '', node.position?.start)
        return
      case 'imageReference':
        this.text(node.alt ?? '', node.position?.start)
        return
      case 'footnoteReference':
        this.open(node.position?.start).refs.push({label: node.label ?? node.identifier, index: this.current!.text.length})
        return
      default:
        // emphasis, strong, delete, link, linkReference: only their text counts.
        if (!this.current && !this.pendingStart) this.pendingStart = node.position?.start
        for (const child of node.children) this.add(child)
    }
  }

  finish(): TextLine[] {
    this.close()
    return this.lines
  }

  private text(value: string, start: {line: number; column: number} | undefined): void {
    const parts = value.replace(invisible, '').split(/\r?\n|\r/)
    for (const [index, part] of parts.entries()) {
      if (index > 0) {
        this.close()
        // A soft break: the next source line of the same paragraph.
        const line = (start?.line ?? 1) + index
        this.open({line, column: this.columnOf(line, part)})
      }
      this.append(part, start)
    }
  }

  private append(part: string, start: {line: number; column: number} | undefined): void {
    let fragment = part.replace(/\s+/g, ' ')
    if (fragment === '') return
    const line = this.open(start, fragment)
    if (line.text === '' || line.text.endsWith(' ')) fragment = fragment.trimStart()
    line.text += fragment
  }

  /** The line being built, opened at `start` if there is none. */
  private open(start: {line: number; column: number} | undefined, fragment = ''): TextLine {
    if (!this.current) {
      const leading = this.pendingStart ? 0 : fragment.length - fragment.trimStart().length
      const at = this.pendingStart ?? start
      this.current = {
        text: '',
        line: at?.line ?? 1,
        column: (at?.column ?? 1) + leading,
        refs: [],
        hardBreak: this.afterBreak
      }
      this.afterBreak = false
      this.pendingStart = undefined
    }
    return this.current
  }

  private hardBreak(): void {
    this.close()
    this.pendingStart = undefined
    this.afterBreak = true
  }

  private close(): void {
    const line = this.current
    this.current = undefined
    if (!line) return
    line.text = line.text.trimEnd()
    for (const ref of line.refs) ref.index = Math.min(ref.index, line.text.length)
    if (line.text !== '' || line.refs.length > 0) this.lines.push(line)
  }

  /** Where `part` starts on source line `line`: found in the source, else its first non-space. */
  private columnOf(line: number, part: string): number {
    const raw = this.source[line - 1] ?? ''
    const probe = part.trim().slice(0, 12)
    const found = probe === '' ? -1 : raw.indexOf(probe)
    if (found >= 0) return found + 1
    const first = raw.search(/\S/)
    return first >= 0 ? first + 1 : 1
  }
}
