import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse.js'

const motion = (signature: string): string =>
  `Motie Zon op dak eerst\n\nProvinciale Staten van Drenthe, in vergadering bijeen op 10 maart 2021,\n\nconstaterende dat nog geen kwart van de daken benut is;\n\nverzoeken Gedeputeerde Staten de zonneladder aan te scherpen,\n\nen gaan over tot de orde van de dag.\n\n${signature}\n`

async function signers(signature: string): Promise<[string | null, string | null][]> {
  const document = await parse(new TextEncoder().encode(motion(signature)), {path: 'motie.txt'})
  return document.motions[0]!.signatories.map((signer) => [signer.name, signer.party])
}

describe('signatures', () => {
  it('reads the party without `de fractie van (de)`, also when two signatures ran into one line', async () => {
    expect(await signers('Namens de fractie van D66, P. de Boer Namens de fractie van de ChristenUnie, K. Hoekstra')).toEqual([
      ['P. de Boer', 'D66'],
      ['K. Hoekstra', 'ChristenUnie']
    ])
  })

  it('takes neither debris nor the name repeated on the next line for a party', async () => {
    expect(await signers('Van der Graaf\nBikker\nBikker\n\ntot...')).toEqual([
      ['Van der Graaf', null],
      ['Bikker', null],
      ['Bikker', null]
    ])
  })
})
