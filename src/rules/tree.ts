/**
 * What a rule checks: the documents read from one file.
 *
 * A source (PDF, text, Markdown) yields one document. A JSON file that motie
 * wrote holds one document or an array of them; the ones that do not match the
 * current schema are left out of `documents` and described in `schemaIssues`.
 */
import type {Consideration, MotieDocument, Motion, Request} from '../schema.js'

/** One way a JSON document differs from the current schema. */
export interface SchemaIssue {
  /** Where, from the root of the JSON value (`['motions', 0, 'date']`). */
  path: readonly PropertyKey[]
  /** What zod says is wrong. */
  message: string
}

/** The input of every rule. */
export interface Tree {
  /** Documents that match the schema, in file order. */
  documents: readonly MotieDocument[]
  /** Whether the file was a JSON document that motie wrote, rather than a source. */
  json: boolean
  /** Issues of JSON documents with the current schema (always empty for sources). */
  schemaIssues: readonly SchemaIssue[]
}

/** A clause of either kind. */
export type Clause = Consideration | Request

/**
 * All motions of a tree, in order.
 *
 * @param tree
 *   The documents of one file.
 * @returns
 *   Its motions.
 */
export function motionsOf(tree: Tree): Motion[] {
  return tree.documents.flatMap((document) => document.motions)
}

/**
 * All clauses of a motion, nested ones after their parent (document order).
 *
 * @param motion
 *   The motion.
 * @returns
 *   Its considerations and requests, depth first.
 */
export function clausesOf(motion: Motion): Clause[] {
  const all: Clause[] = []
  const visit = (clause: Clause): void => {
    all.push(clause)
    for (const item of clause.items) visit(item)
  }
  for (const clause of [...motion.considerations, ...motion.requests]) visit(clause)
  return all
}
