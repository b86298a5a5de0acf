import {describe, expect, it} from 'vitest'
import {readDossierLine} from '../src/structure/dossier.js'

describe('readDossierLine', () => {
  it('reads a part after a space or a dash', () => {
    expect(readDossierLine('36 200 VII Vaststelling van de begroting')).toEqual({dossier: '36200-VII', nr: undefined, rest: 'Vaststelling van de begroting'})
    expect(readDossierLine('36410-V-57')).toEqual({dossier: '36410-V', nr: '57', rest: ''})
  })

  it('under a `Dossier:` label, takes a title in capitals as the title, not its first word as a part', () => {
    expect(readDossierLine('32847 EEN LANDELIJKE AANPAK', false, true)).toEqual({dossier: '32847', nr: undefined, rest: 'EEN LANDELIJKE AANPAK'})
    expect(readDossierLine('36200-VII Vaststelling', false, true)).toEqual({dossier: '36200-VII', nr: undefined, rest: 'Vaststelling'})
    expect(readDossierLine('36200 VII Vaststelling', false, true)).toEqual({dossier: '36200-VII', nr: undefined, rest: 'Vaststelling'})
  })
})

describe('a consideration lead that ends in a colon', () => {
  it('drops the `dat` of a clause on its own line, as of a clause in a list below it', async () => {
    const {parse} = await import('../src/parse.js')
    const text = (first: string) =>
      `MOTIE ZWEMBAD\n\nDe raad van de gemeente Oudstad, in vergadering bijeen op 3 juni 2021,\n\n${first}\n\nverzoekt het college het zwembad open te houden,\n\nen gaat over tot de orde van de dag.\n`
    const oneLine = await parse(new TextEncoder().encode(text('overwegende:  dat het zwembad veel bezoekers trekt;')), {path: 'a.txt'})
    const list = await parse(new TextEncoder().encode(text('overwegende:\n- dat het zwembad veel bezoekers trekt;')), {path: 'b.txt'})
    expect(oneLine.motions[0]!.considerations[0]!.text).toBe('het zwembad veel bezoekers trekt')
    expect(list.motions[0]!.considerations[0]!.text).toBe('het zwembad veel bezoekers trekt')
  })
})
