/**
 * How deep a Markdown text nests its containers, estimated from the line
 * prefixes alone, before the Markdown parser sees the text: block quote
 * markers, list markers, and indentation (two columns a level, the least a
 * nested list item needs). The estimate is never below the real depth, which
 * is what a limit needs.
 */

/** Deepest nesting of any line of `text`. */
export function nestingDepth(text: string): number {
  let deepest = 0
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    deepest = Math.max(deepest, lineDepth(text, start, end))
    start = end + 1
  }
  return deepest
}

const listBullet = /[-*+]/
const digit = /\d/

function lineDepth(text: string, start: number, end: number): number {
  let markers = 0
  let columns = 0
  let at = start
  while (at < end) {
    const char = text[at]!
    if (char === ' ') columns++
    else if (char === '\t') columns += 4
    else if (char === '>') markers++
    else if (listBullet.test(char) && isSpace(text[at + 1])) markers++
    else if (digit.test(char)) {
      let next = at
      while (next < end && next - at < 10 && digit.test(text[next]!)) next++
      if ((text[next] === '.' || text[next] === ')') && isSpace(text[next + 1])) {
        markers++
        at = next
      } else break
    } else break
    at++
  }
  return markers + Math.floor(columns / 2)
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === undefined
}
