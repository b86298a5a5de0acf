/**
 * Layout on made-up runs, as pdfminer tests its layout analysis on made-up
 * boxes: every case places a few runs on an A4 page and checks the lines.
 */
import {describe, expect, it} from 'vitest'
import {MotieError} from '../src/errors.js'
import {layoutPages, layoutParams, type PageText, type TextRun} from '../src/read/layout/index.js'
import {enclose, type Line} from '../src/read/line.js'

/** A4 in points. */
const width = 595
const height = 842
/** PDF user space has y upwards; layout reads top-down. */
const flip = [1, 0, 0, -1, 0, height]

interface RunOptions {
  size?: number
  font?: string
  /** Advance width; by default half an em per character. */
  width?: number
  eol?: boolean
}

/** A run at `x` with its baseline `top` points below the top of the page. */
function run(str: string, x: number, top: number, options: RunOptions = {}): TextRun {
  const size = options.size ?? 12
  return {
    str,
    transform: [size, 0, 0, size, x, height - top],
    width: options.width ?? str.length * size * 0.5,
    height: str.trim() === '' ? 0 : size,
    fontName: options.font ?? 'f1',
    fontFamily: 'sans-serif',
    ascent: 0.9,
    descent: -0.2,
    hasEOL: options.eol ?? false,
    page: 1
  }
}

function page(runs: TextRun[], number = 1): PageText {
  return {page: number, width, height, viewTransform: flip, runs: runs.map((item) => ({...item, page: number}))}
}

/** Body text: 12 pt, 14 pt apart, starting 100 pt from the top, at the 72 pt margin. */
function paragraph(texts: string[], top = 100, x = 72): TextRun[] {
  return texts.map((text, index) => run(text, x, top + index * 14))
}

function texts(lines: Line[]): string[] {
  return lines.map((line) => line.text)
}

/** A full row: 72 → 516 of a text area that ends at 523 (half an em per character). */
const full = `${'woord '.repeat(12)}wo`

describe('rows', () => {
  it('leaves out boxes that a damaged PDF puts at infinity', () => {
    expect(enclose([{x: 10, y: 20, width: 30, height: 5}, {x: Number.NaN, y: -Infinity, width: 1, height: 1}])).toEqual({x: 10, y: 20, width: 30, height: 5})
    expect(enclose([{x: Infinity, y: 0, width: 1, height: 1}])).toBeUndefined()
  })

  it('places each line in a box of points from the top-left of the page', () => {
    const lines = layoutPages([page([run('De', 72, 100), run('orde van de dag.', 90, 100)])])
    // 12 pt type with ascent 0.9 and descent 0.2 em: 10.8 above the baseline, 2.4 below.
    expect(lines[0]?.box).toEqual({x: 72, y: 89.2, width: 114, height: 13.2})
  })

  it('joins runs on one baseline left to right, whatever their order', () => {
    const lines = layoutPages([page([run('dag.', 160, 100), run('De', 72, 100), run('orde van de', 90, 100)])])
    expect(texts(lines)).toEqual(['De orde van de dag.'])
  })

  it('reads the wide spaces of justified text as one space', () => {
    const lines = layoutPages([page([run('ruim', 72, 100, {width: 24}), run('baan', 110, 100), run('voor   fietsers', 150, 100)])])
    expect(texts(lines)).toEqual(['ruim baan voor fietsers'])
  })

  it('uses a space run between runs, and no space where runs touch', () => {
    const lines = layoutPages([page([run('Gemeente', 72, 100, {width: 48}), run(' ', 120, 100, {width: 3}), run('raad', 123, 100, {width: 24}), run(',', 147, 100)])])
    expect(texts(lines)).toEqual(['Gemeente raad,'])
  })

  it('drops fake-bold copies drawn a fraction of a point aside', () => {
    const lines = layoutPages([page([run('Motie', 72, 100, {width: 30}), run('Motie', 72.4, 100, {width: 30})])])
    expect(texts(lines)).toEqual(['Motie'])
  })

  it('reads a page whose text is set sideways (running up) upright', () => {
    // Text running up the page: baseline at x = 100 and x = 114, starting 700 pt up from the bottom.
    const up = (str: string, x: number, y: number): TextRun => ({...run(str, 0, 0), transform: [0, 12, -12, 0, x, y]})
    const lines = layoutPages([page([up('Eerste regel', 100, 100), up('van de tekst', 114, 100)])])
    expect(texts(lines)).toEqual(['Eerste regel', 'van de tekst'])
  })

  it('leaves out rotated text such as margin notes', () => {
    const rotated: TextRun = {...run('kst-12345', 30, 400), transform: [0, 12, -12, 0, 30, 400]}
    const lines = layoutPages([page([run('De tekst van de motie.', 72, 100), rotated])])
    expect(texts(lines)).toEqual(['De tekst van de motie.'])
  })
})

describe('superscripts', () => {
  it('turns a raised, smaller number into a reference, not a digit in the text', () => {
    const lines = layoutPages([
      page([run('Inzet van mystery guests', 72, 100, {width: 120}), run('1', 192, 95.3, {size: 7, width: 3.5}), run(';', 195.5, 100)])
    ])
    expect(lines).toHaveLength(1)
    expect(lines[0]!.text).toBe('Inzet van mystery guests;')
    expect(lines[0]!.refs).toEqual([{label: '1', index: 24}])
  })

  it('keeps the space after a reference', () => {
    const lines = layoutPages([
      page([
        run('Sociale Firma', 72, 100, {width: 78}),
        run('2', 150, 95.3, {size: 7, width: 3.5}),
        run(' ', 153.5, 95.3, {size: 7, width: 3}),
        run('is volgens', 156.5, 100)
      ])
    ])
    expect(lines[0]!.text).toBe('Sociale Firma is volgens')
    expect(lines[0]!.refs).toEqual([{label: '2', index: 13}])
  })

  it('reads two raised digits as one label, and a raised comma as two references', () => {
    const ten = layoutPages([page([run('tekst', 72, 100, {width: 30}), run('1', 102, 95.3, {size: 7, width: 3.5}), run('0', 105.5, 95.3, {size: 7, width: 3.5})])])
    expect(ten[0]!.refs).toEqual([{label: '10', index: 5}])
    const two = layoutPages([
      page([
        run('tekst', 72, 100, {width: 30}),
        run('1', 102, 95.3, {size: 7, width: 3.5}),
        run(',', 105.5, 95.3, {size: 7, width: 2}),
        run('2', 107.5, 95.3, {size: 7, width: 3.5})
      ])
    ])
    expect(two[0]!.text).toBe('tekst')
    expect(two[0]!.refs).toEqual([
      {label: '1', index: 5},
      {label: '2', index: 5}
    ])
  })

  it('writes a raised label at the start of a line before its text (a footnote)', () => {
    const lines = layoutPages([page([run('3', 72, 95.3, {size: 7, width: 3.5}), run('Zie de nota.', 76, 100)])])
    expect(texts(lines)).toEqual(['3 Zie de nota.'])
  })

  it('keeps a raised letter as text (an ordinal)', () => {
    const lines = layoutPages([page([run('de 2', 72, 100, {width: 24}), run('e', 96, 95.3, {size: 7, width: 3.5}), run(' Kamer', 99.5, 100)])])
    expect(texts(lines)).toEqual(['de 2e Kamer'])
    expect(lines[0]!.refs).toBeUndefined()
  })
})

describe('lists', () => {
  it('writes a Symbol-font bullet as the first character, followed by a space', () => {
    const lines = layoutPages([
      page([run('\uf0b7', 72, 100, {font: 'symbol', width: 5}), run(' ', 77, 100, {font: 'symbol', width: 13}), run('bomen hitte temperen;', 90, 100)])
    ])
    expect(texts(lines)).toEqual(['\uf0b7 bomen hitte temperen;'])
  })

  it('gives a sub-bullet a larger indent than its parent, and writes Courier’s `o` as `◦`', () => {
    const lines = layoutPages([
      page([
        run('\uf0b7', 72, 100, {width: 5}),
        run('bewoners last hebben van hitte:', 90, 100),
        run('o', 90, 114, {font: 'courier', width: 6}),
        run('vooral ouderen;', 108, 114)
      ])
    ])
    expect(texts(lines)).toEqual(['\uf0b7 bewoners last hebben van hitte:', '\u25e6 vooral ouderen;'])
    expect(lines[1]!.indent).toBeGreaterThan(lines[0]!.indent)
  })

  it('keeps numbering followed by a tab as the marker', () => {
    const lines = layoutPages([page([run('1.', 72, 100, {width: 9}), run('bomen hitte temperen;', 90, 100)])])
    expect(texts(lines)).toEqual(['1. bomen hitte temperen;'])
  })

  it('gives wrapped lines of an item the same indent, whatever the sub-point jitter', () => {
    const lines = layoutPages([page([run('•', 72, 100, {width: 4}), run(full.slice(3), 90, 100), run(full.slice(3), 90.02, 114), run('einde;', 89.99, 128)])])
    expect(texts(lines)).toEqual([`• ${full.slice(3)}`, full.slice(3), 'einde;'])
    expect(new Set(lines.slice(1).map((line) => line.indent)).size).toBe(1)
  })
})

describe('paragraphs', () => {
  it('writes no blank line inside a paragraph', () => {
    const lines = layoutPages([page(paragraph([full, full, 'einde van de alinea.']))])
    expect(texts(lines)).toEqual([full, full, 'einde van de alinea.'])
  })

  it('writes a blank line where the gap is wider than the line pitch', () => {
    const lines = layoutPages([page([...paragraph([full, 'eerste alinea.']), ...paragraph([full, 'tweede alinea.'], 140)])])
    expect(texts(lines)).toEqual([full, 'eerste alinea.', '', full, 'tweede alinea.'])
  })

  it('writes a blank line where a wrapped paragraph ends early, without extra space', () => {
    const lines = layoutPages([page(paragraph([full, 'te vervangen door 2015.', 'Toelichting', full, 'einde.']))])
    expect(texts(lines)).toEqual([full, 'te vervangen door 2015.', '', 'Toelichting', '', full, 'einde.'])
  })

  it('reads a little extra space as no paragraph break where paragraphs are set well apart', () => {
    const lines = layoutPages([
      page([
        ...paragraph([full, 'gehoord de beraadslaging,']),
        ...paragraph(['constaterende dat de Minister zei dat'], 142),
        ...paragraph(['Nederland wil bijdragen;'], 160),
        ...paragraph([full, 'verzoekt de regering.'], 188)
      ])
    ])
    expect(texts(lines)).toEqual([full, 'gehoord de beraadslaging,', '', 'constaterende dat de Minister zei dat', 'Nederland wil bijdragen;', '', full, 'verzoekt de regering.'])
  })

  it('keeps short lines together (a name over its party)', () => {
    const lines = layoutPages([page(paragraph(['Anna de Vries', 'GroenLinks']))])
    expect(texts(lines)).toEqual(['Anna de Vries', 'GroenLinks'])
  })

  it('joins the wrapped rows of a heading into one line', () => {
    const lines = layoutPages([
      page([run('Inzet van mystery guests bij aanvraag', 72, 80, {size: 18}), run('bijstandsuitkering', 72, 101, {size: 18}), ...paragraph([full, 'vervolg.'], 130)])
    ])
    expect(texts(lines)).toEqual(['Inzet van mystery guests bij aanvraag bijstandsuitkering', '', full, 'vervolg.'])
    expect(lines[0]!.role).toBe('heading')
  })

  it('joins heading rows broken after a dash between words without a space', () => {
    const heading = (first: string, second: string): string[] =>
      texts(layoutPages([page([run(first, 72, 80, {size: 18}), run(second, 72, 101, {size: 18}), ...paragraph([full, 'vervolg.'], 130)])]))
    expect(heading('Behoud van de veerdienst Vlissingen\u2013', 'Breskens')[0]).toBe('Behoud van de veerdienst Vlissingen\u2013Breskens')
    expect(heading('Natuur in Noord-', 'Brabant')[0]).toBe('Natuur in Noord-Brabant')
    expect(heading('Dierenwelzijn \u2013', 'een nieuwe aanpak')[0]).toBe('Dierenwelzijn \u2013 een nieuwe aanpak')
  })

  it('numbers lines per page and keeps the page of each line', () => {
    const lines = layoutPages([page(paragraph(['Eerste pagina.'])), page(paragraph(['Tweede pagina.']), 2)])
    expect(lines.map((line) => [line.page, line.line, line.text])).toEqual([
      [1, 1, 'Eerste pagina.'],
      [1, 2, ''],
      [2, 1, 'Tweede pagina.']
    ])
  })
})

describe('page furniture', () => {
  it('drops page numbers in the margins, and `Pagina 1 van 2`', () => {
    const lines = layoutPages([
      page([...paragraph(['Tekst op pagina een.']), run('Pagina 1 van 2', 250, 810, {size: 9})]),
      page([...paragraph(['Tekst op pagina twee.']), run('2', 290, 810, {size: 9})], 2)
    ])
    expect(texts(lines)).toEqual(['Tekst op pagina een.', '', 'Tekst op pagina twee.'])
  })

  it('drops a running header repeated on every page', () => {
    const header = (number: number): TextRun => ({...run('Raadsvergadering 12 maart', 400, 40, {size: 12}), page: number})
    const lines = layoutPages([page([header(1), ...paragraph(['Een.'])]), page([header(2), ...paragraph(['Twee.'])], 2)])
    expect(texts(lines)).toEqual(['Een.', '', 'Twee.'])
  })

  it('drops a small header on a single page, but keeps a large title at the top', () => {
    const lines = layoutPages([page([run('Griffie', 450, 30, {size: 9}), run('Motie Dierenwelzijn', 72, 60, {size: 18}), ...paragraph([full, 'De raad,'], 90)])])
    expect(texts(lines)).toEqual(['Motie Dierenwelzijn', '', full, 'De raad,'])
  })

  it('drops a small header set below a logo, under the top margin, but keeps a small line lower down', () => {
    // The header text 80 pt from the top (under a logo, as LibreOffice sets it), the body from 140 pt.
    const header = layoutPages([page([run('GroenLinks', 450, 80, {size: 9}), run('Motie Dierenwelzijn', 72, 140, {size: 18}), ...paragraph([full, 'De raad,'], 170)])])
    expect(texts(header)).toEqual(['Motie Dierenwelzijn', '', full, 'De raad,'])
    const lower = layoutPages([page([run('RG-27/2022', 72, 120, {size: 9}), run('Motie Dierenwelzijn', 72, 160, {size: 18}), ...paragraph([full, 'De raad,'], 190)])])
    expect(texts(lower)).toEqual(['RG-27/2022', '', 'Motie Dierenwelzijn', '', full, 'De raad,'])
  })

  it('keeps a number in the body (a colophon line)', () => {
    const lines = layoutPages([page(paragraph(['Tekst.', '1'], 400))])
    expect(texts(lines)).toEqual(['Tekst.', '1'])
  })
})

describe('footnotes', () => {
  const body = paragraph([full, 'met een verwijzing.'], 600)

  it('makes the small type at the page foot footnotes, after a separator line', () => {
    const lines = layoutPages([
      page([
        ...body,
        run('1', 72, 760, {size: 6, width: 3}),
        run('BZK, Klantonderzoek en mystery guests,', 76, 764, {size: 10}),
        run('Den Haag; 2006.', 76, 776, {size: 10})
      ])
    ])
    expect(lines.map((line) => [line.role ?? '', line.text])).toEqual([
      ['', full],
      ['', 'met een verwijzing.'],
      ['', ''],
      ['separator', ''],
      ['footnote', '1 BZK, Klantonderzoek en mystery guests,'],
      ['footnote', 'Den Haag; 2006.']
    ])
  })

  it('keeps small type without a label (a colophon) in the body', () => {
    const lines = layoutPages([page([...body, run('kst-31288-1008', 72, 700, {size: 8}), run('ISSN 0921 - 7371', 72, 710, {size: 8})])])
    expect(lines.some((line) => line.role === 'footnote')).toBe(false)
    expect(texts(lines)).toContain('kst-31288-1008')
  })

  it('puts the footnotes after the paragraph that runs on to the next page', () => {
    const lines = layoutPages([
      page([...paragraph([full, full], 700), run('1 Een voetnoot.', 72, 780, {size: 9})]),
      page(paragraph(['loopt door.', 'Volgende alinea die hier niet past.'], 100), 2)
    ])
    expect(texts(lines)).toEqual([full, full, 'loopt door.', '', '', '1 Een voetnoot.', '', 'Volgende alinea die hier niet past.'])
    expect(lines[4]!.role).toBe('separator')
  })

  /** A footnote row in 10 pt that fills the text area and stops mid-sentence. */
  const fullNote = `2 ${'voetnoot '.repeat(9)}moet minimaal`

  it('carries a footnote on to the top of the next page, even a row that looks labelled', () => {
    const lines = layoutPages([
      page([...paragraph([full, 'Einde.'], 700), run(fullNote, 72, 780, {size: 10})]),
      page([run('30 procent hebben.', 72, 80, {size: 10}), ...paragraph([full, 'Volgende alinea.'], 110)], 2)
    ])
    expect(lines.map((line) => [line.role ?? '', line.text])).toEqual([
      ['', full],
      ['', 'Einde.'],
      ['', ''],
      ['separator', ''],
      ['footnote', fullNote],
      ['footnote', '30 procent hebben.'],
      ['', ''],
      ['', full],
      ['', 'Volgende alinea.']
    ])
    expect(lines[5]!.page).toBe(2)
  })

  it('carries a footnote on to the foot of the next page, before that page’s own footnotes', () => {
    const lines = layoutPages([
      page([...paragraph([full, 'Einde.'], 700), run(fullNote, 72, 780, {size: 10})]),
      page([...paragraph([full, 'Volgende alinea.'], 100), run('verder in de voetnoot.', 72, 764, {size: 10}), run('3 Een nieuwe.', 72, 776, {size: 10})], 2)
    ])
    expect(lines.map((line) => [line.role ?? '', line.text])).toEqual([
      ['', full],
      ['', 'Einde.'],
      ['', ''],
      ['separator', ''],
      ['footnote', fullNote],
      ['footnote', 'verder in de voetnoot.'],
      ['', ''],
      ['', full],
      ['', 'Volgende alinea.'],
      ['', ''],
      ['separator', ''],
      ['footnote', '3 Een nieuwe.']
    ])
  })

  it('does not carry a footnote that ends its sentence', () => {
    const ended = `${fullNote.slice(0, -1)}.`
    const lines = layoutPages([
      page([...paragraph([full, 'Einde.'], 700), run(ended, 72, 780, {size: 10})]),
      page([run('Klein gedrukt.', 72, 80, {size: 10}), ...paragraph([full, 'Volgende alinea.'], 110)], 2)
    ])
    expect(lines.find((line) => line.text === 'Klein gedrukt.')?.role).toBeUndefined()
  })
})

describe('grids', () => {
  it('reads a grid of names over parties cell by cell', () => {
    const party = {font: 'italic'}
    const lines = layoutPages([
      page([
        ...paragraph(['En gaat over tot de orde van de dag.'], 300),
        run('Anna de Vries', 72, 340),
        run('Pieter Jansen', 222, 340),
        run('Fatima Amrani', 372, 340),
        run('GroenLinks', 72, 354, party),
        run('D66', 222, 354, party),
        run('PvdA', 372, 354, party),
        run('Kees Bakker', 72, 380),
        run('CDA', 72, 394, party)
      ])
    ])
    expect(texts(lines)).toEqual([
      'En gaat over tot de orde van de dag.',
      '',
      'Anna de Vries',
      'GroenLinks',
      '',
      'Pieter Jansen',
      'D66',
      '',
      'Fatima Amrani',
      'PvdA',
      '',
      'Kees Bakker',
      'CDA'
    ])
  })

  it('cuts a row at the grid’s columns where its cells are padded closer than a column gap', () => {
    const party = {font: 'italic'}
    const lines = layoutPages([
      page([
        run('Anna de Vries', 72, 340),
        run('Pieter Jansen', 200, 340),
        run('Partij voor de Dieren', 72, 354, {...party, width: 120}),
        run('Stadspartij', 200, 354, party)
      ])
    ])
    expect(texts(lines)).toEqual(['Anna de Vries', 'Partij voor de Dieren', '', 'Pieter Jansen', 'Stadspartij'])
  })

  it('joins a party that wraps inside its cell into one line', () => {
    const party = {font: 'italic'}
    const lines = layoutPages([
      page([
        run('Anna de Vries', 72, 340),
        run('Pieter Jansen', 200, 340),
        run('Lokaal Sociaal', 72, 354, party),
        run('Stadspartij', 200, 354, party),
        run('Alternatief', 72, 368, party)
      ])
    ])
    expect(texts(lines)).toEqual(['Anna de Vries', 'Lokaal Sociaal Alternatief', '', 'Pieter Jansen', 'Stadspartij'])
  })

  it('reads rows of one-line cells (names only) row by row', () => {
    const lines = layoutPages([page([run('Omtzigt', 72, 300), run('Bisschop', 222, 300), run('Kwint', 72, 314), run('Beertema', 222, 314)])])
    expect(texts(lines)).toEqual(['Omtzigt', 'Bisschop', '', 'Kwint', 'Beertema'])
  })

  it('keeps `Label:   value` on one line', () => {
    const lines = layoutPages([page([run('Agendapunt:', 72, 300, {width: 60}), run('2A', 200, 300)])])
    expect(texts(lines)).toEqual(['Agendapunt: 2A'])
  })
})

describe('layoutParams', () => {
  it('fills in the defaults and takes overrides', () => {
    expect(layoutParams({columnGap: 3}).columnGap).toBe(3)
    expect(layoutParams(null).lineOverlap).toBe(0.5)
  })

  it('rejects unknown keys and values that are not positive numbers', () => {
    expect(() => layoutParams({spacing: 1} as never)).toThrow(MotieError)
    expect(() => layoutParams({columnGap: -1})).toThrow('Cannot use layout parameter `columnGap`: expected a positive number')
  })
})
