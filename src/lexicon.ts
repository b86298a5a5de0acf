/**
 * The Dutch vocabulary of motions, as data.
 *
 * Every stage that needs to recognise a Dutch word reads it from here: the
 * structure stage, the validate rules and the README tables. Regular
 * expressions are built from these lists (see `src/patterns.ts`), never written
 * out elsewhere.
 */
import type {AssemblyType} from './schema.js'

/** A lead phrase that opens considerations, with its canonical `kind`. */
export interface ConsiderationLead {
  /** Canonical kind, as in the gold files. */
  kind: string
  /** Phrases, lower case, single spaces; `dat` is optional after all of them. */
  phrases: string[]
}

/** Leads of considerations. Order matters only for documentation. */
export const considerationLeads: ConsiderationLead[] = [
  {
    kind: 'constaterende',
    phrases: [
      'constaterende',
      'constaterend',
      'constateert',
      'constateren',
      'vaststellende',
      'stelt vast',
      'stellen vast',
      'we stellen vast',
      'wij stellen vast',
      'constaterende en overwegende'
    ]
  },
  {
    kind: 'overwegende',
    phrases: [
      'overwegende',
      'overwegend',
      'overweegt',
      'overwegen',
      'we overwegen',
      'wij overwegen',
      'in overweging nemende',
      'in overweging genomen hebbende'
    ]
  },
  {kind: 'van-mening', phrases: ['van mening', 'is van mening', 'zijn van mening', 'de mening toegedaan', 'van mening zijnde', 'mening zijnde', 'de mening zijnde']},
  {kind: 'van-oordeel', phrases: ['van oordeel', 'is van oordeel', 'zijn van oordeel', 'van oordeel zijnde']},
  {kind: 'gelet-op', phrases: ['gelet op', 'gelet hebbende op', 'lettende op']},
  {kind: 'gezien', phrases: ['gezien']},
  {
    kind: 'kennisnemende',
    phrases: [
      'kennisnemende van',
      'kennis nemende van',
      'kennis genomen hebbende van',
      'kennisgenomen hebbende van',
      'kennisgenomen van',
      'kennis genomen van',
      'heeft kennisgenomen van',
      'heeft kennis genomen van'
    ]
  },
  {kind: 'in-aanmerking-nemende', phrases: ['in aanmerking nemende', 'in aanmerking genomen hebbende']},
  {kind: 'betreurende', phrases: ['betreurende', 'betreurt']},
  {kind: 'erkennende', phrases: ['erkennende', 'erkent']},
  {kind: 'concluderende', phrases: ['concluderende', 'concludeert']},
  {kind: 'signalerende', phrases: ['signalerende', 'signaleert']},
  {kind: 'benadrukkende', phrases: ['benadrukkende', 'benadrukt']},
  {kind: 'wijzende-op', phrases: ['wijzende op']},
  {kind: 'stelt-zich-op-het-standpunt', phrases: ['stelt zich op het standpunt', 'stellen zich op het standpunt']},
  {kind: 'verwijzende-naar', phrases: ['verwijzende naar']},
  {kind: 'memorerende', phrases: ['memorerende']},
  {kind: 'opmerkende', phrases: ['opmerkende']},
  {kind: 'vernomen-hebbende', phrases: ['vernomen hebbende']},
  {kind: 'bezorgd', phrases: ['bezorgd', 'bezorgd zijnde']},
  {kind: 'ervan-overtuigd', phrases: ['ervan overtuigd', 'ervan overtuigd zijnde', 'overtuigd']},
  {kind: 'voorts', phrases: []}
]

/** Words that may stand before a lead without changing its kind (`voorts constaterende`). */
export const leadPrefixes = ['voorts', 'mede', 'tevens', 'verder', 'ook', 'daarnaast', 'bovendien', 'en', 'ten slotte', 'tenslotte', 'tot slot', 'ten eerste', 'ten tweede', 'ten derde']

/**
 * Sentences of minutes that record how the members voted on a motion (`Voor
 * de motie stemmen de leden …`): they end the motion’s text. Lower case.
 */
export const voteSentences = [
  'voor de motie stemmen',
  'tegen de motie stemmen',
  'voor het amendement stemmen',
  'tegen het amendement stemmen',
  'voor de motie hebben gestemd',
  'tegen de motie hebben gestemd',
  'voor het amendement hebben gestemd',
  'tegen het amendement hebben gestemd'
]

/** Words that may follow a lead without changing its kind (`constaterende voorts dat`, `overwegende tevens`). */
export const leadSuffixes = ['voorts', 'tevens', 'verder', 'ook', 'daarnaast', 'bovendien', 'eveneens', 'mede']

/** Preamble phrases that look like leads but are not considerations. */
export const preamblePhrases = [
  'gehoord de beraadslaging',
  'gehoord de beraadslagingen',
  'gehoord de discussie',
  'gehoord de bespreking',
  'gehoord de behandeling',
  'gehoord het debat',
  'gehoord de beantwoording',
  'gelezen het voorstel'
]

/** A request verb, with its canonical key and how it is written. */
export interface RequestVerb {
  /** Canonical verb, as in the gold files (`draagt-op`). */
  verb: string
  /** Finite forms of the verb (singular and plural), lower case. */
  forms: string[]
  /** Separable particle that follows the addressee (`op` in `draagt het college op`). */
  particle?: string
  /** Words that may stand between the verb and its particle (`spreekt als haar mening uit`). */
  infixes?: string[]
  /** Whether the verb takes an addressee at all (`besluit` does not). */
  addressee: boolean
}

export const requestVerbs: RequestVerb[] = [
  {verb: 'verzoekt', forms: ['verzoekt', 'verzoeken', 'verzoek'], addressee: true},
  {verb: 'draagt-op', forms: ['draagt', 'dragen'], particle: 'op', addressee: true},
  {verb: 'roept-op', forms: ['roept', 'roepen'], particle: 'op', addressee: true},
  {verb: 'nodigt-uit', forms: ['nodigt', 'nodigen'], particle: 'uit', addressee: true},
  {verb: 'spoort-aan', forms: ['spoort', 'sporen'], particle: 'aan', addressee: true},
  {verb: 'geeft-in-overweging', forms: ['geeft', 'geven'], particle: 'in overweging', addressee: true},
  {verb: 'dringt-aan', forms: ['dringt', 'dringen'], particle: 'aan', addressee: true},
  {
    verb: 'spreekt-uit',
    forms: ['spreekt', 'spreken'],
    particle: 'uit',
    infixes: ['als haar mening', 'als zijn mening', 'als hun mening', 'als zijn oordeel', 'als haar oordeel', 'als mening', 'als de mening', 'nadrukkelijk'],
    addressee: false
  },
  {verb: 'geeft-opdracht', forms: ['geeft', 'geven'], particle: 'de opdracht', addressee: true},
  {verb: 'besluit', forms: ['besluit', 'besluiten'], addressee: false},
  {verb: 'vraagt', forms: ['vraagt', 'vragen'], addressee: true},
  {verb: 'verklaart', forms: ['verklaart', 'verklaren'], addressee: false},
  {verb: 'stelt-voor', forms: ['stelt', 'stellen'], particle: 'voor', addressee: false},
  {verb: 'wenst', forms: ['wenst', 'wensen'], addressee: false},
  {verb: 'doet-een-beroep', forms: ['doet', 'doen'], particle: 'een beroep op', addressee: true},
  {verb: 'keurt-af', forms: ['keurt', 'keuren'], particle: 'af', addressee: false},
  {verb: 'zegt-op', forms: ['zegt', 'zeggen'], particle: 'op', addressee: false},
  {verb: 'wijst-aan', forms: ['wijst', 'wijzen'], particle: 'aan', addressee: false},
]

/**
 * Addressees of requests, longest first when matched. Lower case; matched
 * case-insensitively. An addressee may be followed by `van <Name>` (`de
 * minister van Financiën`), see `addresseeExtensions`.
 */
export const addressees = [
  'het college van burgemeester en wethouders',
  'het college van b&w',
  'het college van b en w',
  'het college van gedeputeerde staten',
  'het college van dijkgraaf en hoogheemraden',
  'het college van dijkgraaf en heemraden',
  'het college van dijkgraaf en heemraden',
  'het dagelijks bestuur',
  'het algemeen bestuur',
  'het bestuurscollege',
  'de gezaghebber',
  'de eilandsraad',
  'het college',
  'het presidium',
  'het kabinet',
  'het stadsdeelbestuur',
  'het bestuur',
  'gedeputeerde staten',
  'provinciale staten',
  'burgemeester en wethouders',
  'b&w',
  'gs',
  'de regering',
  'de minister-president',
  'de minister',
  'de ministers',
  'de staatssecretaris',
  'de burgemeester',
  'de wethouder',
  'de wethouders',
  'de voorzitter',
  'de griffier',
  'de griffie',
  'de gemeenteraad',
  'de raad',
  'de dijkgraaf',
  'de commissaris van de koning',
  'de gedeputeerde',
  'de provincie',
  'de gemeente',
  'de kamer',
  'zichzelf'
]

/** Addressees that may be followed by `van <Name>` or `voor <Domain>`. */
export const addresseeExtensions = ['de minister', 'de ministers', 'de staatssecretaris', 'de gedeputeerde', 'de wethouder']

/** Closing formula: `en gaat over tot de orde van de dag`, tolerant of spelling. */
export const closingWords = {
  /** `en` may be glued to the verb (`engaan`). */
  and: 'en',
  verbs: ['gaat', 'gaan', 'gaaat', 'gat', 'gaa'],
  rest: ['over', 'tot', 'de', 'orde', 'van', 'de', 'dag']
}

/** How an assembly is named in a preamble, with its type. Lower case. */
export interface AssemblyPattern {
  type: AssemblyType
  /** Words that name the assembly (`de gemeenteraad`), matched at a word boundary. */
  names: string[]
  /** Words that may stand between the assembly and its place name (`van de gemeente`). */
  of: string[]
}

export const assemblies: AssemblyPattern[] = [
  {
    type: 'provinciale-staten',
    names: ['provinciale staten', 'provinciale-staten', 'de staten'],
    of: ['van de provincie', 'der provincie', 'van']
  },
  {type: 'tweede-kamer', names: ['tweede kamer der staten-generaal', 'de tweede kamer', 'tweede kamer'], of: []},
  {type: 'eerste-kamer', names: ['eerste kamer der staten-generaal', 'de eerste kamer', 'eerste kamer'], of: []},
  {
    type: 'deelraad',
    names: [
      'de stadsdeelraad',
      'stadsdeelraad',
      'de deelraad',
      'deelraad',
      'de deelgemeenteraad',
      'deelgemeenteraad',
      'de bestuurscommissie',
      'de stadsdeelcommissie',
      // `De Raad van het stadsdeel Zeeburg`: a district council, before the municipal `de raad`.
      'de raad van het stadsdeel',
      'de raad van stadsdeel',
      'raad van het stadsdeel',
      'raad van stadsdeel',
      // The `algemeen bestuur` of an Amsterdam stadsdeel (until 2018), before the water boards’ one.
      'het algemeen bestuur van stadsdeel',
      'het algemeen bestuur van het stadsdeel',
      'algemeen bestuur van stadsdeel'
    ],
    of: ['van stadsdeel', 'van het stadsdeel', 'van de', 'van', 'stadsdeel']
  },
  {
    type: 'waterschap',
    names: ['de verenigde vergadering', 'het algemeen bestuur', 'algemeen bestuur'],
    of: [
      'van het hoogheemraadschap',
      'van hoogheemraadschap',
      'van het waterschap',
      'van waterschap',
      'van wetterskip',
      'van het wetterskip',
      'van de',
      'van het',
      'van'
    ]
  },
  {
    // The council of a Caribbean public body (Bonaire, Sint Eustatius, Saba): no gemeente, so `other`.
    type: 'other',
    names: ['de eilandsraad', 'eilandsraad'],
    of: ['van het openbaar lichaam', 'van openbaar lichaam', 'van']
  },
  {
    type: 'gemeenteraad',
    names: ['wij, de gemeenteraad', 'de gemeenteraad', 'gemeenteraad', 'de raad', 'wij, de raad'],
    of: ['van de gemeente', 'der gemeente', 'van gemeente', 'van']
  }
]

/**
 * Words that betray the assembly of a motion that names none in a preamble
 * (a site’s copy, a template): who is addressed, what the meeting is
 * called. The type with most hits in the motion’s text wins. Lower case.
 */
export const assemblyHints: {type: AssemblyType; words: string[]}[] = [
  {
    type: 'gemeenteraad',
    words: [
      'gemeenteraad',
      'gemeenteraadsvergadering',
      'raadsvergadering',
      'raadsvoorstel',
      'raadsbesluit',
      'raadslid',
      'raadsleden',
      'raadsfractie',
      'burgemeester en wethouders',
      'het college',
      'de raad',
      'de wethouder',
      'de burgemeester'
    ]
  },
  {
    type: 'provinciale-staten',
    words: ['provinciale staten', 'statenvergadering', 'statenvoorstel', 'statenlid', 'statenleden', 'statenfractie', 'gedeputeerde staten', 'de gedeputeerde', 'gs', 'de staten', 'de provincie']
  },
  {type: 'waterschap', words: ['algemeen bestuur', 'dagelijks bestuur', 'dijkgraaf', 'hoogheemraden', 'heemraden', 'waterschap', 'hoogheemraadschap']},
  {type: 'deelraad', words: ['stadsdeelraad', 'deelraad', 'stadsdeelbestuur', 'het stadsdeel', 'bestuurscommissie']},
  {type: 'tweede-kamer', words: ['de regering', 'het kabinet', 'de minister', 'de staatssecretaris', 'tweede kamer', 'kamerlid', 'kamerleden']}
]

/** The Kamer preamble of the Staten-Generaal: `De Kamer,`. Which Kamer comes from the page. */
export const kamerPreamble = ['de kamer']

/** Words in a board's name that make an `algemeen bestuur` a water board. */
export const waterBoardWords = ['waterschap', 'hoogheemraadschap', 'wetterskip', 'waterschappen', 'dijkgraaf', 'hoogheemraden', 'heemraden']

/** Prefixes dropped from a water board's name (`Hoogheemraadschap De Stichtse Rijnlanden` → `De Stichtse Rijnlanden`). */
export const boardNamePrefixes = ['hoogheemraadschap', 'waterschap', 'wetterskip', 'het waterschap', 'het hoogheemraadschap']

/** Phrases that end the place name in a preamble (`… van Haarlem, in vergadering bijeen …`). */
export const preambleStops = [
  'in vergadering bijeen',
  'in openbare vergadering',
  'in vergadering',
  'vergaderd',
  'bijeen',
  'ter behandeling',
  'ter bespreking',
  'besprekende',
  'behandelende',
  'gehoord',
  'd.d.',
  'dd'
]

/** Months with their abbreviations. */
export const months: {month: number; names: string[]}[] = [
  {month: 1, names: ['januari', 'jan']},
  {month: 2, names: ['februari', 'feb', 'febr']},
  {month: 3, names: ['maart', 'mrt', 'mar', 'maa']},
  {month: 4, names: ['april', 'apr']},
  {month: 5, names: ['mei']},
  {month: 6, names: ['juni', 'jun']},
  {month: 7, names: ['juli', 'jul']},
  {month: 8, names: ['augustus', 'aug']},
  {month: 9, names: ['september', 'sep', 'sept']},
  {month: 10, names: ['oktober', 'okt', 'october', 'oct']},
  {month: 11, names: ['november', 'nov']},
  {month: 12, names: ['december', 'dec']}
]

/** Words between the first and last day of a meeting over several days (`7 en 8 november`, `3 t/m 5 juli`). */
export const dayRangeWords = ['en', 'tot en met', 't/m', 'tot', '-', '–', '/', '&']

export const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

/**
 * Words right before a year that say the meeting is a year off from it: a
 * budget is debated the year before (`programmabegroting 2019`), accounts
 * and annual reports the year after (`jaarrekening 2019`). Lower case.
 */
export const yearOffsets: {words: string[]; offset: number}[] = [
  {words: ['begroting', 'programmabegroting', 'begrotingsbehandeling'], offset: -1},
  {words: ['rekening', 'jaarrekening', 'programmarekening', 'jaarverslag', 'jaarstukken', 'jaarrapportage'], offset: 1}
]

/** Words before a date in a motion's header that name the meeting or submission date. */
export const dateLabels = ['voorgesteld', 'ingediend op', 'ingediend', 'datum', 'vergadering van', 'raadsvergadering', 'vergaderdatum', 'd.d.']

/** Title words: a title may start with one of these (dropped from the title). */
export const motionWords: {kind: 'motie' | 'amendement'; words: string[]}[] = [
  {
    kind: 'motie',
    words: ['motie vreemd aan de orde van de dag', 'motie vreemd aan de orde', 'motie vreemd', 'concept motie', 'conceptmotie', 'gewijzigde motie', 'nader gewijzigde motie', 'motie']
  },
  {kind: 'amendement', words: ['subamendement', 'gewijzigd amendement', 'nader gewijzigd amendement', 'amendement']}
]

/** Header labels whose value is the title (`Titel: …`, `Onderwerp: …`). */
export const titleLabels = ['titel', 'title']

/** Header labels that are not the title (`Agendapunt: 2A`). */
export const headerLabels = ['agendapunt', 'onderwerp', 'raadsbesluit', 'raadsvoorstel', 'portefeuillehouder', 'datum', 'indiener', 'indieners', 'indiener(s)', 'fractie', 'vergadering', 'status', 'nummer', 'motienummer', 'registratienummer', 'kenmerk']

/** Labels of an agenda item (`Agendapunt 9: Nota Parkeren`): its subject is the title when the header has no other. */
export const agendaLabels = ['agendapunt', 'agendanummer', 'agendanr', 'agenda-item']

/** Words after `Motie [nr]` that name what the motion is attached to, not its title (`Motie M3 bij Statenvoorstel 12/23`). */
export const attachmentWords = ['bij']

/** Labels of a source note under a clause (`Bron: CBS Statline 2022`), read as a footnote of that clause. */
export const sourceLabels = ['bron', 'bronnen', 'bronvermelding']

/** Labels that only name a part of the body (`Dictum:`), dropped. */
export const sectionLabels = ['dictum', 'considerans']

/** Header labels whose value is the title when the header has no other (`Onderwerp: …`; it may also name the agenda item). */
export const subjectLabels = ['onderwerp', 'betreft']

/**
 * Keys of metadata lines around a motion, as sites and templates print them
 * (`Datum: 12 april 2018`, `Indiener: …`, `Status: Aangenomen`, `Voor: SP,
 * GL (21)`, `Tegen: …`). A line `key: value` with one of these keys is never a
 * title, a number or the start of a motion. Lower case.
 */
export const metadataKeys = [
  'datum',
  'vergaderdatum',
  'datum vergadering',
  'raadsvergadering',
  'vergadering',
  'indiener',
  'indieners',
  'indiener(s)',
  'mede-indiener',
  'mede-indieners',
  'mede-indiener(s)',
  'medeindiener',
  'medeindieners',
  'samen met',
  'ingediend door',
  'ingediend op',
  'ingediend',
  'woordvoerder',
  'portefeuillehouder',
  'fractie',
  'fracties',
  'partij',
  'onderwerp',
  'agendapunt',
  'agenda',
  'programma',
  'commissie',
  'status',
  'uitslag',
  'stemming',
  'stemmen',
  'resultaat',
  'besluitvorming',
  'voor',
  'tegen',
  'onthouding',
  'afwezig',
  'gepubliceerd',
  'gepubliceerd op',
  'geplaatst op',
  'publicatiedatum',
  'laatst gewijzigd',
  'categorie',
  'thema',
  'tags',
  'kenmerk',
  'registratienummer',
  'zaaknummer',
  'tekst'
]

/**
 * Phrases that open a metadata line without a colon: where a template or a
 * site says what the motion belongs to or when it was submitted (`Deze motie
 * hoort bij agendapunt …`, `Ingediend in de raadsvergadering van …`). Lower case.
 */
export const metadataPhrases = [
  'deze motie hoort bij',
  'dit amendement hoort bij',
  'motie hoort bij',
  'hoort bij agendapunt',
  'ingediend in de',
  'ingediend tijdens',
  'ingediend bij',
  'gepubliceerd op',
  'geplaatst op',
  'behandeld in de',
  'behandeld op',
  'aangenomen op',
  'verworpen op',
  // A template’s or a site’s sentence above the motion, not its title.
  'de indieners stellen de raad voor',
  'ondergetekende heeft de eer',
  'ondergetekenden hebben de eer',
  'de ondergetekende stelt',
  'de ondergetekenden stellen',
  'ter vervanging van die gedrukt onder',
  'plenair debat',
  'commissiedebat'
]

/**
 * Address lines above a motion (`Aan de voorzitter van Provinciale Staten`,
 * `Aan de gemeenteraad`): not a title; the assembly they name tells the
 * motion’s assembly when no preamble does. Lower case.
 */
export const addressLeads = ['aan de voorzitter van', 'aan de voorzitter en leden van', 'aan de leden van', 'aan']

/** Labels of a Kamer dossier line (`Dossier: 21501-07 Raad voor Economische en Financiële Zaken`). */
export const dossierLabels = ['dossier', 'dossiernummer', 'kamerstuk', 'kamerstukdossier']

/** Labels that introduce a motion's number. */
export const numberLabels = ['motienummer', 'motie nr', 'motie nummer', 'nummer', 'nr', 'no', 'registratienummer', 'kenmerk', 'agendanummer']

/** Lines that record the decision under an amendment or motion (`Aldus besloten in de openbare vergadering van …`); they end the body. */
export const decisionRecords = ['aldus besloten', 'aldus vastgesteld', 'aldus gedaan', 'aldus aangenomen']

/** Sections that end the dictum and are not part of the motion's clauses. */
export const explanationHeadings = ['toelichting', 'toelichting op de motie', 'uitleg', 'achtergrond', 'ondertekening', 'bijlage', 'bijlagen']

/** Lines that introduce signatories. */
export const signatureIntros = [
  'ingediend door de fractie van',
  'ingediend door de fracties van',
  'ingediend door de fracties',
  'ingediend door de fractie',
  'namens de fractie van',
  'namens de fracties van',
  'de fractie van',
  'de fracties van',
  'mede namens de fractie van',
  'mede namens de fracties van',
  'mede namens',
  'namens',
  'samen met de fractie van',
  'samen met de fracties van',
  'samen met',
  'mede ingediend door',
  'ingediend door',
  'ondertekend door',
  'ondertekend',
  'ondertekening',
  'indiener(s)',
  'indieners',
  'indiener',
  'de leden van de gemeenteraad',
  'de leden',
  'getekend',
  'w.g.'
]

/**
 * Phrases in a sentence or title above a motion that name who submits it
 * (`de volgende motie van PVV en SGP`, `op initiatief van de PvdA-fractie`,
 * `Motie van het lid Van der Lee`), read when no signature follows the
 * motion. `document`: the phrase speaks of several motions (`moties van
 * Leefbaar Rotterdam`), so of every motion in the document. `members`:
 * the names after it are people (`lid`, `leden`), not parties. Lower case.
 */
export const submitterPhrases: {phrase: string; document?: boolean; members?: boolean}[] = [
  {phrase: 'motie van het lid', members: true},
  {phrase: 'motie van de leden', members: true},
  {phrase: 'amendement van het lid', members: true},
  {phrase: 'amendement van de leden', members: true},
  {phrase: 'moties van', document: true},
  {phrase: 'moties en amendementen van', document: true},
  {phrase: 'amendementen van', document: true},
  {phrase: 'motie van'},
  {phrase: 'amendement van'},
  {phrase: 'fracties van'},
  {phrase: 'fractie van'},
  {phrase: 'op initiatief van'},
  {phrase: 'ingediend door'}
]

/** A party’s group named by a word joined to it (`de PvdA-fractie`). Lower case. */
export const groupSuffixes = ['fractie', 'statenfractie', 'raadsfractie']

/** Titles printed before a signer’s name (`drs. H.C.P. Noten`, `Dhr. D. Cupedo`): part of the name as printed. Lower case. */
export const nameTitles = ['drs.', 'drs', 'dr.', 'mr.', 'ir.', 'ing.', 'prof.', 'dhr.', 'mw.', 'mevr.', 'mevrouw', 'de heer', 'ds.']

/** Intros of a co-submitter beside the signers (`Samen met SP`, `mede namens GroenLinks`): each party or name after them signs on its own. Lower case. */
export const coSignerIntros = ['samen met', 'mede namens', 'mede ingediend door']

/**
 * The authentication under an adopted text (`De gemeenteraad voornoemd,` /
 * `de voorzitter,   de griffier,`): the word that refers back to the
 * assembly, and the officers who sign for it. Not the motion's signers. Lower case.
 */
export const authentication = {
  referBack: ['voornoemd', 'voornoemt', 'bovengenoemd'],
  officers: ['de voorzitter', 'de griffier', 'de secretaris', 'de secretaris-directeur', 'de dijkgraaf', 'de burgemeester', 'de plaatsvervangend griffier']
}

/** A word that names a meeting inside a longer word too (`gemeenteraadsvergadering`): an intro sentence that dates a bundle. Lower case. */
export const meetingWord = 'vergadering'

/** Lines that end a body without a closing formula and introduce its signers (`Samen met SP.`, `Het lid van de gemeenteraad`). */
export const signOffIntros = ['samen met', 'het lid van de gemeenteraad', 'het lid van provinciale staten', 'het lid van de raad', 'het raadslid', 'het statenlid']

/** Roles printed beside a signer’s name (`w.g. P. de Groot, fractievoorzitter SP`); not part of name or party. Lower case. */
export const signerRoles = [
  'fractievoorzitter',
  'fractievoorzitster',
  'vice-fractievoorzitter',
  'raadslid',
  'raadsleden',
  'burgerraadslid',
  'commissielid',
  'duoraadslid',
  'statenlid',
  'statenleden',
  'eilandsraadslid',
  'deelraadslid',
  'stadsdeelraadslid',
  'ab-lid',
  'lid',
  'kamerlid',
  'lijsttrekker',
  'woordvoerder'
]

/** Column headings of a signature table that head its names. Lower case. */
export const signatureNameHeadings = ['naam', 'namen', 'raadslid', 'indiener', 'indieners']

/** Column headings of a signature table that head its parties. Lower case. */
export const signaturePartyHeadings = ['fractie', 'partij']

/** Column headings of signature tables (`Naam  Fractie  Handtekening`), dropped. Lower case. */
export const signatureHeadings = [...signatureNameHeadings, ...signaturePartyHeadings, 'handtekening', 'paraaf', 'ondertekening']

/** Tweede Kamer: a co-signer added after submission. */
export const laterSigners = ['later toegevoegde medeindiener(s)', 'later toegevoegde mede-indiener(s)', 'later toegevoegde medeindieners', 'later toegevoegde medeindiener', 'medeindiener(s)', 'mede-indieners', 'medeindieners']

/** Words that mark a signature-line prefix to drop from a party (`Fractie GroenLinks`). */
export const partyPrefixes = ['fractie', 'namens', 'namens de fractie van', 'namens de fractie van de', 'de fractie van', 'de fractie van de', 'fractie van', 'fractie van de']

/**
 * Well-known Dutch parties and groups, as printed. Used to split flattened
 * signature lines (`Christine Teunissen Peter Bos` / `Partij voor de Dieren
 * Haagse Stadspartij`); unknown parties are still recognised by their shape.
 */
export const parties = [
  'Partij voor de Dieren',
  'PvdD',
  'GroenLinks-PvdA',
  'GroenLinks/PvdA',
  'GroenLinks',
  'Groen Links',
  'PvdA',
  'Partij van de Arbeid',
  'VVD',
  'CDA',
  'D66',
  'SP',
  'PVV',
  'ChristenUnie-SGP',
  'ChristenUnie/SGP',
  'ChristenUnie',
  'Christen Unie',
  'SGP',
  '50PLUS',
  'DENK',
  'Forum voor Democratie',
  'FvD',
  'JA21',
  'Volt',
  'BBB',
  'BoerBurgerBeweging',
  'Nieuw Sociaal Contract',
  'NSC',
  'BIJ1',
  'Bij1',
  'Leefbaar Rotterdam',
  'Stadspartij',
  'Haagse Stadspartij',
  'Hart voor Den Haag',
  'Islam Democraten',
  'Partij voor Zorg',
  'Water Natuurlijk',
  'Algemene Waterschapspartij',
  'AWP',
  'Waterbreed',
  'Ongebouwd',
  'Bedrijven',
  'Natuurterreinen',
  'Agrarisch',
  'Lijst Pim Fortuyn',
  'Trots op Nederland',
  'Piratenpartij',
  'Ouderenpartij',
  'Actiepartij'
]

/**
 * Parts of words that occur in party names and not in people's names
 * (`Partij`, `GroenLinks`, `Leefbaar`, `Stadsbelang`): matched anywhere in a
 * word, without case. `@` is how a party's e-mail address gives it away.
 */
export const partyWordParts = [
  'partij', 'unie', 'links', 'rechts', 'belang', 'democrat', 'groep', 'fractie', 'lijst', 'beweging', 'alliantie', 'appèl',
  'appel', 'forum', 'leefbaar', 'lokaal', 'verenigd', 'progressief', 'liberal', 'socialist', 'christelijk', 'ouderen',
  'dieren', 'burgers', 'inwoners', 'bewoners', 'stadspartij', 'stad', 'dorp', 'water', 'natuur', 'ongebouwd', 'bedrijven',
  'agrarisch', '@'
]

/** Words that start a local party's name (`Leefbaar Utrecht`, `Groep de Mos`, `Lokaal Tilburg`). */
export const partyStarters = ['groep', 'fractie', 'leefbaar', 'lokaal', 'voor', 'stadsbelang', 'gemeentebelang', 'gemeentebelangen', 'stadspartij', 'partij', 'lijst', 'onafhankelijk', 'burgerbelangen', 'inwonersbelangen', 'dorpsbelangen']

/** Particles of Dutch surnames (`van der`, `de`, `ten`): lower case within a name. */
export const nameParticles = ['van', 'der', 'den', 'de', 'het', "'t", 'te', 'ten', 'ter', 'in', "’t", 'op', 'la', 'le', 'du', 'el', 'al', 'bin']

/**
 * Lines of page furniture in texts taken from PDFs: colophons, running
 * headers, page numbers. Whole-line patterns, case-insensitive; `#` stands
 * for digits, `@` for a Kamerstuk’s part or letter (`XII`, `A`, `G`).
 */
export const furniture = [
  'kst-#-#',
  'kst-#-#-#',
  'kst-#-@-#',
  'kst-#-@',
  'issn # - #',
  'issn #-#',
  "'s-gravenhage #",
  'tweede kamer, vergaderjaar #–#, # #, nr. #',
  'tweede kamer, vergaderjaar #-#, # #, nr. #',
  'eerste kamer, vergaderjaar #–#, # #, nr. #',
  'eerste kamer, vergaderjaar #-#, # #, nr. #',
  'tweede kamer, vergaderjaar #–#, # # @, nr. #',
  'tweede kamer, vergaderjaar #-#, # # @, nr. #',
  'eerste kamer, vergaderjaar #–#, # #, @',
  'eerste kamer, vergaderjaar #-#, # #, @',
  // Dossiers with a part after the number (`21 501-07`, `36 410-V`, `36 200 VII`).
  'tweede kamer, vergaderjaar #–#, # #-#, nr. #',
  'tweede kamer, vergaderjaar #–#, # #-@, nr. #',
  'eerste kamer, vergaderjaar #–#, # #-#, nr. #',
  'eerste kamer, vergaderjaar #–#, # #-@, nr. #',
  'eerste kamer, vergaderjaar #–#, # # @, nr. #',
  'eerste kamer, vergaderjaar #–#, # #-@, @',
  'eerste kamer, vergaderjaar #–#, # # @, @',
  'kst-#-#-@',
  'kst-#-@-@',
  'pagina # van #',
  'pagina #',
  'page # of #',
  'blad # van #',
  '# van #',
  '#',
  '- # -',
  'naar boven'
]

/**
 * Column headings of the metadata table above a document on a publication
 * site (officielebekendmakingen.nl: `Datum publicatie`, `Organisatie`,
 * `Vergaderjaar`, …), which text extractions run together on one line
 * (`Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer`). A line
 * of two or more of them and nothing else is page furniture. Lower case.
 */
export const siteTableHeadings = ['datum publicatie', 'organisatie', 'vergaderjaar', 'dossier- en ondernummer', 'vergadernummer', 'datum vergadering', 'datum ontvangst']

/**
 * The kind of document a publication site prints alone on the document’s
 * first line (`Kamerstuk`, `Handeling`): page furniture there. Lower case.
 */
export const documentTypes = ['kamerstuk', 'kamerstukken', 'handeling', 'handelingen']

/**
 * How minutes (Handelingen, notulen) name a speaker on a line of its own,
 * ending in a colon (`De voorzitter:`, `Mevrouw Beckerman (SP):`, `De
 * minister van Financiën:`): what follows is the debate, not the motion. Lower case.
 */
export const speakerLeads = ['de voorzitter', 'voorzitter', 'de heer', 'mevrouw', 'de minister', 'minister', 'de staatssecretaris', 'staatssecretaris', 'de minister-president', 'de burgemeester', 'wethouder', 'de wethouder', 'gedeputeerde', 'de gedeputeerde']

/**
 * Labels of a note: a line printed with a motion that fits no other field
 * (`**Notitie:** Wethouder dierenwelzijn`, as motie writes a motion’s notes in
 * Markdown). Its value is read into the motion’s `notes`. Lower case.
 */
export const noteLabels = ['notitie']

/** Words of a body’s letterhead before its name (`GEMEENTE LOSSER`, `Provincie Utrecht`): a header line, not a title. Lower case. */
export const letterheads = ['gemeente', 'provincie', 'waterschap', 'hoogheemraadschap', 'stadsdeel']

/** Header lines of a Kamerstuk that are not the title. */
export const kamerHeader = ['tweede kamer der staten-generaal', 'eerste kamer der staten-generaal', 'vergaderjaar']

/** Markers that stand for a signature in OCR transcripts. */
export const signatureMarkers = ['[handwritten signature]', '[signature]', '[handtekening]', '(handtekening)', '[paraaf]']

/**
 * Verbs after which `dat` is a pronoun, not a conjunction: `…stijgen; dat is meer
 * dan de inflatie` goes on with the clause instead of starting a new one.
 */
export const pronounDatVerbs = ['is', 'was', 'zijn', 'waren', 'wordt', 'werd', 'betekent', 'geldt', 'gold', 'kan', 'kon', 'moet', 'mag', 'zal', 'zou', 'heeft', 'had', 'lijkt', 'blijkt', 'komt', 'staat', 'gaat']

/** Conjunctions after a word part and its hyphen (`zorg- en welzijn`): the hyphen is not a broken word. */
export const hyphenConjunctions = ['en', 'of', 'tot', 'noch']

// ---------------------------------------------------------------------------
// The vote, as party and council pages print it beside a motion.

/** Keys of a vote block’s outcome (`Status: Aangenomen`, `Uitslag` over `Verworpen`). Lower case. */
export const voteStatusKeys = ['status', 'uitslag', 'stemming', 'stemmingsuitslag', 'stemuitslag', 'uitslag stemming', 'resultaat', 'besluitvorming']

/** Keys of the parties or count for a motion (`Voor: SP, GL (21)`). Lower case. */
export const voteForKeys = ['voor', 'voor gestemd', 'stemmen voor', 'voorstemmers', 'fracties voor', 'partijen voor']

/** Keys of the parties or count against a motion (`Tegen: PVV (3)`). Lower case. */
export const voteAgainstKeys = ['tegen', 'tegen gestemd', 'stemmen tegen', 'tegenstemmers', 'fracties tegen', 'partijen tegen']

/**
 * Outcomes as printed, by canonical status. `alone`: the word on a line of its
 * own says the outcome; otherwise only after a status key (`Status` / `Ingediend`).
 */
export const voteOutcomes: {status: string; alone: boolean; words: string[]}[] = [
  {status: 'aangenomen', alone: true, words: ['aangenomen', 'unaniem aangenomen', 'met algemene stemmen aangenomen', 'zonder stemming aangenomen', 'gewijzigd aangenomen', 'geamendeerd aangenomen', 'aanvaard']},
  {status: 'verworpen', alone: true, words: ['verworpen', 'unaniem verworpen', 'met algemene stemmen verworpen', 'afgewezen']},
  {status: 'ingetrokken', alone: true, words: ['ingetrokken']},
  {status: 'aangehouden', alone: true, words: ['aangehouden']},
  {status: 'overgenomen', alone: false, words: ['overgenomen', 'toegezegd']},
  {status: 'ingediend', alone: false, words: ['ingediend', 'in behandeling']},
  {status: 'vervallen', alone: false, words: ['vervallen']},
  {status: 'staken', alone: false, words: ['staken der stemmen', 'stemmen staken']}
]

/** Heading row of a table of votes by party (`Partij  Voor  Tegen`), and its last row (`Totaal`). Lower case. */
export const voteTableHeadings = ['partij', 'fractie', 'fracties', 'voor', 'tegen', 'onthouden', 'afwezig']
export const voteTableTotals = ['totaal', 'totalen']
