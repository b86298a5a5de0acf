/**
 * `--csv motions`: one row per motion.
 */
import type {Consideration, MotieDocument, Motion, Request} from '../../schema.js'
import {signatoryText} from '../words.js'
import {cell, lineJoiner, listJoiner, type Row} from './cells.js'

/** Column names, in order: the header row. */
export const motionColumns = [
  'file',
  'index',
  'number',
  'dossier_number',
  'dossier_title',
  'kind',
  'title',
  'assembly_type',
  'assembly_name',
  'date',
  'considerations',
  'requests',
  'considerations_text',
  'requests_text',
  'signatories',
  'footnotes',
  'closing',
  'vote_status',
  'vote_for',
  'vote_against',
  'votes_for',
  'votes_against',
  'notes'
] as const

/** The rows of one document: one per motion, `index` counting from 1 within the file. */
export function motionRows(document: MotieDocument): Row[] {
  return document.motions.map((motion, index) => motionRow(document.source.path, index + 1, motion))
}

function motionRow(file: string, index: number, motion: Motion): Row {
  return {
    file,
    index: cell(index),
    number: cell(motion.number),
    dossier_number: cell(motion.dossier?.number ?? null),
    dossier_title: cell(motion.dossier?.title ?? null),
    kind: motion.kind,
    title: cell(motion.title),
    assembly_type: cell(motion.assembly.type),
    assembly_name: cell(motion.assembly.name),
    date: cell(motion.date),
    considerations: cell(countClauses(motion.considerations)),
    requests: cell(countClauses(motion.requests)),
    considerations_text: sectionText(motion.considerations),
    requests_text: sectionText(motion.requests),
    signatories: motion.signatories.map(signatoryText).join(listJoiner),
    footnotes: motion.footnotes.map((footnote) => `[${footnote.label}] ${footnote.text}`).join(lineJoiner),
    closing: cell(motion.closing),
    // Always present, empty where the text states no vote.
    vote_status: cell(motion.vote?.status),
    vote_for: (motion.vote?.for ?? []).join(listJoiner),
    vote_against: (motion.vote?.against ?? []).join(listJoiner),
    votes_for: cell(motion.vote?.votesFor),
    votes_against: cell(motion.vote?.votesAgainst),
    // One note per line, like the footnotes: a note is free text and may hold `; `.
    notes: (motion.notes ?? []).map((note) => note.text).join(lineJoiner)
  }
}

type Clause = Consideration | Request

/** Every clause counts, nested items included, as the scorer counts them. */
function countClauses(clauses: readonly Clause[]): number {
  let count = 0
  for (const clause of clauses) count += 1 + countClauses(clause.items)
  return count
}

/** One clause per line; nested items are indented two spaces per level. */
function sectionText(clauses: readonly Clause[], depth = 0): string {
  const lines: string[] = []
  for (const clause of clauses) {
    lines.push('  '.repeat(depth) + clause.text)
    if (clause.items.length > 0) lines.push(sectionText(clause.items, depth + 1))
  }
  return lines.join(lineJoiner)
}
