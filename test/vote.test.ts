import {describe, expect, it} from 'vitest'
import {isVoteLine} from '../src/patterns.js'
import type {Line} from '../src/read/line.js'
import {headingOutcome, readHeadingVote, readSide, readVote} from '../src/structure/vote.js'

const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({text, page: 1, line: index + 1, column: 1, indent: 0}))
const read = (bare: boolean, ...texts: string[]) => {
  const {vote, rest} = readVote(lines(...texts), bare)
  return {vote: vote && {...vote, lines: vote.lines.length}, rest: rest.map((line) => line.text)}
}

describe('readVote', () => {
  it('reads keys over values and keeps the signer', () => {
    const {vote, rest} = read(true, 'Dick de Vos', 'Status', 'Verworpen', 'Voor', 'SP, GroenLinks', 'Tegen', 'D66, VVD')
    expect(rest).toEqual(['Dick de Vos'])
    expect(vote).toMatchObject({status: 'verworpen', for: ['SP', 'GroenLinks'], against: ['D66', 'VVD'], votesFor: null})
  })

  it('reads keys with colons and counts in brackets', () => {
    const {vote} = read(false, 'Status: Aangenomen', 'Voor: Partij Sleutelstad, D66, en PvdD (36)', 'Tegen: SP (1)')
    expect(vote).toMatchObject({status: 'aangenomen', for: ['Partij Sleutelstad', 'D66', 'PvdD'], against: ['SP'], votesFor: 36, votesAgainst: 1})
  })

  it('reads an outcome sentence with counts', () => {
    expect(read(true, 'Aangenomen met 23 stemmen voor en 12 tegen.').vote).toMatchObject({status: 'aangenomen', votesFor: 23, votesAgainst: 12})
    expect(read(true, 'Stemuitslag: 23 voor, 12 tegen').vote).toMatchObject({status: null, votesFor: 23, votesAgainst: 12})
  })

  it('states no vote for empty keys, but takes their lines', () => {
    expect(read(true, 'Jan Jansen', 'Voor', 'Tegen')).toEqual({vote: undefined, rest: ['Jan Jansen']})
  })

  it('splits a key glued to the line above and a key run into a list', () => {
    const {vote, rest} = read(true, 'CDAStatus', 'Overgenomen', 'Voor PvdD, VVD Tegen', 'PVV')
    expect(rest).toEqual(['CDA'])
    expect(vote).toMatchObject({status: 'overgenomen', for: ['PvdD', 'VVD'], against: ['PVV']})
  })

  it('reads a table of votes by party only where each column has a number', () => {
    const {vote, rest} = read(true, 'Uitslag', 'Verworpen', 'Partij Voor Tegen', "Democraten '66 4 0", 'VVD 0 3', 'Totaal 4 3')
    expect(rest).toEqual([])
    expect(vote).toMatchObject({status: 'verworpen', for: ["Democraten '66"], against: ['VVD'], votesFor: 4, votesAgainst: 3})
  })

  it('leaves prose and keys without colon above a motion alone', () => {
    expect(read(false, 'Voor de motie stemmen de leden Jansen en De Vries.').vote).toBeUndefined()
    expect(read(false, 'Voor', 'SP').rest).toEqual(['Voor', 'SP'])
    expect(read(true, 'De motie is aangenomen omdat iedereen het eens was.').vote).toBeUndefined()
  })
})

describe('readSide', () => {
  it('keeps a party whose name holds `en`', () => {
    expect(readSide('Partij voor Mens en Dier, SP')).toEqual({parties: ['Partij voor Mens en Dier', 'SP'], count: null})
    expect(readSide('SP en GL')).toEqual({parties: ['SP', 'GL'], count: null})
    expect(readSide('21 stemmen')).toEqual({parties: [], count: 21})
  })
})

describe('isVoteLine', () => {
  it('knows vote keys and outcomes, not titles', () => {
    for (const text of ['Status', 'Status: Aangenomen', 'Voor: SP, GL (21)', 'Tegen', 'Verworpen', 'Aangenomen met 23 stemmen voor']) expect(isVoteLine(text), text).toBe(true)
    for (const text of ['Motie voor de dieren', 'Voor een veilige stad', 'Statushouders huisvesten']) expect(isVoteLine(text), text).toBe(false)
  })
})

describe('headingOutcome', () => {
  it('reads the outcome at the end of a heading that names the motion, and keeps the heading for the title', () => {
    expect(headingOutcome('MOTIE KINDERPARDON UNANIEM AANGENOMEN')).toEqual({status: 'aangenomen', head: 'MOTIE KINDERPARDON'})
    expect(headingOutcome('Amendement 3 met algemene stemmen aangenomen')).toEqual({status: 'aangenomen', head: 'Amendement 3'})
    expect(headingOutcome('Motie Kinderboerderij verworpen.')).toEqual({status: 'verworpen', head: 'Motie Kinderboerderij'})
    expect(headingOutcome('Motie aangenomen')).toEqual({status: 'aangenomen', head: 'Motie'})
  })

  it('reads no sentence and no title that merely uses the word', () => {
    expect(headingOutcome('Motie over het aangenomen amendement')).toBeUndefined()
    expect(headingOutcome('De motie werd uiteindelijk door de raad met grote meerderheid aangenomen')).toBeUndefined()
    expect(headingOutcome('Motie ingediend. Later in de vergadering is zij aangenomen')).toBeUndefined()
    expect(headingOutcome('Motiegeld aangenomen')).toBeUndefined()
  })

  it('takes the heading line into the vote and leaves the heading for the header', () => {
    const {vote, rest} = read(false, 'Motie Kinderboerderij verworpen', 'Agendapunt 4')
    expect(vote).toMatchObject({status: 'verworpen', lines: 1})
    expect(rest).toEqual(['Motie Kinderboerderij', 'Agendapunt 4'])
  })

  it('reads the last such heading above the motion, not the running text', () => {
    const vote = readHeadingVote(lines('3 juni 2016', 'MOTIE BOMENKAP AANGENOMEN', 'De motie werd met grote meerderheid aangenomen.'))
    expect(vote).toMatchObject({status: 'aangenomen', for: [], against: [], votesFor: null, votesAgainst: null})
    expect(vote?.lines.map((line) => line.line)).toEqual([2])
    expect(readHeadingVote(lines('De motie werd aangenomen.'))).toBeUndefined()
  })
})
