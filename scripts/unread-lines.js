#!/usr/bin/env node
/**
 * List every `unread-line` message over a corpus: the lines of each input
 * that no node took and no stage dropped as furniture. A check that the
 * account of every line reports parse misses, not lines that are in a node.
 *
 *   npm run build && node scripts/unread-lines.js [CORPUS_DIR] [--input txt,pdf,md] [--case NAME] [--count]
 *
 * CORPUS_DIR defaults to `../shared/corpus`: one folder per case holding
 * `source.txt`, `source.pdf`, `source.md`. Prints `case [format] page:line  text`,
 * then a count per format; `--count` prints the counts only.
 */
import {existsSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {parseFile} from '../dist/parse-file.js'

const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args.splice(index, 2)[1]
}
const formats = (option('--input') ?? 'txt,pdf,md').split(',')
const only = option('--case')
const countOnly = args.includes('--count')
const corpus = resolve(args.find((arg) => !arg.startsWith('--')) ?? '../shared/corpus')

const counts = Object.fromEntries(formats.map((format) => [format, {lines: 0, inputs: 0, clean: 0}]))
for (const name of readdirSync(corpus).sort()) {
  if (only && !name.includes(only)) continue
  for (const format of formats) {
    const path = join(corpus, name, `source.${format}`)
    if (!existsSync(path)) continue
    const document = await parseFile(path)
    const unread = document.messages.filter((message) => message.ruleId === 'unread-line')
    counts[format].inputs++
    counts[format].lines += unread.length
    if (unread.length === 0) counts[format].clean++
    if (countOnly) continue
    for (const message of unread) {
      const at = message.position ? `${message.position.page ?? 1}:${message.position.start.line}` : '?'
      const text = /`(.*)`/u.exec(message.reason)?.[1] ?? message.reason
      console.log(`${name} [${format}] ${at}\t${text}`)
    }
  }
}
for (const [format, count] of Object.entries(counts)) {
  console.log(`${format}: ${count.lines} unread lines; ${count.clean}/${count.inputs} inputs without any`)
}
