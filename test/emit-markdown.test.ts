import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {emitMarkdown} from '../src/emit/markdown.js'
import {parse} from '../src/parse.js'
import {readMarkdown} from '../src/read/markdown.js'
import type {Motion} from '../src/schema.js'
import {consideration, document, flatten, motion, request, signatory, trickyMotion} from './util/build.js'

const mdast = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown)

/** The non-blank line texts the Markdown reader gives for `markdown`. */
const lineTexts = (markdown: string): string[] =>
  readMarkdown(markdown)
    .lines.map((line) => line.text)
    .filter((text) => text !== '')

describe('emitMarkdown', () => {
  it('writes notes as `Notitie:` lines of the header, which read back as the same notes', async () => {
    const span = (text: string, line: number) => ({text, position: {start: {line, column: 1}, end: {line, column: 1 + text.length}}})
    const notes = [span('Wethouder *sport* | cultuur', 1), span('http://example.nl/a_b', 2), span('Deze motie is aangehouden.', 40), span('# 3', 41)]
    const tricky = trickyMotion()
    const output = emitMarkdown([document('a.txt', [{...tricky, notes}])], {})
    expect(lineTexts(output).filter((text) => text.startsWith('Notitie:'))).toEqual(notes.map((note) => `Notitie: ${note.text}`))
    const reread = await parse(new TextEncoder().encode(output), {path: 'a.md'})
    expect(reread.motions[0]?.notes?.map((note) => note.text)).toEqual(notes.map((note) => note.text))
    expect(reread.motions[0]?.title).toBe(tricky.title)
  })

  it('writes a motion as a person reads it', async () => {
    const output = emitMarkdown([document('a.txt', [trickyMotion()])], {})
    await expect(output).toMatchFileSnapshot('./snapshots/emit-markdown-tricky.md')
  })

  it('escapes Markdown syntax so that every text reads back intact', () => {
    const tricky = trickyMotion()
    const texts = lineTexts(emitMarkdown([document('a.txt', [tricky])], {}))
    expect(texts[0]).toBe(`Motie ${tricky.title}`)
    for (const clause of [...flatten(tricky.considerations), ...flatten(tricky.requests)]) {
      // A newline inside a clause comes back as the next line of the same item.
      const [first] = clause.text.split('\n')
      expect(texts.some((text) => /^(?:•|\d+\.) /.test(text) && text.replace(/^(?:•|\d+\.) /, '') === first!.trim())).toBe(true)
    }
    expect(texts).toContain('1 Bron: *rapport*, 2015.')
    expect(texts).toContain('2 Zie `code` en <b>html</b>.')
  })

  it('keeps footnote references where the markers stood', () => {
    const {lines} = readMarkdown(emitMarkdown([document('a.txt', [trickyMotion()])], {}))
    const cited = lines.filter((line) => line.refs !== undefined)
    expect(cited.map((line) => [line.text, line.refs])).toEqual([
      ['• de kosten "hoog" zijn; 3 * 4 = 12', [{label: '1', index: 35}]],
      ['1. met een tab; en "quotes"', [{label: '2', index: 27}]]
    ])
    const tree = mdast(emitMarkdown([document('a.txt', [trickyMotion()])], {}))
    expect(tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.type === 'footnoteDefinition' && node.label)).toEqual(['1', '2'])
  })

  it('writes the header, the leads and the tail in the order of a printed motion', () => {
    const texts = lineTexts(emitMarkdown([document('a.txt', [trickyMotion()])], {}))
    expect(texts.filter((text) => !/^(?:•|\d+\.) |^regel twee$/.test(text))).toEqual([
      'Motie Stop *de* #herrie_nu [1] | ja',
      'Nummer: M12',
      'Datum: 25 juni 2015',
      'Vergadering: gemeenteraad Haarlem',
      'De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;',
      'Constaterende dat:',
      // Leads as the motion printed them: that is what reads back into the same tree.
      'overwegende dat',
      'Gelet op:',
      'Verzoekt het college:',
      'Draagt het college op:',
      'En gaat over tot de orde van de dag.',
      'Ingediend door:',
      'Later toegevoegde medeindiener(s): Ceder',
      '1 Bron: *rapport*, 2015.',
      '2 Zie `code` en <b>html</b>.'
    ])
  })

  it('nests items one list level deeper', () => {
    const {lines} = readMarkdown(emitMarkdown([document('a.txt', [trickyMotion()])], {}))
    const item = lines.find((line) => line.text.startsWith('• a_b_c'))
    const parent = lines.find((line) => line.text.startsWith('• -5 graden'))
    expect(item!.indent).toBeGreaterThan(parent!.indent)
  })

  it('builds a preamble for each kind of assembly', () => {
    const preambles = (
      [
        [{type: 'gemeenteraad', name: 'Haarlem'}, '2015-06-25', 'De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;'],
        [{type: 'provinciale-staten', name: 'Gelderland'}, '2018-11-14', 'Provinciale Staten van Gelderland, in vergadering bijeen op 14 november 2018;'],
        [{type: 'waterschap', name: 'De Stichtse Rijnlanden'}, null, 'Het algemeen bestuur van De Stichtse Rijnlanden, in vergadering bijeen;'],
        [{type: 'tweede-kamer', name: null}, '2023-02-15', 'De Kamer,']
      ] as const
    ).map(([assembly, date, expected]) => {
      const texts = lineTexts(emitMarkdown([document('a.txt', [motion({assembly: {...assembly}, date})])], {}))
      return [texts.find((text) => text.startsWith('De ') || text.startsWith('Het ') || text.startsWith('Provinciale')), expected]
    })
    for (const [actual, expected] of preambles) expect(actual).toBe(expected)
  })

  it('writes the preamble in the motion’s own words when they name the same assembly', () => {
    const preambleOf = (assembly: Motion['assembly']): string | undefined =>
      lineTexts(emitMarkdown([document('a.txt', [motion({assembly, date: '2023-03-07'})])], {})).find((text) => /^(?:De|Het) /.test(text))
    expect(preambleOf({type: 'gemeenteraad', name: 'Tilburg', text: 'De raad van de gemeente Tilburg'})).toBe(
      'De raad van de gemeente Tilburg, in vergadering bijeen op 7 maart 2023;'
    )
    expect(preambleOf({type: 'tweede-kamer', name: null, text: 'De Kamer, gehoord de beraadslaging'})).toBe('De Kamer, gehoord de beraadslaging,')
    // Words that would read back as another assembly are not used.
    expect(preambleOf({type: 'gemeenteraad', name: 'Tilburg', text: 'De raad van de gemeente Breda'})).toBe(
      'De gemeenteraad van Tilburg, in vergadering bijeen op 7 maart 2023;'
    )
  })

  it('builds missing leads from the kind and the verb', () => {
    const texts = lineTexts(
      emitMarkdown(
        [
          document('a.txt', [
            motion({
              kind: 'amendement',
              title: 'Geld',
              considerations: [consideration('van-mening', '', 'x'), consideration('kennisnemende', '', 'y')],
              requests: [request('roept-op', 'de regering', '', 'z'), request('spreekt-uit', null, '', 'w')]
            })
          ])
        ],
        {}
      )
    )
    expect(texts).toEqual([
      'Amendement Geld',
      'Van mening dat:',
      '• x',
      'Kennisnemende van:',
      '• y',
      'Roept de regering op:',
      '1. z',
      'Spreekt uit:',
      '1. w'
    ])
  })

  it('joins the motions of several documents into one document, a rule between motions', () => {
    const output = emitMarkdown(
      [
        document('a.txt', [motion({title: 'Een'}), motion({title: 'Twee'})]),
        document('b.txt', []),
        document('c.txt', [motion({title: 'Drie', signatories: [signatory('Piet', null)]})])
      ],
      {}
    )
    const tree = mdast(output)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'thematicBreak', 'heading', 'thematicBreak', 'heading', 'paragraph', 'list'])
  })

  it('writes a comment for no motions, which reads back as no motions', () => {
    expect(emitMarkdown([document('a.txt', [])], {})).toBe('<!-- motie: no motion found -->\n')
  })
})
