/**
 * Markdown reader: `.md` → positioned lines, like those of a plain-text motion.
 *
 * Parsed with remark-parse, remark-gfm (tables, footnotes) and
 * remark-frontmatter (YAML). Layout only, never structure: headings,
 * paragraphs, list items and table rows become lines; emphasis is dropped;
 * footnote references become `refs`; footnote definitions become `1 text`
 * lines at the end of the motion that cites them; front matter becomes header
 * lines (see `./markdown/front-matter.ts` for the keys).
 */
import type {Root, RootContent, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {MotieError} from '../errors.js'
import {maxMarkdownDepth} from '../limits.js'
import {considerationLead, matchRequestLead} from '../patterns.js'
import {isPreamble} from '../preamble.js'
import {isBlank, type Line} from './line.js'
import {nestingDepth} from './markdown/depth.js'
import {blank, flow, separate, type Sink} from './markdown/blocks.js'
import {footnoteLines, placeDefinitions, sections} from './markdown/footnotes.js'
import {readFrontMatter, type FrontMatter} from './markdown/front-matter.js'

export interface MarkdownRead {
  lines: Line[]
  /** Markdown has no pages: always 1. */
  pages: number
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/** Read Markdown text into positioned lines. */
export function readMarkdown(text: string): MarkdownRead {
  const depth = nestingDepth(text)
  if (depth > maxMarkdownDepth) {
    throw new MotieError('TOO_LARGE', `Cannot parse Markdown: it nests ${depth} levels deep (block quotes, lists or indentation), more than ${maxMarkdownDepth}`)
  }
  const tree = parser.parse(text) as Root
  const source = text.split(/\r\n|\r|\n/)
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml')
  const front = yaml ? readFrontMatter(yaml) : undefined

  const body: RootContent[] = tree.children.filter((node) => node.type !== 'yaml')
  const parts = sections(body)
  const definitions = placeDefinitions(parts)
  const sink: Sink = {lines: [], source}
  for (const [index, part] of parts.entries()) {
    const rule = part.at(-1)?.type === 'thematicBreak' ? part.at(-1) : undefined
    const blocks = rule ? part.slice(0, -1) : part
    for (const [at, node] of blocks.entries()) {
      flow([node], sink)
      if (at === blocks.length - 1 && index === 0 && front && front.signatories.length > 0) {
        separate(sink, undefined)
        sink.lines.push(...front.signatories)
      }
      if (at === blocks.length - 1 && index === 0 && front && front.vote.length > 0) {
        separate(sink, undefined)
        sink.lines.push(...front.vote)
      }
      footnoteLines(definitions[index]?.get(at) ?? [], sink)
    }
    if (rule) flow([rule], sink)
  }

  return {lines: front ? withHeader(sink.lines, front) : sink.lines, pages: 1}
}

/**
 * Put the front matter’s header lines before the body, or after the body’s
 * first heading when that is the title; the preamble only when the body has
 * none of its own.
 */
function withHeader(lines: Line[], front: FrontMatter): Line[] {
  const header = [...front.header]
  if (front.preamble && !lines.some((_, index) => isPreamble(lines, index))) header.push(front.preamble)
  if (header.length === 0) return lines

  const first = lines.findIndex((line) => !isBlank(line))
  const opening = lines[first]
  // A first heading is the title, unless it is a lead (`## Constaterende dat`).
  const isTitle = opening?.role === 'heading' && !considerationLead.test(opening.text) && matchRequestLead(opening.text) === undefined
  const afterTitle = front.header[0]?.role !== 'heading' && isTitle ? first + 1 : 0
  const gap = blank(header.at(-1)!.line + 1)
  return [...lines.slice(0, afterTitle), ...(afterTitle > 0 ? [blank(header[0]!.line)] : []), ...header, gap, ...lines.slice(afterTitle)]
}
