/**
 * What a rule checks: the documents read from one file.
 *
 * A source (PDF, text, Markdown) yields one document. A JSON file that motie
 * wrote holds one document or an array of them; the ones that do not match the
 * current schema are left out of `documents` and described in `schemaIssues`.
 */
import type {Consideration, Footnote, MotieDocument, Motion, Request} from '../schema.js'

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

/**
 * The motions of a tree that lack a part, for the rules that require one
 * (`missing-requests`, `missing-signatories`, …).
 *
 * @param tree
 *   The documents of one file.
 * @param has
 *   Whether a motion has the part.
 * @returns
 *   The motions without it, in order.
 */
export function motionsWithout(tree: Tree, has: (motion: Motion) => boolean): Motion[] {
  return motionsOf(tree).filter((motion) => !has(motion))
}

/** A footnote marker in a clause. */
export interface Marker {
  label: string
  clause: Clause
}

/** How the footnote markers of a motion and its footnotes match up. */
export interface FootnoteLinks {
  /** Markers without a footnote of their label, in document order. */
  undefined: Marker[]
  /** Footnotes that no marker refers to, in order. */
  unused: Footnote[]
}

/**
 * Match a motion's footnote markers with its footnotes, for
 * `footnote-undefined` and `footnote-unused`.
 *
 * @param motion
 *   The motion.
 * @returns
 *   Markers without a footnote and footnotes without a marker.
 */
export function footnoteLinks(motion: Motion): FootnoteLinks {
  const markers = clausesOf(motion).flatMap((clause) => clause.footnoteRefs.map((label): Marker => ({label, clause})))
  const defined = new Set(motion.footnotes.map((footnote) => footnote.label))
  const used = new Set(markers.map((marker) => marker.label))
  return {
    undefined: markers.filter((marker) => !defined.has(marker.label)),
    unused: motion.footnotes.filter((footnote) => !used.has(footnote.label))
  }
}
