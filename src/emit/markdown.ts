/**
 * Markdown emitter: the motion tree → an mdast tree (one handler per node
 * type, in `./markdown/`) → remark-stringify with GFM, so that text holding
 * `*`, `#`, `_`, `[` or `|` is escaped by the serialiser, never by hand.
 *
 * The output is meant to be read by people and to parse back into the same
 * tree: a `## Motie <title>` heading, the number and date, the preamble
 * (`De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;`),
 * each lead in bold above a list of its clauses, the closing, the
 * signatories, and the footnotes as GFM footnotes. Motions are separated by
 * a thematic break (`---`), also across documents.
 */
import type {Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {Emitter} from './emitter.js'
import {motion} from './markdown/motion.js'

/** The whole output for documents without motions. */
export const noMotion = '<!-- motie: no motion found -->'

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', bulletOrdered: '.', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true})
  .freeze()

/** Emit all motions of all documents as one Markdown document. */
export const emitMarkdown: Emitter = (documents) => {
  const children: RootContent[] = []
  for (const document of documents) {
    for (const node of document.motions) {
      if (children.length > 0) children.push({type: 'thematicBreak'})
      children.push(...motion(node))
    }
  }
  // Without motions the output is still a Markdown file that reads back: a comment, which holds no text.
  if (children.length === 0) children.push({type: 'html', value: noMotion})
  const tree: Root = {type: 'root', children}
  return processor.stringify(tree)
}
