import {describe, expect, it} from 'vitest'
import type {Line} from '../src/read/line.js'
import {readSubmitters, withSubmitters} from '../src/structure/submitters.js'

function lines(...texts: string[]): Line[] {
  return texts.map((text, index) => ({text, page: 1, line: index + 1, column: 1, indent: 0}))
}

function read(...texts: string[]): [string | null, string | null][] {
  return readSubmitters(lines(...texts)).signers.map((signer) => [signer.name, signer.party])
}

describe('submitters named above a motion', () => {
  it('reads a known party that is the subject of the opening sentence', () => {
    expect(read('7 MOTIE B "De Partij van de Arbeid en andere groeperingen, stelt zich op het standpunt dat')).toEqual([[null, 'Partij van de Arbeid']])
    expect(read('De VVD verzoekt het college om')).toEqual([[null, 'VVD']])
    // Not a party of the lexicon, or not the subject: nothing.
    expect(read('De Groep van Acht verzoekt het college om')).toEqual([])
    expect(read('De VVD-wethouder en De VVD.')).toEqual([])
  })

  it('reads parties from a sentence, a group and a list, in the order named', () => {
    expect(read('Op initiatief van de VVD-fractie is een motie ingediend, samen met de fracties van D66, Partij voor de Dieren en SP.')).toEqual([
      [null, 'VVD'],
      [null, 'D66'],
      [null, 'Partij voor de Dieren'],
      [null, 'SP']
    ])
    expect(read('Op 3 maart is de volgende motie van PVV en JA21 aangenomen:')).toEqual([
      [null, 'PVV'],
      [null, 'JA21']
    ])
  })

  it('reads members from a Tweede Kamer title, in capitals too', () => {
    expect(read('MOTIE VAN DE LEDEN VAN DER LEE EN KOPS', 'Plenair debat')).toEqual([
      ['Van der Lee', null],
      ['Kops', null]
    ])
    expect(read('Motie van het lid Piri (GL-PvdA) over de diplomatie')).toEqual([['Piri', 'GL-PvdA']])
  })

  it('reads nothing from a motion’s kind or a lower-case phrase', () => {
    expect(read('Motie van Wantrouwen')).toEqual([])
    expect(read('MOTIE VAN ORDE')).toEqual([])
    expect(read('de motie van de wethouder over het parkeren')).toEqual([])
  })

  it('speaks for the whole document only where it names motions in the plural', () => {
    expect(readSubmitters(lines('Hieronder de moties van Leefbaar Utrecht die zijn aangenomen:')).document).toBe(true)
    expect(readSubmitters(lines('De volgende motie van Leefbaar Utrecht is aangenomen:')).document).toBe(false)
  })

  it('comes first where nobody signed, and names a later co-signer once', () => {
    const [named, later] = [readSubmitters(lines('MOTIE VAN DE LEDEN BOS EN SMIT')).signers, {name: 'Smit', party: null, addedLater: true, lines: []}]
    expect(withSubmitters([later], named).map((signer) => [signer.name, signer.addedLater])).toEqual([
      ['Bos', false],
      ['Smit', true]
    ])
    const signed = {name: 'Bos', party: null, addedLater: false, lines: []}
    expect(withSubmitters([signed], named)).toEqual([signed])
  })
})
