/**
 * Small constructors of mdast nodes. Generated nodes carry no position
 * (unist: a generated node must not have positional information).
 */
import type {BlockContent, FootnoteReference, Heading, List, ListItem, Paragraph, PhrasingContent, Strong, Text} from 'mdast'

/** Literal text: remark-stringify escapes whatever Markdown would read as syntax. */
export function text(value: string): Text {
  return {type: 'text', value}
}

/** Bold text (`**Constaterende dat:**`). */
export function strong(value: string): Strong {
  return {type: 'strong', children: [text(value)]}
}

/** A paragraph of inline content. */
export function paragraph(...children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children}
}

/** A heading of one text. */
export function heading(depth: Heading['depth'], value: string): Heading {
  return {type: 'heading', depth, children: [text(value)]}
}

/** A tight list: no blank lines between its items. */
export function list(ordered: boolean, items: ListItem[]): List {
  return {type: 'list', ordered, spread: false, children: items}
}

/** A tight list item: its blocks without blank lines between them. */
export function listItem(...children: BlockContent[]): ListItem {
  return {type: 'listItem', spread: false, children}
}

/** Footnote identifiers are labels compared case-insensitively (micromark normalises them so). */
export function footnoteReference(label: string): FootnoteReference {
  return {type: 'footnoteReference', identifier: label.toLowerCase(), label}
}
