import {describe, expect, it} from 'vitest'
import type {Line} from '../src/read/line.js'
import {readMarkdown} from '../src/read/markdown.js'

/** One string per line: `line:column indent role text`, blank lines as `-`. */
function inspect(markdown: string): string[] {
  return readMarkdown(markdown).lines.map((line: Line) => {
    if (line.text === '') return line.role ? `- ${line.role}` : '-'
    const role = line.role ? ` ${line.role}` : ''
    const refs = line.refs ? ` ${line.refs.map((ref) => `[${ref.label}@${ref.index}]`).join('')}` : ''
    return `${line.line}:${line.column} ${line.indent}${role} ${line.text}${refs}`
  })
}

/** The non-blank texts only. */
const texts = (markdown: string): string[] =>
  readMarkdown(markdown)
    .lines.filter((line) => line.text !== '')
    .map((line) => line.text)

describe('readMarkdown', () => {
  it('reads bold leads, bullets, numbered requests and a signatories table', () => {
    const markdown = [
      '# Motie geef bewoners de ruimte',
      '',
      'De gemeenteraad van Arnhem, in vergadering bijeen op 18 december 2017;',
      '',
      '**Constaterende dat:**',
      '',
      '* Bewoners een *initiatief* hebben aangeboden;',
      '* het over de `grondstrook` gaat;',
      '',
      '**Verzoekt het college:**',
      '',
      '1. geen stappen te nemen;',
      '2. de raad te informeren;',
      '',
      'En gaat over tot de orde van de dag.',
      '',
      'Ingediend door:',
      '',
      '| Naam | Fractie |',
      '| --- | --- |',
      '| Chris van der Helm | Groep van der Helm |',
      '| Bromet |  |',
      '|  | PvdA |'
    ].join('\n')
    expect(inspect(markdown)).toEqual([
      '1:3 0 heading Motie geef bewoners de ruimte',
      '-',
      '3:1 0 De gemeenteraad van Arnhem, in vergadering bijeen op 18 december 2017;',
      '-',
      '5:1 0 Constaterende dat:',
      '-',
      '7:1 2 • Bewoners een initiatief hebben aangeboden;',
      '8:1 2 • het over de grondstrook gaat;',
      '-',
      '10:1 0 Verzoekt het college:',
      '-',
      '12:1 2 1. geen stappen te nemen;',
      '13:1 2 2. de raad te informeren;',
      '-',
      '15:1 0 En gaat over tot de orde van de dag.',
      '-',
      '17:1 0 Ingediend door:',
      '-',
      '21:3 0 Chris van der Helm (Groep van der Helm)',
      '22:3 0 Bromet',
      '23:6 0 PvdA'
    ])
  })

  it('reads YAML front matter, heading leads and a signatories list', () => {
    const markdown = [
      '---',
      'datum: 2022-01-20',
      'nummer: "M 12"',
      '---',
      '',
      '# Motie: Dieren zijn geen wapens',
      '',
      'De gemeenteraad van Den Haag, in vergadering bijeen op 20 januari 2022;',
      '',
      '## Constaterende dat',
      '',
      '- geen dier ervoor kiest;',
      '',
      '## Verzoekt het college',
      '',
      '- dieren niet in te zetten;',
      '',
      'Ondertekend:',
      '',
      '- Robert Barker (Partij voor de Dieren)'
    ].join('\n')
    expect(inspect(markdown)).toEqual([
      '6:3 0 heading Motie: Dieren zijn geen wapens',
      '-',
      // Label and value placed so that the value stands where the YAML has it.
      '3:1 0 Nummer: M 12',
      '2:1 0 Datum: 2022-01-20',
      '-',
      '-',
      '8:1 0 De gemeenteraad van Den Haag, in vergadering bijeen op 20 januari 2022;',
      '-',
      '10:4 0 heading Constaterende dat',
      '-',
      '12:1 2 • geen dier ervoor kiest;',
      '-',
      '14:4 0 heading Verzoekt het college',
      '-',
      '16:1 2 • dieren niet in te zetten;',
      '-',
      '18:1 0 Ondertekend:',
      '-',
      '20:1 2 • Robert Barker (Partij voor de Dieren)'
    ])
  })

  it('turns front matter into a title and a preamble when the body has none', () => {
    const markdown = [
      '---',
      'titel: Stal van de toekomst',
      'provincie: Gelderland',
      'date: 2018-11-14',
      'indieners:',
      '  - name: L. van der Veer',
      '    party: Partij voor de Dieren',
      '  - CDA',
      '---',
      '',
      'Constaterende dat de stal duur is;',
      '',
      'Verzoekt Gedeputeerde Staten er voor te zorgen dat het goedkoper kan,',
      '',
      'En gaat over tot de orde van de dag.'
    ].join('\n')
    expect(texts(markdown)).toEqual([
      'Motie Stal van de toekomst',
      'Datum: 2018-11-14',
      // The date is read from its own line, whose position is the `date` key’s.
      'Provinciale Staten van Gelderland, in vergadering bijeen;',
      'Constaterende dat de stal duur is;',
      'Verzoekt Gedeputeerde Staten er voor te zorgen dat het goedkoper kan,',
      'En gaat over tot de orde van de dag.',
      'Ingediend door:',
      'L. van der Veer (Partij voor de Dieren)',
      'CDA'
    ])
    expect(readMarkdown(markdown).lines[0]).toMatchObject({line: 2, column: 8, role: 'heading'})
    // Each signatory at its own entry of the list.
    expect(readMarkdown(markdown).lines.slice(-2).map((line) => [line.line, line.column, line.text])).toEqual([
      [6, 5, 'L. van der Veer (Partij voor de Dieren)'],
      [8, 5, 'CDA']
    ])
  })

  it('makes a preamble of an assembly phrase, an assembly map and `kamer`', () => {
    const preamble = (yaml: string) => texts(`---\n${yaml}\n---\n\nVerzoekt het college iets te doen,`)[0]
    expect(preamble('vergadering: De raad van de gemeente Delft')).toBe('De raad van de gemeente Delft, in vergadering bijeen;')
    expect(preamble('assembly: "Wij, de gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2022"')).toBe(
      'Wij, de gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2022'
    )
    expect(preamble('assembly: {type: waterschap, name: Rijnland}')).toBe('Het algemeen bestuur van Rijnland, in vergadering bijeen;')
    expect(preamble('kamer: Tweede')).toBe('De Kamer,')
  })

  it('puts front matter before a body that opens with a lead heading', () => {
    expect(texts('---\ndatum: 2020-01-02\n---\n\n## Constaterende dat\n\n- iets;')).toEqual(['Datum: 2020-01-02', 'Constaterende dat', '• iets;'])
  })

  it('ignores front matter that is not valid YAML', () => {
    expect(texts('---\ntitle: [unclosed\n---\n\nTekst.')).toEqual(['Tekst.'])
  })

  it('reads inline leads and moves footnote definitions to the end of the motion that cites them', () => {
    const markdown = [
      '## Motie Een',
      '',
      'De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;',
      '',
      '[^1]: BZK, *Klantonderzoek*, 2006.',
      '',
      'constaterende dat men weet wat klanten verwachten[^1];',
      '',
      'verzoekt het college een voorstel te doen,',
      '',
      'en gaat over tot de orde van de dag.',
      '',
      '---',
      '',
      '## Motie Twee',
      '',
      'constaterende dat er Sociale Firma’s zijn[^2] en[^1] meer;',
      '',
      '[^1]: Een tweede eerste noot.',
      '[^2]: Definitie van een sociale firma',
      '    over twee regels.'
    ].join('\n')
    expect(inspect(markdown)).toEqual([
      '1:4 0 heading Motie Een',
      '-',
      '3:1 0 De gemeenteraad van Haarlem, in vergadering bijeen op 25 juni 2015;',
      '-',
      '7:1 0 constaterende dat men weet wat klanten verwachten; [1@49]',
      '-',
      '9:1 0 verzoekt het college een voorstel te doen,',
      '-',
      '11:1 0 en gaat over tot de orde van de dag.',
      '-',
      '5:7 0 footnote 1 BZK, Klantonderzoek, 2006.',
      '-',
      '- separator',
      '-',
      '15:4 0 heading Motie Twee',
      '-',
      '17:1 0 constaterende dat er Sociale Firma’s zijn en meer; [2@41][1@44]',
      '-',
      '19:7 0 footnote 1 Een tweede eerste noot.',
      '20:7 0 footnote 2 Definitie van een sociale firma',
      '21:5 0 footnote over twee regels.'
    ])
    const [second] = readMarkdown(markdown).lines.filter((line) => line.text.startsWith('2 Definitie'))
    expect(second!.blockStart).toBe(true)
  })

  it('nests lists by indent and keeps the numbers of ordered lists', () => {
    const markdown = [
      '**Overwegende dat:**',
      '',
      '- inzet van mystery guests;',
      '  - klanttevredenheid objectiveert;',
      '    1. eerst dit',
      '    2. dan dat',
      '  - medewerkers bewust maakt;',
      '',
      '3. verzoekt het college derde;',
      '4. verzoekt het college vierde;'
    ].join('\n')
    expect(inspect(markdown)).toEqual([
      '1:1 0 Overwegende dat:',
      '-',
      '3:1 2 • inzet van mystery guests;',
      '4:3 6 • klanttevredenheid objectiveert;',
      '5:5 10 1. eerst dit',
      '6:5 10 2. dan dat',
      '7:3 6 • medewerkers bewust maakt;',
      '-',
      '9:1 2 3. verzoekt het college derde;',
      '10:1 2 4. verzoekt het college vierde;'
    ])
  })

  it('keeps wrapped paragraphs as source lines, and hard breaks as new blocks', () => {
    const markdown = ['> Constaterende dat de tekst', '> over twee regels loopt;', '', 'Jan Jansen\\', 'Piet Pietersen  ', 'Klaas<br>Kees'].join('\n')
    const {lines} = readMarkdown(markdown)
    expect(lines.map((line) => [line.text, line.line, line.column, line.blockStart ?? false])).toEqual([
      ['Constaterende dat de tekst', 1, 3, true],
      ['over twee regels loopt;', 2, 3, false],
      ['', 3, 1, false],
      ['Jan Jansen', 4, 1, true],
      ['Piet Pietersen', 5, 1, true],
      ['Klaas', 6, 1, true],
      ['Kees', 6, 10, true]
    ])
  })

  it('strips emphasis, links and HTML to their text', () => {
    expect(texts('**Verzoekt** _het_ ~~college~~ [de raad](https://x.nl) te ![logo](l.png) informeren;\n\n<!-- een opmerking -->\n\n<div>\nBlok\n</div>')).toEqual([
      'Verzoekt het college de raad te logo informeren;',
      'Blok'
    ])
  })

  it('reads indented text as text, not code', () => {
    expect(texts('Constaterende dat:\n\n    • een bullet die in code viel;\n    • nog een;')).toEqual([
      'Constaterende dat:',
      '• een bullet die in code viel;',
      '• nog een;'
    ])
  })

  it('joins the cells of a table without a header of labels', () => {
    expect(texts('| Jan | PvdA |\n| --- | --- |\n| Piet | CDA |')).toEqual(['Jan, PvdA', 'Piet, CDA'])
  })

  it('has one page', () => {
    expect(readMarkdown('# Motie').pages).toBe(1)
  })
})
