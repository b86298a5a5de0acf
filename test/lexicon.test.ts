import {describe, expect, it} from 'vitest'
import {considerationLeads, requestVerbs} from '../src/lexicon.js'
import {closing, considerationKind, considerationLead, isFurniture, matchAssembly, matchRequestLead, sectionLabel, signatureIntro, sourceNote} from '../src/patterns.js'

describe('consideration leads', () => {
  it.each([
    ['Constaterende dat:', 'constaterende', ''],
    ['Constaterende, dat:', 'constaterende', ''],
    ['constaterende:', 'constaterende', ''],
    ['Constateert dat:', 'constaterende', ''],
    ['voorts constaterende dat de regeling afloopt;', 'constaterende', 'de regeling afloopt;'],
    ['We stellen vast dat:', 'constaterende', ''],
    ['Overwegende', 'overwegende', ''],
    ['mede overwegende dat het kan;', 'overwegende', 'het kan;'],
    ['Van mening, dat:', 'van-mening', ''],
    ['van oordeel dat het moet', 'van-oordeel', 'het moet'],
    ['Gelet op artikel 35 uit het Reglement', 'gelet-op', 'artikel 35 uit het Reglement'],
    ['kennis genomen hebbende van, het Ontwerp', 'kennisnemende', 'het Ontwerp'],
    ['Kennisgenomen van:', 'kennisnemende', ''],
    ['constaterende dat, dierenwelzijn geen plek heeft', 'constaterende', 'dierenwelzijn geen plek heeft'],
    ['CONSTATERENDE DAT:', 'constaterende', ''],
    ['constaterende voorts dat het aantal stijgt;', 'constaterende', 'het aantal stijgt;'],
    ['overwegende voorts dat', 'overwegende', ''],
    ['tevens overwegende dat het kan', 'overwegende', 'het kan'],
    ['mening zijnde dat:', 'van-mening', ''],
    ['concluderende dat de dienst stopt', 'concluderende', 'de dienst stopt']
  ])('%s', (text, kind, rest) => {
    const match = considerationLead.exec(text)
    expect(match).not.toBeNull()
    expect(considerationKind(match![2]!)).toBe(kind)
    expect(match![4]).toBe(rest)
  })

  it('does not take ordinary sentences for leads', () => {
    expect(considerationLead.test('De gemeente heeft besloten')).toBe(false)
    expect(considerationLead.test('Overwegingen van de commissie')).toBe(false)
  })

  it('gives every lead a canonical kind in lower case', () => {
    for (const lead of considerationLeads) expect(lead.kind).toMatch(/^[a-z-]+$/)
  })
})

describe('request leads', () => {
  it.each([
    ['Verzoekt het college:', 'verzoekt', 'het college', ''],
    ['Verzoekt het college om:', 'verzoekt', 'het college', ''],
    ['verzoekenGedeputeerde Staten:', 'verzoekt', 'Gedeputeerde Staten', ''],
    ['Verzoekt het college van dijkgraaf en hoogheemraden:', 'verzoekt', 'het college van dijkgraaf en hoogheemraden', ''],
    ['verzoekt de regering, op korte termijn te handelen', 'verzoekt', 'de regering', 'op korte termijn te handelen'],
    ['Verzoekt het college het onderwerp alsnog onder te brengen', 'verzoekt', 'het college', 'het onderwerp alsnog onder te brengen'],
    ['Draagt het college op om:', 'draagt-op', 'het college', ''],
    ['draagt het dagelijks bestuur op:', 'draagt-op', 'het dagelijks bestuur', ''],
    ['Roept de regering op om de wet te wijzigen', 'roept-op', 'de regering', 'de wet te wijzigen'],
    ['Spreekt uit dat, het wenselijk is', 'spreekt-uit', null, 'het wenselijk is'],
    ['besluit:', 'besluit', null, ''],
    ['vraagt het college om een plan', 'vraagt', 'het college', 'een plan'],
    ['verzoekt de minister van Financiën om een brief', 'verzoekt', 'de minister van Financiën', 'een brief'],
    ['Spreekt als haar mening uit dat het moet', 'spreekt-uit', null, 'het moet'],
    ['spreken als hun mening uit:', 'spreekt-uit', null, ''],
    ['geeft het college de opdracht om de aanbesteding te starten', 'geeft-opdracht', 'het college', 'de aanbesteding te starten'],
    ['VERZOEKT HET COLLEGE:', 'verzoekt', 'HET COLLEGE', ''],
    ['En verzoekt het presidium:', 'verzoekt', 'het presidium', ''],
    ['Verzoekt het Bestuurscollege:', 'verzoekt', 'het Bestuurscollege', ''],
    ['verzoekt de Regiegroep Mobiliteit om het plan te herzien', 'verzoekt', 'de Regiegroep Mobiliteit', 'het plan te herzien'],
  ])('%s', (text, verb, addressee, rest) => {
    const match = matchRequestLead(text)
    expect(match?.verb.verb).toBe(verb)
    expect(match?.addressee).toBe(addressee)
    expect(match?.rest).toBe(rest)
  })

  it('does not take a clause that starts with a verb for a request', () => {
    expect(matchRequestLead('Vragen over de begroting zijn beantwoord')).toBeUndefined()
    expect(matchRequestLead('Besluiten van de raad worden gepubliceerd')).toBeUndefined()
  })

  it('lists every verb with at least one form', () => {
    for (const verb of requestVerbs) expect(verb.forms.length).toBeGreaterThan(0)
  })
})

describe('closing formula', () => {
  it.each([
    'En gaat over tot de orde van de dag.',
    'en gaat over tot de orde van de dag,',
    'engaan over tot de orde van de dag.',
    'En gaan over tot de orde van de dag!',
    '• en gaat over tot de orde van de dag.',
    'niet meer toegestaan zijn. En gaat over tot de orde van de dag.'
  ])('%s', (text) => {
    expect(closing.test(text)).toBe(true)
  })
})

describe('assemblies', () => {
  it.each([
    ['De gemeenteraad van Haarlem, in vergadering bijeen', 'gemeenteraad'],
    ['De raad van de gemeente Den Haag, in vergadering', 'gemeenteraad'],
    ['Wij, de gemeenteraad van Utrecht, bijeen op', 'gemeenteraad'],
    ['ProvincialeStaten van Gelderland, in vergadering', 'provinciale-staten'],
    ['Het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden', 'waterschap'],
    ['De stadsdeelraad van Amsterdam-Noord, in vergadering', 'deelraad'],
    ['Het algemeen bestuur van stadsdeel Amsterdam-Noord, in vergadering', 'deelraad'],
    ['De Staten van Zeeland, in vergadering bijeen', 'provinciale-staten'],
    ['De Eilandsraad van het openbaar lichaam Bonaire, in vergadering', 'other']
  ])('%s', (text, type) => {
    expect(matchAssembly(text)?.type).toBe(type)
  })
})

describe('page furniture', () => {
  it.each(['kst-31288-1008', 'ISSN 0921 - 7371', '’s-Gravenhage 2023', 'Tweede Kamer, vergaderjaar 2022–2023, 31 288, nr. 1008', 'Pagina 1 van 2'])(
    '%s',
    (text) => {
      expect(isFurniture(text)).toBe(true)
    }
  )

  it.each(['kst-36200-XII-45', 'Eerste Kamer, vergaderjaar 2023–2024, 36 410, G', '’s-Gravenhage 2022      Tweede Kamer, vergaderjaar 2022–2023, 36 200 XII, nr. 45'])(
    '%s (a part or letter of a Kamerstuk, cells side by side)',
    (text) => {
      expect(isFurniture(text)).toBe(true)
    }
  )

  it('keeps text', () => {
    expect(isFurniture('En gaat over tot de orde van de dag.')).toBe(false)
    expect(isFurniture('Jimmy Dijk      SP')).toBe(false)
  })
})

describe('labels in and around the body', () => {
  it.each([
    ['Indiener(s): S. Bakker (GroenLinks)', 'S. Bakker (GroenLinks)'],
    ['De fracties van VVD en CDA', 'VVD en CDA'],
    ['Ingediend door: Marieke Smit (CDA)', 'Marieke Smit (CDA)']
  ])('%s introduces signers', (text, signers) => {
    const intro = signatureIntro.exec(text)
    expect(intro && text.slice(intro[0].length)).toBe(signers)
  })

  it('reads a source note and a section label', () => {
    expect(sourceNote.exec('Bron: CBS Bodemgebruik 2017')?.slice(1)).toEqual(['Bron', 'CBS Bodemgebruik 2017'])
    expect(sourceNote.test('Bronnen zijn niet openbaar.')).toBe(false)
    expect(sectionLabel.test('Dictum:')).toBe(true)
    expect(sectionLabel.test('Dictum van de motie is helder')).toBe(false)
  })
})
