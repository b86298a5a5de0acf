import {describe, expect, it} from 'vitest'
import type {Line} from '../src/read/line.js'
import type {ClauseDraft} from '../src/structure/clauses.js'
import {takeRunOnSigners} from '../src/structure/run-on-signers.js'

const line = (number: number): Line => ({text: '', page: 1, line: number, column: 1, indent: 0})
const clause = (text: string): ClauseDraft => ({section: 'request', kind: 'verzoekt', addressee: null, lead: '', text, refs: [], lines: [line(9)], items: []})

describe('signers run into the last clause', () => {
  it('takes two or more Name (Party) off its end, the first name as long as the others', () => {
    const last = clause('de uitkomsten te verwerken in de begroting Dorien de Vries (VVD) Joost Bleijie (CDA) Pieter Krol (CU)')
    expect(takeRunOnSigners([last], []).map((signer) => [signer.name, signer.party])).toEqual([
      ['Dorien de Vries', 'VVD'],
      ['Joost Bleijie', 'CDA'],
      ['Pieter Krol', 'CU']
    ])
    expect(last.text).toBe('de uitkomsten te verwerken in de begroting')
  })

  it('leaves one bracketed party alone, and clauses whose brackets say something else', () => {
    const single = clause('in overleg te gaan met de wethouder Jan Smit (VVD)')
    expect(takeRunOnSigners([single], [])).toEqual([])
    expect(single.text).toBe('in overleg te gaan met de wethouder Jan Smit (VVD)')
    expect(takeRunOnSigners([clause('de regeling (2019) en de wet (2021) te herzien')], [])).toEqual([])
  })

  it('takes one Name (Party) where the signers go on right under the clause', () => {
    const last = clause('te besluiten als de dekking rond is Anouk de Vries (VVD)')
    const below = [{name: 'Tom Bakker', party: 'CDA', addedLater: false, lines: [line(10)]}]
    expect(takeRunOnSigners([last], below).map((signer) => signer.name)).toEqual(['Anouk de Vries'])
    expect(takeRunOnSigners([clause('met Jan Smit (VVD)')], [{...below[0]!, lines: [line(14)]}])).toEqual([])
  })
})
