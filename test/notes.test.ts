import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse.js'
import type {Line} from '../src/read/line.js'
import {isDebris} from '../src/patterns.js'
import {beforeDebate, isBarePreamblePhrase, isSpeaker, takeNoteLines, toNotes} from '../src/structure/notes.js'

const at = (line: number, text: string, page = 1): Line => ({text, page, line, column: 1, indent: 0})

describe('notes', () => {
  it('tells debris from a line with words', () => {
    for (const text of ['G)', '@)', '(6)', 'Y', 'tot...', 'en…']) expect(isDebris(text), text).toBe(true)
    for (const text of ['SZW JL', 'BZ/KV', 'Wethouder dierenwelzijn', 'D66', 'Zie ook...', 'tot en met...']) expect(isDebris(text), text).toBe(false)
  })

  it('knows a preamble phrase alone on its line', () => {
    for (const text of ['gehoord de beraadslaging,', 'Gehoord de beraadslaging', 'gehoord het debat;']) expect(isBarePreamblePhrase(text), text).toBe(true)
    for (const text of ['gelezen het voorstel van het college van 3 maart', 'Kamer,']) expect(isBarePreamblePhrase(text), text).toBe(false)
  })

  it('joins a remark wrapped over two lines, and keeps links and stamps apart', () => {
    const notes = toNotes([
      at(10, 'Deze motie is na de schorsing mondeling gewijzigd; de tekst hierboven is de'),
      at(11, 'gewijzigde tekst.'),
      at(12, 'Zie ook het verslag.'),
      at(14, 'http://example.nl/a'),
      at(15, 'http://example.nl/b'),
      at(16, 'wethouder   X')
    ])
    expect(notes.map((note) => [note.text, note.lines.length])).toEqual([
      ['Deze motie is na de schorsing mondeling gewijzigd; de tekst hierboven is de gewijzigde tekst.', 2],
      ['Zie ook het verslag.', 1],
      ['http://example.nl/a', 1],
      ['http://example.nl/b', 1],
      ['wethouder X', 1]
    ])
  })

  it('does not join lines across a page or a blank line', () => {
    expect(toNotes([at(40, 'Een opmerking over de motie die'), at(1, 'verder gaat', 2)])).toHaveLength(2)
    expect(toNotes([at(4, 'Een opmerking over de motie die'), at(6, 'verder gaat')])).toHaveLength(2)
  })

  it('takes labelled notes out of the lines', () => {
    const {notes, rest} = takeNoteLines([at(1, 'Notitie: Portefeuille  jeugd'), at(2, 'Motie Speeltuin'), at(3, 'notitie : stempel')])
    expect(notes.map((note) => note.text)).toEqual(['Portefeuille jeugd', 'stempel'])
    expect(rest.map((line) => line.text)).toEqual(['Motie Speeltuin'])
  })

  it('knows a speaker in minutes, and what follows is the debate', () => {
    for (const text of ['De voorzitter:', 'Mevrouw Beckerman (SP):', 'De heer Van der Lee (GroenLinks):', 'De minister van Financiën:']) expect(isSpeaker(text), text).toBe(true)
    for (const text of ['De voorzitter,', 'Mevrouw Jansen (PvdA)', 'De voorzitter: dank u wel.', 'Wethouder dierenwelzijn']) expect(isSpeaker(text), text).toBe(false)
    expect(beforeDebate([at(1, 'Zie ook het verslag.'), at(2, 'De voorzitter:'), at(3, 'Dank u wel.')]).map((line) => line.text)).toEqual(['Zie ook het verslag.'])
  })

  it('reads header lines and remarks after the signatures into notes, in order; not a line below the preamble', async () => {
    const text = [
      'Portefeuille wonen',
      '',
      'Motie Woningdelen',
      '',
      'De raad van de gemeente Leiden, in vergadering bijeen op 2 februari 2023,',
      '',
      'Dit is een losse regel.',
      '',
      'constaterende dat woningdelen vaak niet mag;',
      '',
      'verzoekt het college woningdelen toe te staan,',
      '',
      'en gaat over tot de orde van de dag.',
      '',
      'A. de Boer (PvdA)',
      '',
      'Deze motie is aangehouden.',
      '',
      'G)'
    ].join('\n')
    const document = await parse(new TextEncoder().encode(text), {path: 'a.txt'})
    const [motion] = document.motions
    expect(motion?.notes?.map((note) => [note.text, note.position.start.line])).toEqual([
      ['Portefeuille wonen', 1],
      ['Deze motie is aangehouden.', 17]
    ])
    const unread = document.messages.filter((message) => message.ruleId === 'unread-line')
    expect(unread.map((message) => message.position?.start.line)).toEqual([7])
  })

  it('has no notes field when there are none, and no tail notes for a motion that did not end', async () => {
    const text = ['Motie Bankjes', '', 'De raad van de gemeente Ede,', '', 'verzoekt het college meer bankjes te plaatsen', '', 'Een losse regel.'].join('\n')
    const document = await parse(new TextEncoder().encode(text), {path: 'b.txt'})
    expect(document.motions[0]).not.toHaveProperty('notes')
  })
})
