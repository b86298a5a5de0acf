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
  document('b;c.md', [motion({title: 'Tweede', considerations: [consideration('constaterende', 'Constaterende dat:', 'één')], requests: [request('besluit', null, 'Besluit:', 'twee')]})])
]

/** Emit, then read back the way a spreadsheet or pandas would. */
function readBack(options: EmitOptions): Record<string, string>[] {
  const output = emitCsv(documents, options)
  return parseCsv(output, {columns: true, bom: true, delimiter: options.delimiter ?? ','})
}

/** What `escapeFormulas` does to a cell: a leading `'` before `=`, `+`, `-`, `@`, tab or CR. */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

describe('emitCsv --csv motions', () => {
  it('writes one row per motion, under a header row', () => {
    const output = emitCsv(documents, {})
    expect(output.split('\r\n')[0]).toBe(
      'file,index,number,kind,title,assembly_type,assembly_name,date,considerations,requests,considerations_text,requests_text,signatories,footnotes,closing'
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
      ['1', 'request', 'besluit', '1', '1']
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
  })
})

describe('emitCsv options', () => {
  it('uses the delimiter and quotes cells that hold it', () => {
    const output = emitCsv(documents, {csv: 'clauses', delimiter: ';'})
    expect(output.split('\r\n')[0]).toBe('file;motion;number;title;section;kind;addressee;depth;position;text;footnotes')
    expect(output).toContain('"b;c.md"')
    expect(readBack({csv: 'clauses', delimiter: ';'})).toHaveLength(10)
  })

  it('starts with a byte order mark only when asked', () => {
    expect(emitCsv(documents, {bom: true}).startsWith('\ufefffile,')).toBe(true)
    expect(emitCsv(documents, {}).startsWith('file,')).toBe(true)
  })

  it('ends records with CRLF, and writes only a header without motions', () => {
    expect(emitCsv([document('empty.txt', [])], {})).toMatch(/^file,index,[^\r\n]*closing\r\n$/)
  })
})

describe('emitCsv on every fixture', () => {
  for (const input of fixtureInputs()) {
    it(`reads back one row per motion and per clause of ${input.path}`, async () => {
      const parsed = await parse(input.data, {path: input.path}).catch(() => undefined)
      if (!parsed) return
      const motions = parseCsv(emitCsv([parsed], {}), {columns: true}) as Record<string, string>[]
      expect(motions).toHaveLength(parsed.motions.length)
      expect(motions.map((row) => row.title)).toEqual(parsed.motions.map((m) => neutralised(m.title ?? '')))

      const clauses = parseCsv(emitCsv([parsed], {csv: 'clauses', delimiter: ';', escapeFormulas: false}), {columns: true, delimiter: ';'}) as Record<string, string>[]
      const expected = parsed.motions.flatMap((m) => [...flatten(m.considerations), ...flatten(m.requests)])
      expect(clauses.map((row) => row.text)).toEqual(expected.map((clause) => clause.text))
    })
  }
})
