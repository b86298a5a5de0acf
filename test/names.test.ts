import {describe, expect, it} from 'vitest'
import {isNameLike, isPartyLike, splitNameParty, splitNamesAndParties} from '../src/structure/names.js'

describe('names and parties', () => {
  it.each(['Kirsten de Wrede', 'A.H.K. van Viegen', 'W.van der Steeg', 'Van Baarle', 'Dik-Faber', 'T Cetinkaya'])('%s is a name', (text) => {
    expect(isNameLike(text)).toBe(true)
  })

  it.each(['Partij voor de Dieren', 'PvdA', 'GLH', 'D66', 'ChristenUnie/SGP', 'Groep de Mos/ODPDH', 'SP Tilburg', 'Christen Unie', 'Partijvoor de Dieren'])(
    '%s is a party',
    (text) => {
      expect(isPartyLike(text)).toBe(true)
    }
  )

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

  it('splits a name followed by its party', () => {
    expect(splitNameParty('Fatima Faid Haagse Stadspartij')).toEqual({name: 'Fatima Faid', party: 'Haagse Stadspartij'})
    expect(splitNameParty('Robin Smit')).toBeUndefined()
  })
})
