/**
 * An account of every line: each line of the input ends up in a node, is
 * furniture that a stage dropped on purpose, or is reported as unread.
 *
 * Nodes say which lines they were read from through their positions (see
 * `structure/position.ts`): a node covers its lines from the first to the
 * last, and whatever stands between them. Stages say which lines they dropped
 * on purpose (page numbers, running footers, site menus, metadata lines, vote
 * lines read into a field) by putting them in a `furniture` list. Every other
 * line with text gets an `unread-line` message, so that nothing a motion says
 * is lost without a word.
 */
import {isBlank, type Line} from './read/line.js'
import type {Message} from './schema.js'
import {extentOf} from './structure/position.js'

/** The id of the message about a line that no node took. */
export const unreadLineId = 'unread-line'

/** Where a line stands, comparable across pages. */
export function lineOrder(line: Line): number {
  return line.page * 1e7 + line.line
}

/** Lines covered by nodes: ranges from the first to the last line of each. */
export class LineAccount {
  readonly #ranges: [number, number][] = []
  /** Where dropped lines stand: a stage may drop part of a line it cut in two (a dateline, a vote sentence in running text). */
  readonly #furniture = new Set<number>()

  /** A node was read from `lines`: they, and the lines between them, are accounted for. */
  read(lines: readonly Line[]): void {
    if (lines.length === 0) return
    const keys = lines.map(lineOrder)
    this.#ranges.push([Math.min(...keys), Math.max(...keys)])
  }

  /** A stage dropped `lines` on purpose. */
  drop(lines: Iterable<Line>): void {
    for (const line of lines) this.#furniture.add(lineOrder(line))
  }

  /** Whether `line` is in a node or furniture. */
  has(line: Line): boolean {
    const key = lineOrder(line)
    if (this.#furniture.has(key)) return true
    return this.#ranges.some(([start, end]) => key >= start && key <= end)
  }

  /** The lines with text that are neither in a node nor furniture, in input order. */
  unread(lines: readonly Line[]): Line[] {
    return lines.filter((line) => !isBlank(line) && line.role !== 'separator' && !this.has(line))
  }
}

/** The `unread-line` messages for `lines`. */
export function unreadMessages(lines: readonly Line[], paged: boolean): Message[] {
  return lines.map((line) => {
    const position = extentOf([line], paged)
    return {
      ruleId: unreadLineId,
      severity: 'info' as const,
      reason: `Unexpected line \`${line.text.trim().replaceAll('`', '')}\` that no part of a motion took, expected a title, preamble, clause, footnote or signatory, or furniture`,
      ...(position ? {position} : {})
    }
  })
}
