/**
 * `--csv clauses`: one row per clause, nested items included — the long
 * shape that pivot tables and pandas want.
 */
import type {Consideration, MotieDocument, Motion, Request} from '../../schema.js'
import {cell, listJoiner, type Row} from './cells.js'

/** Column names, in order: the header row. */
export const clauseColumns = [
  'file',
  'motion',
  'number',
  'title',
  'section',
  'kind',
  'addressee',
  'depth',
  'position',
  'text',
  'footnotes'
] as const

/** What every clause row of one motion repeats. */
interface MotionCells {
  file: string
  motion: string
  number: string
  title: string
}

/** The rows of one document: considerations first, then requests, each in document order. */
export function clauseRows(document: MotieDocument): Row[] {
  return document.motions.flatMap((motion, index) => motionClauseRows(document.source.path, index + 1, motion))
}

function motionClauseRows(file: string, index: number, motion: Motion): Row[] {
  const shared: MotionCells = {file, motion: cell(index), number: cell(motion.number), title: cell(motion.title)}
  return [...walk(shared, motion.considerations, []), ...walk(shared, motion.requests, [])]
}

/** Depth-first, so that a clause precedes its items; `path` is the 1-based position of each ancestor. */
function walk(shared: MotionCells, clauses: readonly (Consideration | Request)[], path: readonly number[]): Row[] {
  return clauses.flatMap((clause, index) => {
    const position = [...path, index + 1]
    const row: Row = {
      ...shared,
      section: clause.type,
      kind: clause.type === 'consideration' ? clause.kind : clause.verb,
      addressee: clause.type === 'request' ? cell(clause.addressee) : '',
      depth: cell(position.length),
      position: position.join('.'),
      text: clause.text,
      footnotes: clause.footnoteRefs.join(listJoiner)
    }
    return [row, ...walk(shared, clause.items, position)]
  })
}
