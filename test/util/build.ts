/**
 * Hand-built motion trees for emitter tests, checked against the schema so
 * that a test never feeds an emitter something `motie parse` could not give.
 */
import {document as documentSchema, type Consideration, type Footnote, type MotieDocument, type Motion, type Request, type Signatory} from '../../src/schema.js'

export function consideration(kind: string, lead: string, text: string, extra: Partial<Pick<Consideration, 'footnoteRefs' | 'items'>> = {}): Consideration {
  return {type: 'consideration', kind, lead, text, footnoteRefs: extra.footnoteRefs ?? [], items: extra.items ?? []}
}

export function request(verb: string, addressee: string | null, lead: string, text: string, extra: Partial<Pick<Request, 'footnoteRefs' | 'items'>> = {}): Request {
  return {type: 'request', verb, addressee, lead, text, footnoteRefs: extra.footnoteRefs ?? [], items: extra.items ?? []}
}

export function signatory(name: string | null, party: string | null, addedLater = false): Signatory {
  return {type: 'signatory', name, party, addedLater}
}

export function footnote(label: string, text: string): Footnote {
  return {type: 'footnote', label, text}
}

export function motion(fields: Partial<Omit<Motion, 'type'>> = {}): Motion {
  return {
    type: 'motion',
    kind: 'motie',
    number: null,
    title: null,
    assembly: {type: null, name: null},
    date: null,
    considerations: [],
    requests: [],
    footnotes: [],
    signatories: [],
    closing: false,
    sources: {title: null, number: null, date: null, closing: null},
    ...fields
  }
}

/** A document of `motions`, validated by the zod schema. */
export function document(path: string, motions: Motion[]): MotieDocument {
  return documentSchema.parse({
    schemaVersion: '1.0',
    source: {path, format: 'txt', sha256: '0'.repeat(64), bytes: 0, pages: 1},
    motions,
    messages: []
  })
}

/** Every clause of a motion’s section, nested items included, depth first. */
export function flatten<T extends {items: T[]}>(clauses: readonly T[]): T[] {
  return clauses.flatMap((clause) => [clause, ...flatten(clause.items)])
}

/**
 * A motion that holds everything an emitter must keep intact: Markdown
 * syntax, CSV quotes and delimiters, line breaks, formula starters, nesting,
 * footnotes, co-signers added later.
 */
export function trickyMotion(): Motion {
  return motion({
    number: 'M12',
    title: 'Stop *de* #herrie_nu [1] | ja',
    assembly: {type: 'gemeenteraad', name: 'Haarlem'},
    date: '2015-06-25',
    considerations: [
      consideration('constaterende', 'Constaterende dat:', 'de kosten "hoog" zijn; 3 * 4 = 12', {footnoteRefs: ['1']}),
      consideration('constaterende', 'Constaterende dat:', '=SUM(A1:A3) geen formule is'),
      consideration('overwegende', 'overwegende dat', '-5 graden koud is, + of - een graad', {
        items: [consideration('overwegende', '', 'a_b_c en [link](http://x)'), consideration('overwegende', '', '@iedereen | tabel')]
      }),
      consideration('gelet-op', '', 'artikel 35 # van het reglement')
    ],
    requests: [
      request('verzoekt', 'het college', 'Verzoekt het college:', 'regel één\nregel twee'),
      request('draagt-op', 'het college', '', '\tmet een tab; en "quotes"', {footnoteRefs: ['2']})
    ],
    footnotes: [footnote('1', 'Bron: *rapport*, 2015.'), footnote('2', 'Zie `code` en <b>html</b>.')],
    signatories: [signatory('Jan Jansen', 'PvdA'), signatory(null, 'CDA'), signatory('Ceder', null, true)],
    closing: true
  })
}
