/**
 * Handler of a motion: head, considerations, requests, tail — in the order a
 * printed motion has them, so that the Markdown reads back as the same tree.
 */
import type {RootContent} from 'mdast'
import type {Motion} from '../../schema.js'
import {considerations, requests} from './clauses.js'
import {header} from './header.js'
import {closing, footnotes, signatories, vote} from './tail.js'

export function motion(node: Motion): RootContent[] {
  const labels = new Set(node.footnotes.map((footnote) => footnote.label))
  return [
    ...header(node),
    ...considerations(node.considerations, labels),
    ...requests(node.requests, labels),
    ...closing(node),
    ...signatories(node.signatories),
    ...vote(node.vote),
    ...footnotes(node.footnotes)
  ]
}
