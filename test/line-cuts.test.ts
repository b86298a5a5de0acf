/**
 * Cuts that stages make inside lines: leads in running text, signers run
 * into the last clause. Each cut keeps the line's page and line number.
 */
import {describe, expect, it} from 'vitest'
import type {Line} from '../src/read/line.js'
import {cutRunningText} from '../src/running-text.js'
import {splitGluedSigners} from '../src/structure/glued-signers.js'

function lines(...texts: string[]): Line[] {
  return texts.map((text, index) => ({text, page: 1, line: index + 1, column: 1, indent: 0}))
}

const texts = (result: readonly Line[]): string[] => result.map((line) => line.text)

describe('cutRunningText', () => {
  it('cuts before a consideration with dat after a comma, a request after a sentence and the assembly as subject', () => {
    const input = lines(
      'De fractie van de SP, stelt zich op het standpunt dat de wethouder faalt. En stellen voor hem te ontslaan. motie De raad van de gemeente Oosterhout verklaart dat hij het vertrouwen niet meer heeft.'
    )
    expect(texts(cutRunningText(input))).toEqual([
      'De fractie van de SP,',
      'stelt zich op het standpunt dat de wethouder faalt.',
      'En stellen voor hem te ontslaan.',
      'motie De raad van de gemeente Oosterhout verklaart dat hij het vertrouwen niet meer heeft.'
    ])
  })

  it('reads a lead that wraps at the line end on with the next line', () => {
    const result = cutRunningText(lines('de fractie, constaterende dat het regent. En', 'stellen voor de markt te verplaatsen.'))
    expect(texts(result)).toEqual(['de fractie,', 'constaterende dat het regent.', 'En', 'stellen voor de markt te verplaatsen.'])
    expect(result[2]!.blockStart).toBe(true)
  })

  it('cuts at the record of the vote', () => {
    expect(texts(cutRunningText(lines('De raad, overwegende dat het regent. Voor de motie stemmen de leden Jansen en Smit.')))).toEqual([
      'De raad,',
      'overwegende dat het regent.',
      'Voor de motie stemmen de leden Jansen en Smit.'
    ])
  })

  it('leaves a motion whose leads start their lines as it is', () => {
    const input = lines('constaterende dat het regent, overwegende dat het koud is;', 'verzoekt het college een paraplu te kopen.')
    expect(cutRunningText(input)).toEqual(input)
  })

  it('does not cut after a comma without dat', () => {
    const input = lines('Het college heeft, gelet op de kosten, besloten.')
    expect(texts(cutRunningText(input))).toEqual(['Het college heeft, gelet op de kosten, besloten.'])
  })
})

describe('splitGluedSigners', () => {
  it('cuts the names off the last clause, one line per signer', () => {
    const result = splitGluedSigners(lines('• de uitkomsten te verwerken in de begroting Anna de Wit (VVD)', 'Piet Bos (CDA) Karin van Dam (D66)'))
    expect(texts(result)).toEqual(['• de uitkomsten te verwerken in de begroting', 'Anna de Wit (VVD)', 'Piet Bos (CDA)', 'Karin van Dam (D66)'])
    expect(result.map((line) => line.line)).toEqual([1, 1, 2, 2])
  })

  it('leaves a clause that ends in a bracket, without names below it', () => {
    const input = lines('• de regeling te wijzigen zoals de Raad van State adviseert (RvS)')
    expect(splitGluedSigners(input)).toEqual(input)
  })
})
