import {parse as parseCsv} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {emitCsv} from '../src/emit/csv.js'
import type {EmitOptions} from '../src/emit/index.js'
import {parse} from '../src/parse.js'
import type {MotieDocument} from '../src/schema.js'
import {consideration, document, flatten, motion, request, trickyMotion} from './util/build.js'
import {fixtureInputs} from './util/fixtures.js'

const documents: MotieDocument[] = [
  document('a.txt', [trickyMotion(), motion({title: 'Leeg'})]),
  document('b;c.md', [
    motion({
      title: 'Tweede',
      considerations: [consideration('constaterende', 'Constaterende dat:', 'één')],
      // Full-width `＝` runs as a formula in Apple Numbers; `'s` is Dutch, not an escape.
      requests: [request('besluit', null, 'Besluit:', 'twee'), request('besluit', null, 'Besluit:', '＝1+1'), request('besluit', null, 'Besluit:', "'s avonds")]
    })
  ])
]

/** Emit, then read back the way a spreadsheet or pandas would. */
function readBack(options: EmitOptions): Record<string, string>[] {
  const output = emitCsv(documents, options)
  return parseCsv(output, {columns: true, bom: true, delimiter: options.delimiter ?? ','})
}

/** Characters that make a spreadsheet run a cell as a formula (csv-stringify’s list, full-width forms included). */
const formulaStart = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u

/** What `escapeFormulas` does to a cell: a `'` before a formula starter. */
function neutralised(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}

/** How a reader undoes it, as the README says: drop a `'` that stands before a formula starter. */
function restored(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell
}

describe('emitCsv --csv motions', () => {
  it('writes one row per motion, under a header row', () => {
    const output = emitCsv(documents, {})
    expect(output.split('\r\n')[0]).toBe(
      'file,index,number,dossier_number,dossier_title,kind,title,assembly_type,assembly_name,date,considerations,requests,considerations_text,requests_text,signatories,footnotes,closing,vote_status,vote_for,vote_against,votes_for,votes_against,notes'
    )
    const rows = readBack({})
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => [row.file, row.index])).toEqual([
      ['a.txt', '1'],
      ['a.txt', '2'],
      ['b;c.md', '1']
    ])
  })

  it('keeps every field intact', () => {
    const [row] = readBack({escapeFormulas: false})
    const tricky = trickyMotion()
    expect(row).toMatchObject({
      number: 'M12',
      kind: 'motie',
      title: tricky.title,
      assembly_type: 'gemeenteraad',
      assembly_name: 'Haarlem',
      date: '2015-06-25',
      considerations: '6',
      requests: '2',
      signatories: 'Jan Jansen (PvdA); CDA; Ceder',
      footnotes: '[1] Bron: *rapport*, 2015.\n[2] Zie `code` en <b>html</b>.',
      closing: 'true'
    })
    // One clause per line, items indented by two spaces.
    expect(row!.considerations_text!.split('\n')).toEqual([
      'de kosten "hoog" zijn; 3 * 4 = 12',
      '=SUM(A1:A3) geen formule is',
      '-5 graden koud is, + of - een graad',
      '  a_b_c en [link](http://x)',
      '  @iedereen | tabel',
      'artikel 35 # van het reglement'
    ])
    expect(row!.requests_text).toBe('regel één\nregel twee\n\tmet een tab; en "quotes"')
  })

  it('prints empty cells for nulls', () => {
    const rows = readBack({})
    expect(rows[1]).toMatchObject({number: '', assembly_type: '', assembly_name: '', date: '', considerations: '0', closing: 'false'})
  })

  it('writes the notes one per line, empty where there are none', () => {
    const span = (text: string) => ({text, position: {start: {line: 1, column: 1}, end: {line: 1, column: 1 + text.length}}})
    const output = emitCsv([document('n.txt', [motion({notes: [span('Wethouder sport; cultuur'), span('"Stempel", 3 mei')]}), motion()])], {})
    const rows: Record<string, string>[] = parseCsv(output, {columns: true})
    expect(rows.map((row) => row.notes)).toEqual(['Wethouder sport; cultuur\n"Stempel", 3 mei', ''])
  })

  it('keeps the vote columns, empty where the text states no vote', () => {
    const rows = readBack({})
    expect(rows[1]).toMatchObject({vote_status: '', vote_for: '', vote_against: '', votes_for: '', votes_against: ''})
  })
})

describe('emitCsv --csv clauses', () => {
  it('writes one row per clause, nested items included', () => {
    const rows = readBack({csv: 'clauses'})
    const expected = documents.flatMap((doc) => doc.motions.flatMap((m) => [...flatten(m.considerations), ...flatten(m.requests)]))
    expect(rows).toHaveLength(expected.length)
    expect(rows.map((row) => [row.motion, row.section, row.kind, row.depth, row.position])).toEqual([
      ['1', 'consideration', 'constaterende', '1', '1'],
      ['1', 'consideration', 'constaterende', '1', '2'],
      ['1', 'consideration', 'overwegende', '1', '3'],
      ['1', 'consideration', 'overwegende', '2', '3.1'],
      ['1', 'consideration', 'overwegende', '2', '3.2'],
      ['1', 'consideration', 'gelet-op', '1', '4'],
      ['1', 'request', 'verzoekt', '1', '1'],
      ['1', 'request', 'draagt-op', '1', '2'],
      ['1', 'consideration', 'constaterende', '1', '1'],
      ['1', 'request', 'besluit', '1', '1'],
      ['1', 'request', 'besluit', '1', '2'],
      ['1', 'request', 'besluit', '1', '3']
    ])
    expect(rows[7]).toMatchObject({addressee: 'het college', footnotes: '2'})
    expect(rows[9]).toMatchObject({file: 'b;c.md', title: 'Tweede', addressee: ''})
  })

  it('keeps every text intact without formula escaping', () => {
    const rows = readBack({csv: 'clauses', escapeFormulas: false})
    const texts = documents.flatMap((doc) => doc.motions.flatMap((m) => [...flatten(m.considerations), ...flatten(m.requests)])).map((clause) => clause.text)
    expect(rows.map((row) => row.text)).toEqual(texts)
  })

  it('neutralises formulas by default', () => {
    const rows = readBack({csv: 'clauses'})
    const texts = documents.flatMap((doc) => doc.motions.flatMap((m) => [...flatten(m.considerations), ...flatten(m.requests)])).map((clause) => clause.text)
    expect(rows.map((row) => row.text)).toEqual(texts.map((text) => neutralised(text)))
    expect(rows[1]!.text).toBe("'=SUM(A1:A3) geen formule is")
    expect(rows[2]!.text).toBe("'-5 graden koud is, + of - een graad")
    expect(rows[4]!.text).toBe("'@iedereen | tabel")
    expect(rows[7]!.text).toBe("'\tmet een tab; en \"quotes\"")
    expect(rows[10]!.text).toBe("'＝1+1")
    expect(rows[11]!.text).toBe("'s avonds")
    expect(rows.map((row) => restored(row.text!))).toEqual(texts)
  })
})

describe('emitCsv options', () => {
  it('uses the delimiter and quotes cells that hold it', () => {
    const output = emitCsv(documents, {csv: 'clauses', delimiter: ';'})
    expect(output.split('\r\n')[0]).toBe('file;motion;number;title;section;kind;addressee;depth;position;text;footnotes')
    expect(output).toContain('"b;c.md"')
    expect(readBack({csv: 'clauses', delimiter: ';'})).toHaveLength(12)
  })

  it('starts with a byte order mark only when asked', () => {
    expect(emitCsv(documents, {bom: true}).startsWith('\ufefffile,')).toBe(true)
    expect(emitCsv(documents, {}).startsWith('file,')).toBe(true)
  })

  it('ends records with CRLF, and writes only a header without motions', () => {
    expect(emitCsv([document('empty.txt', [])], {})).toMatch(/^file,index,[^\r\n]*closing,vote_status,vote_for,vote_against,votes_for,votes_against,notes\r\n$/)
  })
})

/** The option sets the fixtures are written with: the default, Excel in a Dutch locale, and raw cells. */
const variants: [string, EmitOptions][] = [
  ['the defaults', {}],
  ["--delimiter ';' --bom", {delimiter: ';', bom: true}],
  ['--no-escape-formulas', {escapeFormulas: false}]
]

/** Read CSV back as pandas or a spreadsheet would, and undo formula neutralisation when it was on. */
function read(output: string, options: EmitOptions): Record<string, string>[] {
  const rows = parseCsv(output, {columns: true, bom: true, delimiter: options.delimiter ?? ','}) as Record<string, string>[]
  if (options.escapeFormulas === false) return rows
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, restored(value)])))
}

describe('emitCsv on every fixture', () => {
  for (const input of fixtureInputs()) {
    it(`reads back one row per motion and per clause of ${input.path}, every text intact`, async () => {
      const parsed = await parse(input.data, {path: input.path}).catch(() => undefined)
      if (!parsed) return
      for (const [, options] of variants) {
        const motions = read(emitCsv([parsed], options), options)
        expect(motions).toHaveLength(parsed.motions.length)
        expect(motions.map((row) => [row.file, row.title, row.number, row.assembly_name, row.date, row.signatories])).toEqual(
          parsed.motions.map((m) => [
            input.path,
            m.title ?? '',
            m.number ?? '',
            m.assembly.name ?? '',
            m.date ?? '',
            m.signatories.map(({name, party}) => (name !== null && party !== null ? `${name} (${party})` : (name ?? party))).join('; ')
          ])
        )
        expect(motions.map((row) => row.footnotes)).toEqual(parsed.motions.map((m) => m.footnotes.map((note) => `[${note.label}] ${note.text}`).join('\n')))

        const clauses = read(emitCsv([parsed], {...options, csv: 'clauses'}), options)
        const expected = parsed.motions.flatMap((m) => [...flatten(m.considerations), ...flatten(m.requests)])
        expect(clauses).toHaveLength(expected.length)
        expect(clauses.map((row) => [row.text, row.footnotes])).toEqual(expected.map((clause) => [clause.text, clause.footnoteRefs.join('; ')]))
      }
    })
  }
})
