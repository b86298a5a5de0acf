/**
 * The PDF reader on real files: bad PDFs (one clear message, exit code 1)
 * and rendered motions (lines as a careful reader would take them).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {MotieError} from '../src/errors.js'
import {read} from '../src/read/index.js'
import type {Line} from '../src/read/line.js'
import {readPdf} from '../src/read/pdf.js'
import {runCli} from './util/cli.js'


function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)))
}

/** The lines of a PDF under `fixtures/`. */
async function lines(path: string): Promise<Line[]> {
  return (await readPdf(fixture(path))).lines
}

function texts(list: readonly Line[]): string[] {
  return list.map((line) => line.text)
}

const cli = (argv: string[]) => runCli(argv)

describe('bad PDFs', () => {
  it.each([
    ['pdf-not-a-pdf', 'NOT_PDF', 'Cannot parse PDF: the file is not a PDF (it is an HTML page)'],
    ['pdf-truncated', 'CORRUPT', 'Cannot parse PDF: the file is damaged or truncated'],
    ['pdf-corrupt', 'CORRUPT', 'Cannot parse PDF: the file is damaged or truncated'],
    ['pdf-encrypted', 'ENCRYPTED', 'Cannot parse PDF: it is encrypted; give its password with `--password`'],
    ['pdf-scan', 'NO_TEXT', 'Cannot parse PDF: it has no text layer (a scan?); recognise it with `--ocr auto`'],
    ['pdf-no-pages', 'NO_PAGES', 'Cannot parse PDF: it has no pages']
  ])('%s: %s', async (name, code, message) => {
    // Without OCR: a scan is then refused (`test/ocr.test.ts` reads it).
    const error = await read(fixture(`${name}/input.pdf`), 'pdf', {ocr: 'never'}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MotieError)
    expect((error as MotieError).code).toBe(code)
    expect((error as MotieError).message).toBe(message)

    const result = await cli(['parse', '--ocr', 'never', `fixtures/${name}/input.pdf`])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('says when the password is wrong', async () => {
    const error = await readPdf(fixture('pdf-encrypted/input.pdf'), {password: 'fout'}).catch((caught: unknown) => caught)
    expect((error as MotieError).code).toBe('PASSWORD')
    expect((error as MotieError).message).toBe('Cannot parse PDF: the password is wrong')
    const result = await cli(['parse', '--password', 'fout', 'fixtures/pdf-encrypted/input.pdf'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot parse PDF: the password is wrong')
  })

  it('opens an encrypted PDF with its user or owner password', async () => {
    const plain = await readPdf(fixture('pdf-empty-password/input.pdf'))
    for (const password of ['geheim', 'eigenaar']) {
      const opened = await readPdf(fixture('pdf-encrypted/input.pdf'), {password})
      expect(opened.lines).toEqual(plain.lines)
    }
    const result = await cli(['parse', '--password', 'geheim', 'fixtures/pdf-encrypted/input.pdf'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).motions).toHaveLength(1)
  })

  it('opens a PDF with an empty user password without asking', async () => {
    const result = await cli(['parse', 'fixtures/pdf-empty-password/input.pdf'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).motions[0].title).toBe('Haags goed doel van 2017')
  })
})

describe('readPdf', () => {
  it('gives up after its time limit, without a stray rejection later', async () => {
    const error = await readPdf(fixture('haarlem-2015-bundle-text/input.pdf'), {timeLimit: 1}).catch((caught: unknown) => caught)
    expect((error as MotieError).code).toBe('TIMEOUT')
    expect((error as MotieError).message).toBe('Cannot parse PDF: it took longer than 0.001 s')
    // The next file is read normally.
    expect((await readPdf(fixture('gr-tilburg-2023-koe-in-de-kamer/input.pdf'))).pages).toBe(1)
  })

  it('leaves the caller’s bytes usable and gives the same lines every time', async () => {
    const data = fixture('gr-tilburg-2023-koe-in-de-kamer/input.pdf')
    const first = await readPdf(data)
    expect(data.byteLength).toBeGreaterThan(0)
    expect(await readPdf(data)).toEqual(first)
    expect(first.pages).toBe(1)
  })
})

describe('layout of rendered motions', () => {
  it('keeps Symbol bullets and nests Wingdings sub-bullets deeper (haarlem bundle)', async () => {
    const result = await lines('haarlem-2015-bundle-text/input.pdf')
    const item = result.find((line) => line.text.startsWith('\uf0b7 Pas als men weet'))
    const sub = result.find((line) => line.text === '\uf0d8 klanttevredenheidsonderzoek objectiveert,')
    expect(item).toBeDefined()
    expect(sub!.indent).toBeGreaterThan(item!.indent)
  })

  it('turns superscript footnote markers into references and the page foot into footnotes', async () => {
    const result = await lines('haarlem-2015-bundle-text/input.pdf')
    const marked = result.find((line) => line.text === '\uf0b7 Inzet van mystery guests;')
    expect(marked?.refs).toEqual([{label: '1', index: 26}])
    expect(result.some((line) => /guests1/.test(line.text))).toBe(false)
    const footnotes = result.filter((line) => line.role === 'footnote')
    expect(footnotes.map((line) => line.text.slice(0, 20))).toEqual([
      '1 BZK, Klantonderzoe',
      '2 Definitie van een ',
      'sociale firma heeft ',
      'commerciële inkomste',
      'hoger percentage aan',
      'afstand tot de arbei',
      'minimaal 30 procent '
    ])
  })

  it('lets a paragraph run on over the page break before its page’s footnotes', async () => {
    const result = await lines('haarlem-2015-bundle-text/input.pdf')
    const text = texts(result)
    const end = text.indexOf('kans en kracht een voorstel voor te leggen aan de raad. Dat is voor 1 december')
    expect(text.slice(end, end + 5)).toEqual([
      'kans en kracht een voorstel voor te leggen aan de raad. Dat is voor 1 december',
      '2015;',
      '',
      '',
      '1 BZK, Klantonderzoek en mystery guests in de openbare sector, Den Haag; 2006.'
    ])
    expect(result[end + 1]!.page).toBe(2)
    expect(result[end + 3]!.role).toBe('separator')
  })

  it('joins a wrapped title into one line', async () => {
    const result = await lines('haarlem-2015-bundle-text/input.pdf')
    expect(result[0]).toMatchObject({text: 'Inzet van mystery guests bij aanvraag bijstandsuitkering', page: 1, line: 1, role: 'heading'})
  })

  it('drops the repeated header and page numbers, and reads a grid of party cells (haarlem ocr)', async () => {
    const result = await lines('haarlem-2015-ocr-text/input.pdf')
    const text = texts(result)
    expect(text).not.toContain('Raadsvergadering')
    expect(text).not.toContain('1')
    expect(text).not.toContain('2')
    const grid = text.indexOf('PvdA')
    expect(text.slice(grid, grid + 6)).toEqual(['PvdA', 'ChristenUnie', 'CDA', '', 'AP', 'GLH'])
    expect(result.find((line) => line.text.startsWith('¹ BZK'))?.role).toBe('footnote')
    const parent = result.find((line) => line.text === '\uf0b7 Inzet van mystery guests¹;')
    const child = result.find((line) => line.text === '\u25e6 klanttevredenheidsonderzoek objectiveert,')
    expect(child!.indent).toBeGreaterThan(parent!.indent)
  })

  it('drops `Pagina 1 van 2` and keeps the Tweede Kamer heading and colophon (omtzigt)', async () => {
    const text = texts(await lines('tk-2023-31288-1008-omtzigt/input.pdf'))
    expect(text.some((line) => /Pagina/.test(line))).toBe(false)
    expect(text[0]).toBe('Tweede Kamer der Staten-Generaal')
    expect(text).toContain('kst-31288-1008')
    const start = text.indexOf('Omtzigt')
    expect(text.slice(start, start + 9)).toEqual(['Omtzigt', '', 'Bisschop', '', 'Eerdmans', '', 'Kwint', '', 'Beertema'])
  })

  it('reads two signers side by side as two lines (koe in de kamer)', async () => {
    const text = texts(await lines('gr-tilburg-2023-koe-in-de-kamer/input.pdf'))
    expect(text.slice(-2)).toEqual(['Pam Wijnans, Partij voor de Dieren', 'Sofia Schampers, D66'])
  })

  it('keeps each name with its party in a grid', async () => {
    const text = texts(await lines('pdf-layout/grid-name-over-party.pdf'))
    const start = text.indexOf('Anna de Vries')
    expect(text.slice(start, start + 11)).toEqual([
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
    expect(text).toContain('1. bomen hitte temperen;')
    expect(text).not.toContain('Gemeenteraad')
  })

  it('drops a party header set under its logo, below the margin zone, on every page', async () => {
    const result = await lines('pdf-header-under-logo/input.pdf')
    expect(texts(result)).not.toContain('PvdA')
    expect(result.filter((line) => line.line === 1).map((line) => [line.page, line.text])).toEqual([
      [1, 'De voorzitter:'],
      [2, 'Motie']
    ])
    expect(texts(result)).toContain('De heer Thijssen (PvdA):')
  })

  it('joins a title that wraps after the en dash of a compound without a space', async () => {
    const result = await lines('pdf-title-broken-after-dash/input.pdf')
    expect(result.find((line) => line.role === 'heading')?.text).toBe('Behoud van de veerdienst Vlissingen–Breskens')
  })

  it('reads a grid of names only row by row', async () => {
    const text = texts(await lines('pdf-layout/grid-names-only.pdf'))
    const start = text.indexOf('Omtzigt')
    expect(text.slice(start, start + 6)).toEqual(['Omtzigt', 'Bisschop', 'Eerdmans', '', 'Kwint', 'Beertema'])
  })
})
