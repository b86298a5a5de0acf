import {describe, expect, it} from 'vitest'
import {isNameLike, isPartyLike, isPartyName, isSignatureLine, splitNameParty, splitNamesAndParties} from '../src/names.js'
import type {Line} from '../src/read/line.js'
import {parseSignatories} from '../src/structure/signatories.js'

/** Signatories of plain text lines, as `[name, party]`. */
function signers(...texts: string[]): [string | null, string | null][] {
  const lines: Line[] = texts.map((text, index) => ({text, page: 1, line: index + 1, column: 1, indent: 0}))
  return parseSignatories(lines).map((signer) => [signer.name, signer.party])
}

describe('names and parties', () => {
  it.each(['J.P. (Jan) Wolters', 'Kirsten de Wrede', 'A.H.K. van Viegen', 'W.van der Steeg', 'Van Baarle', 'Dik-Faber', 'T Cetinkaya', 'Gert-Jan Smit', 'Anne-Marie van der Berg-Jansen'])('%s is a name', (text) => {
    expect(isNameLike(text)).toBe(true)
  })

  it.each(['Partij voor de Dieren', 'PvdA', 'GLH', 'D66', 'ChristenUnie/SGP', 'Groep de Mos/ODPDH', 'SP Tilburg', 'Christen Unie', 'Partijvoor de Dieren'])(
    '%s is a party',
    (text) => {
      expect(isPartyLike(text)).toBe(true)
    }
  )

  it('reads a name whose accents are combining marks (decomposed text)', () => {
    expect(isNameLike('Gu\u0308ndog\u0306an')).toBe(true)
  })

  it('reads co-submitting parties on their own and a party after an intro', () => {
    expect(signers('Samen met SP en GroenLinks.', '', 'Jan de Vries', 'CDA')).toEqual([
      [null, 'SP'],
      [null, 'GroenLinks'],
      ['Jan de Vries', 'CDA']
    ])
    expect(signers('Namens de fractie van Stadsbelang,', 'E. Yildiz - Stadsbelang', 'mede namens SP')).toEqual([
      ['E. Yildiz', 'Stadsbelang'],
      [null, 'SP']
    ])
  })

  it('splits flattened columns of names over parties', () => {
    expect(splitNamesAndParties('Christine Teunissen Peter Bos Mustafa Okcuoglu', 'Partij voor de Dieren Haagse Stadspartij Groep Okcuoglu')).toEqual([
      {name: 'Christine Teunissen', party: 'Partij voor de Dieren'},
      {name: 'Peter Bos', party: 'Haagse Stadspartij'},
      {name: 'Mustafa Okcuoglu', party: 'Groep Okcuoglu'}
    ])
    expect(splitNamesAndParties('Chris van der Helm Christine Teunissen', 'Groep van der Helm Partij voor de Dieren')).toEqual([
      {name: 'Chris van der Helm', party: 'Groep van der Helm'},
      {name: 'Christine Teunissen', party: 'Partij voor de Dieren'}
    ])
    expect(splitNamesAndParties('T Cetinkaya Bart van Kent', 'Islam Democraten SP')).toEqual([
      {name: 'T Cetinkaya', party: 'Islam Democraten'},
      {name: 'Bart van Kent', party: 'SP'}
    ])
  })

  it('keeps a signer with a hyphenated first name', () => {
    expect(signers('Ilse Mulder (SP)', 'Gert-Jan Smit (JA21)', 'Jan-Willem de Vries, VVD')).toEqual([
      ['Ilse Mulder', 'SP'],
      ['Gert-Jan Smit', 'JA21'],
      ['Jan-Willem de Vries', 'VVD']
    ])
  })

  it('reads names listed on one line, and never a name as a party', () => {
    expect(signers('Jan de Vries, Piet Jansen')).toEqual([
      ['Jan de Vries', null],
      ['Piet Jansen', null]
    ])
    expect(signers('Jan de Vries en A.B. de Boer')).toEqual([
      ['Jan de Vries', null],
      ['A.B. de Boer', null]
    ])
    expect(signers('Kees van Kranenburg, A.B. de Boer')).toEqual([
      ['Kees van Kranenburg', null],
      ['A.B. de Boer', null]
    ])
  })

  it('splits a name followed by its party', () => {
    expect(splitNameParty('Fatima Faid Haagse Stadspartij')).toEqual({name: 'Fatima Faid', party: 'Haagse Stadspartij'})
    expect(splitNameParty('Robin Smit')).toBeUndefined()
  })

  it.each(['Fractie ChristenUnie, Kees van Kranenburg', 'J. Jansen (VVD)', 'Jansen, AWP'])('%s is a signature line', (text) => {
    expect(isSignatureLine(text)).toBe(true)
  })

  it('does not take a clause for a signature line', () => {
    expect(isSignatureLine('de raad daarover vóór de begrotingsbehandeling te informeren;')).toBe(false)
  })
})

describe('signatories', () => {
  it('drops roles beside names', () => {
    expect(signers('w.g. P. de Groot, fractievoorzitter SP', 'Eilandsraadslid J. Martis (UPB)')).toEqual([
      ['P. de Groot', 'SP'],
      ['J. Martis', 'UPB']
    ])
  })

  it('reads several signers on one line', () => {
    expect(signers('Van der Meer (HAP), Bosman (VVD)')).toEqual([
      ['Van der Meer', 'HAP'],
      ['Bosman', 'VVD']
    ])
    expect(signers('PvdA, SGP, CDA')).toEqual([
      [null, 'PvdA'],
      [null, 'SGP'],
      [null, 'CDA']
    ])
  })

  it('takes the party from `Namens de fractie van …` above a name', () => {
    expect(signers('Namens de fractie van het CDA,', 'Henk van den Berg')).toEqual([['Henk van den Berg', 'CDA']])
  })

  it('reads a party by its name even when it reads as a person’s name too', () => {
    expect(isPartyName('Gemeentebelangen Berkelland')).toBe(true)
    expect(isPartyName('VVD Den Haag')).toBe(true)
    expect(isPartyName('Jan de Vries')).toBe(false)
    expect(signers('De fracties van Gemeentebelangen Berkelland en D66')).toEqual([
      [null, 'Gemeentebelangen Berkelland'],
      [null, 'D66']
    ])
  })

  it('reads signers introduced above the preamble, the last after `en`', () => {
    expect(signers('Ingediend door: Marieke Smit (CDA), Peter de Wit (VVD) en Samira Amrani (D66)')).toEqual([
      ['Marieke Smit', 'CDA'],
      ['Peter de Wit', 'VVD'],
      ['Samira Amrani', 'D66']
    ])
  })

  it('reads a bracketed first name and a party after a dash', () => {
    expect(signers('J.P. (Jan) Wolters – VVD', 'namens de fractie van PvdA, Jan de Vries')).toEqual([
      ['J.P. (Jan) Wolters', 'VVD'],
      ['Jan de Vries', 'PvdA']
    ])
  })

  it('reads table columns in the order of the heading row, and form cells', () => {
    expect(signers('Fractie        Naam            Handtekening', 'Leefbaar Almere        Jerry Boon', 'PvdA       Fatma Koser Kaya')).toEqual([
      ['Jerry Boon', 'Leefbaar Almere'],
      ['Fatma Koser Kaya', 'PvdA']
    ])
    expect(signers('Water Natuurlijk\tJoost Keijzer')).toEqual([['Joost Keijzer', 'Water Natuurlijk']])
    expect(signers('Naam: Lot van Hooijdonk', 'Fractie: GroenLinks', 'Handtekening:')).toEqual([['Lot van Hooijdonk', 'GroenLinks']])
  })

  it('reads a party beside a name with initials, and table cells', () => {
    expect(signers('Bossche Groenen, E. Claassen')).toEqual([['E. Claassen', 'Bossche Groenen']])
    expect(signers('Naam   Fractie', 'Jeroen Hoekstra   Amersfoort2014', 'A. Jansen   Swollwacht')).toEqual([
      ['Jeroen Hoekstra', 'Amersfoort2014'],
      ['A. Jansen', 'Swollwacht']
    ])
  })

  it('reads a party after a dash, a national party’s local branch included', () => {
    expect(isPartyLike('SP-Zeeburg')).toBe(true)
    expect(isPartyLike('Dik-Faber')).toBe(false)
    expect(signers('Mark de Groot – SP-Noord')).toEqual([['Mark de Groot', 'SP-Noord']])
    expect(signers('Anna Visser — Stadsbelang')).toEqual([['Anna Visser', 'Stadsbelang']])
  })

  it('gives one party line to all the names above it', () => {
    expect(signers('Jan Smit, Els Bakker', '', 'Leefbaar Oost')).toEqual([
      ['Jan Smit', 'Leefbaar Oost'],
      ['Els Bakker', 'Leefbaar Oost']
    ])
    expect(signers('Jan Smit', 'Els Bakker', 'GroenLinks')).toEqual([
      ['Jan Smit', 'GroenLinks'],
      ['Els Bakker', 'GroenLinks']
    ])
    // A stray comma inside a full name, above a party line.
    expect(signers('Ralf, Bos, Anna de Wit', 'Lokaal Sterk')).toEqual([
      ['Ralf Bos', 'Lokaal Sterk'],
      ['Anna de Wit', 'Lokaal Sterk']
    ])
    // A party under each name is read pair by pair.
    expect(signers('Jan Smit', 'VVD', 'Els Bakker', 'CDA')).toEqual([
      ['Jan Smit', 'VVD'],
      ['Els Bakker', 'CDA']
    ])
  })

  it('reads a table of party and name cells flattened into one line, either order', () => {
    expect(signers('VVD, Anna de Wit D66, Piet Bos Progressief Oost, Kees Smit')).toEqual([
      ['Anna de Wit', 'VVD'],
      ['Piet Bos', 'D66'],
      ['Kees Smit', 'Progressief Oost']
    ])
    expect(signers('Anna de Wit, VVD Piet Bos, D66 Kees Smit, CDA')).toEqual([
      ['Anna de Wit', 'VVD'],
      ['Piet Bos', 'D66'],
      ['Kees Smit', 'CDA']
    ])
    // Wrapped over the lines of an explanation’s last paragraph.
    expect(signers('Dit amendement maakt de keuze. VVD, Anna de Wit D66, Piet', 'Bos CDA, Kees Smit')).toEqual([
      ['Anna de Wit', 'VVD'],
      ['Piet Bos', 'D66'],
      ['Kees Smit', 'CDA']
    ])
    // Pairs one per line are no chain.
    expect(signers('Jansen, AWP', 'Van Dijk, Water Natuurlijk', 'Hendriks, Ongebouwd')).toEqual([
      ['Jansen', 'AWP'],
      ['Van Dijk', 'Water Natuurlijk'],
      ['Hendriks', 'Ongebouwd']
    ])
  })

  it('reads the party written before the name', () => {
    expect(signers('Burgerforum Jos Tijdhof fractievoorzitter')).toEqual([['Jos Tijdhof', 'Burgerforum']])
    expect(signers('Stadsforum Anna de Wit')).toEqual([['Anna de Wit', 'Stadsforum']])
    // A local party’s name alone, a place with a particle in it, stays one party.
    expect(signers('Gemeentebelangen Hof van Twente')).toEqual([[null, 'Gemeentebelangen Hof van Twente']])
    expect(signers('Robin Smit')).toEqual([['Robin Smit', null]])
  })

  it('reads surnames with particles and OCR-broken surnames as Tweede Kamer signers', () => {
    expect(signers('Deze motie is voorgesteld door de leden Bos, Smit en Van der Lee. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.')).toEqual([
      ['Bos', null],
      ['Smit', null],
      ['Van der Lee', null]
    ])
    expect(signers('Grinwis', 'Bontenbal', 'Postma', 'Teunss a', 'tot...')).toEqual([
      ['Grinwis', null],
      ['Bontenbal', null],
      ['Postma', null],
      ['Teunss a', null]
    ])
  })

  it('drops rows of a table of seats by party', () => {
    expect(signers('BvR', 'Dhr. D. Cupedo', 'Beter voor Rijswijk 5', "Democraten '66 4", 'Totaal')).toEqual([['Dhr. D. Cupedo', 'BvR']])
  })

  it('reads no flattened names from a heading in capitals above a Name (Party) line', () => {
    expect(signers('MOTIE VREEMD AAN DE ORDE VAN DE DAG', 'M. de Boer (GroenLinks)', 'R. Yildiz (PvdA)')).toEqual([
      ['M. de Boer', 'GroenLinks'],
      ['R. Yildiz', 'PvdA']
    ])
  })
})
