/**
 * Every rule's examples are its tests (after remark-lint): an ok example gives
 * no message of the rule, a not-ok example gives exactly the listed ones, every
 * message carries the rule's id, source, url and severity, and a tree without
 * positions (generated) gives nothing.
 */
import {existsSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/rules/index.js'
import {ruleUrl, type Rule} from '../src/rules/rule.js'
import {completeMotion} from '../src/rules/samples.js'
import {rulesMarkdown, rulesTable, tableMarkers, withRulesTable} from '../src/rules/table.js'
import type {Tree} from '../src/rules/tree.js'
import {parseError} from '../src/validate/fatal.js'
import {loadValue} from '../src/validate/load.js'

function lint(rule: Rule, tree: Tree, name: string): VFile {
  const file = new VFile({path: name})
  rule.start(rule.severity)(tree, file)
  return file
}

/** `line:column-line:column: reason`, or `1:1: reason` for the whole file, as in the examples. */
function format(message: VFileMessage): string {
  const place = message.place
  const point = (value: {line: number; column: number}): string => `${value.line}:${value.column}`
  const where = place === undefined ? '1:1' : 'start' in place ? `${point(place.start)}-${point(place.end)}` : point(place)
  return `${where}: ${message.reason}`
}

/** The tree as if every node were generated: no positions anywhere. */
function withoutPositions(tree: Tree): Tree {
  const documents = JSON.parse(JSON.stringify(tree.documents, (key, value: unknown) => (key === 'position' ? undefined : value)))
  return {...tree, documents}
}

async function load(name: string, input: string): Promise<Tree> {
  const tree = await loadValue(input, name)
  if (tree === undefined) throw new Error(`Cannot load example \`${name}\``)
  return tree
}

describe('rules', () => {
  it('exports the list of rules only', async () => {
    expect(Object.keys(await import('../src/rules/index.js')).sort()).toEqual(['rules'])
  })

  it('has unique ids, each the name of its file', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(existsSync(new URL(`../src/rules/${id}.ts`, import.meta.url)), id).toBe(true)
  })

  it('finds nothing to say about the complete sample motion', async () => {
    const tree = await load('ok.txt', completeMotion)
    const file = new VFile({path: 'ok.txt'})
    for (const rule of rules) rule.start(rule.severity)(tree, file)
    expect(file.messages.map(format)).toEqual([])
  })

  it('renders the README table with an anchor and a not-ok example per rule', () => {
    const markdown = rulesMarkdown(rules)
    for (const rule of rules) {
      expect(markdown).toContain(`| <a name="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.severity} |`)
      expect(markdown).toContain(`<summary><code>${rule.id}</code>: <code>not-ok`)
    }
  })

  it('keeps the README table and docs/rules.md generated from the rules (`node scripts/rules-table.js` after `npm run build`)', () => {
    const documented = [...rules, parseError]
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(withRulesTable(readme, documented)).toBe(readme)
    expect(readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesMarkdown(documented))
  })

  it('replaces a stale README table between the markers only', () => {
    const stale = `intro\n${tableMarkers.start}\n| old |\n${tableMarkers.end}\noutro\n`
    expect(withRulesTable(stale, rules)).toBe(`intro\n${tableMarkers.start}\n${rulesTable(rules)}\n${tableMarkers.end}\noutro\n`)
    expect(() => withRulesTable('no markers', rules)).toThrow(/Cannot find/)
  })

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has an ok and a not-ok example, a description and its README url', (_, rule) => {
    expect(rule.examples.some((example) => (example.messages ?? []).length === 0)).toBe(true)
    expect(rule.examples.some((example) => (example.messages ?? []).length > 0)).toBe(true)
    expect(rule.description).toMatch(/\.$/)
    expect(rule.url).toBe(ruleUrl(rule.id))
  })
})

for (const rule of rules) {
  describe(rule.id, () => {
    for (const example of rule.examples) {
      it(`${example.name}`, async () => {
        const tree = await load(example.name, example.input)
        const file = lint(rule, tree, example.name)
        expect(file.messages.map(format)).toEqual(example.messages ?? [])
        for (const message of file.messages) {
          expect(message.ruleId).toBe(rule.id)
          expect(message.source).toBe('motie')
          expect(message.url).toBe(rule.url)
          expect(message.fatal).toBe(rule.severity === 'error' ? true : rule.severity === 'warn' ? false : undefined)
          expect(message.reason).toMatch(/^Unexpected .+, expected /)
        }
      })

      if (!example.positionless) {
        it(`${example.name}, without positions: no messages`, async () => {
          const file = lint(rule, withoutPositions(await load(example.name, example.input)), example.name)
          expect(file.messages.map(format)).toEqual([])
        })
      }
    }
  })
}
