/**
 * The motion tree, written once.
 *
 * This file is the single source of truth for the TypeScript types (`z.infer`),
 * the JSON that `motie parse` prints, and the JSON Schema that `motie schema`
 * prints. Field names used by scripts and the scorer (`kind`, `number`, `title`,
 * `assembly`, `date`, `considerations`, `requests`, `footnotes`, `signatories`,
 * `closing`) are fixed.
 *
 * Conventions (after unist):
 * - every node taken from the source has a `type` and a `position`;
 * - values that motie inferred instead of read carry no position and say so
 *   (`inferred`);
 * - nested clauses live in `items` (the name the gold files use), never `children`.
 */
import {z} from 'zod'
import {assemblyTypes, inputFormats, motionKinds, schemaVersion, severities} from './schema-values.js'

export {assemblyTypes, inputFormats, motionKinds, schemaVersion, severities}

export const point = z
  .object({
    line: z.number().int().min(1).meta({description: '1-based line (in a PDF: line on its page)'}),
    column: z.number().int().min(1).meta({description: '1-based column'})
  })
  .strict()

export const position = z
  .object({
    start: point,
    end: point.meta({description: 'exclusive end'}),
    page: z.number().int().min(1).optional().meta({description: '1-based page, where the source has pages'}),
    box: z
      .object({
        x: z.number(),
        y: z.number(),
        width: z.number().min(0),
        height: z.number().min(0)
      })
      .strict()
      .optional()
      .meta({
        id: 'Box',
        description:
          'PDF and image input: the area the node covers on `page`, in points from the top-left corner of the page as displayed (an image has 72 points to the inch at its resolution). A node that runs onto the next page covers its lines on `page` only.'
      })
  })
  .strict()
  .meta({id: 'Position', description: 'Where a node was found in the source.'})

/** A value read from the source: the text as printed and where it stands. */
export const span = z
  .object({
    text: z.string().meta({description: 'the text as printed'}),
    position
  })
  .strict()
  .meta({id: 'Span'})

export const assembly = z
  .object({
    type: z.enum(assemblyTypes).nullable().meta({description: 'kind of assembly; null if the text names none'}),
    name: z
      .string()
      .nullable()
      .meta({description: 'the municipality, province or water board; null where the text does not say (Tweede Kamer: null)'}),
    text: z.string().optional().meta({description: 'the preamble phrase the assembly was read from'}),
    inferred: z.literal(true).optional().meta({description: 'no preamble names the assembly: its type was inferred from the motion’s words'}),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Assembly', description: 'The assembly the motion is put to, from the preamble.'})

export const date = z
  .object({
    text: z.string().meta({description: 'the date as printed, e.g. `woensdag 25 juni`'}),
    position,
    inferred: z
      .array(z.enum(['year']))
      .meta({description: 'parts of the date that were not printed with it but inferred from the document'})
  })
  .strict()
  .meta({id: 'DateSource', description: 'Where the meeting date was read.'})

export const footnoteRef = z.string().meta({description: 'label of a footnote whose marker stands in this clause'})

type ClauseShape = {
  type: 'consideration'
  kind: string
  lead: string
  text: string
  footnoteRefs: string[]
  items: ClauseShape[]
  position?: z.infer<typeof position> | undefined
}

export const consideration: z.ZodType<ClauseShape> = z
  .object({
    type: z.literal('consideration'),
    kind: z.string().meta({
      description:
        'canonical lead: `constaterende`, `overwegende`, `van-mening`, `gelet-op`, `kennisnemende`, …; any other lead lower-cased and hyphenated, without `dat`'
    }),
    lead: z.string().meta({description: 'the lead phrase as printed, e.g. `Constaterende dat:`'}),
    text: z.string().meta({description: 'the clause without bullet, lead phrase, trailing `;` and footnote markers'}),
    footnoteRefs: z.array(footnoteRef),
    get items() {
      return z.array(consideration)
    },
    position: position.optional()
  })
  .strict()
  .meta({id: 'Consideration', description: 'One clause of the preamble (constaterende, overwegende, …).'})

type RequestShape = {
  type: 'request'
  verb: string
  addressee: string | null
  lead: string
  text: string
  footnoteRefs: string[]
  items: RequestShape[]
  position?: z.infer<typeof position> | undefined
}

export const request: z.ZodType<RequestShape> = z
  .object({
    type: z.literal('request'),
    verb: z.string().meta({
      description:
        'the request verb in its singular form: `verzoekt`, `draagt-op`, `roept-op`, `spreekt-uit`, `besluit`, `vraagt`, …'
    }),
    addressee: z.string().nullable().meta({description: 'who is asked, e.g. `het college`, `de regering`; null if nobody'}),
    lead: z.string().meta({description: 'the lead phrase as printed, e.g. `Verzoekt het college:`'}),
    text: z.string(),
    footnoteRefs: z.array(footnoteRef),
    get items() {
      return z.array(request)
    },
    position: position.optional()
  })
  .strict()
  .meta({id: 'Request', description: 'One operative clause (dictum).'})

export const footnote = z
  .object({
    type: z.literal('footnote'),
    label: z.string().meta({description: 'the footnote label as printed: `1`, `2`, `*`'}),
    text: z.string(),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Footnote'})

export const signatory = z
  .object({
    type: z.literal('signatory'),
    name: z.string().nullable().meta({description: 'the person, as printed; null when only a party signs'}),
    party: z.string().nullable().meta({description: 'the party or group; null when not given'}),
    addedLater: z.boolean().meta({description: 'a co-signer added after submission (`Later toegevoegde medeindiener(s)`)'}),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Signatory'})

export const vote = z
  .object({
    status: z
      .string()
      .nullable()
      .meta({description: 'the outcome, lower case: `aangenomen`, `verworpen`, `ingetrokken`, `aangehouden`, `overgenomen`, `ingediend`, …; null if the text gives none'}),
    for: z.array(z.string()).meta({description: 'the parties that voted for, as printed'}),
    against: z.array(z.string()).meta({description: 'the parties that voted against, as printed'}),
    votesFor: z.number().int().min(0).nullable().meta({description: 'the number of votes for, if printed'}),
    votesAgainst: z.number().int().min(0).nullable().meta({description: 'the number of votes against, if printed'}),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Vote', description: 'The vote on the motion as the text states it (`Status: Aangenomen`, `Voor: SP, GL (21)`).'})

export const dossier = z
  .object({
    number: z.string().meta({description: 'the dossier number with its part, without spaces: `21501-07`, `36200-VII`, `28286`'}),
    title: z.string().nullable().meta({description: 'the dossier’s title as printed (`Raad voor Economische en Financiële Zaken`); null if not given'}),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Dossier', description: 'The Tweede or Eerste Kamer dossier (Kamerstuk) the motion belongs to.'})

export const motion = z
  .object({
    type: z.literal('motion'),
    kind: z.enum(motionKinds),
    number: z.string().nullable().meta({description: 'the motion’s own number as printed (Tweede Kamer: `dossier nr. N`); null if none'}),
    dossier: dossier.optional().meta({description: 'Tweede and Eerste Kamer: the dossier the motion belongs to; absent when the text names none'}),
    title: z.string().nullable().meta({description: 'the title without a leading `Motie`/`Amendement` and surrounding quotes; null if none'}),
    assembly,
    date: z.iso.date().nullable().meta({description: 'ISO date of the meeting; null if the text gives none'}),
    considerations: z.array(consideration),
    requests: z.array(request),
    footnotes: z.array(footnote),
    signatories: z.array(signatory),
    closing: z.boolean().meta({description: '`en gaat over tot de orde van de dag` is present'}),
    vote: vote.optional().meta({description: 'the vote, where the text states it; absent otherwise'}),
    notes: z
      .array(span)
      .optional()
      .meta({
        description:
          'lines printed with the motion that fit no other field (a portfolio, a subject or agenda line, a stamp, a remark after the signatures), as printed, in order; absent when there are none'
      }),
    sources: z
      .object({
        title: span.nullable(),
        number: span.nullable(),
        date: date.nullable(),
        closing: span.nullable()
      })
      .strict()
      .meta({description: 'where the scalar fields were read, as printed'}),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Motion', description: 'One motion or amendment.'})

export const message = z
  .object({
    ruleId: z.string().meta({description: 'stable id of the check, e.g. `no-motion`'}),
    severity: z.enum(severities),
    reason: z.string(),
    position: position.optional()
  })
  .strict()
  .meta({id: 'Message', description: 'A diagnostic about the source.'})

export const source = z
  .object({
    path: z.string().meta({description: 'the path as given on the command line (`-` for stdin)'}),
    format: z.enum(inputFormats),
    sha256: z.string().regex(/^[\da-f]{64}$/),
    bytes: z.number().int().min(0),
    encoding: z.string().optional().meta({description: 'text encoding that was detected (text input)'}),
    pages: z.number().int().min(0).meta({description: 'number of pages (form feeds count as page breaks in text)'}),
    ocr: z
      .array(z.number().int().min(1))
      .optional()
      .meta({description: 'pages recognised with OCR (scans and images); absent when none were'})
  })
  .strict()
  .meta({id: 'Source'})

export const document = z
  .object({
    schemaVersion: z.literal(schemaVersion),
    source,
    motions: z.array(motion),
    messages: z.array(message)
  })
  .strict()
  .meta({title: 'motie document', description: 'What `motie parse` prints for one input file.'})

export type Point = z.infer<typeof point>
export type Position = z.infer<typeof position>
export type Span = z.infer<typeof span>
export type Assembly = z.infer<typeof assembly>
export type AssemblyType = (typeof assemblyTypes)[number]
export type DateSource = z.infer<typeof date>
export type Consideration = z.infer<typeof consideration>
export type Request = z.infer<typeof request>
export type Footnote = z.infer<typeof footnote>
export type Signatory = z.infer<typeof signatory>
export type Vote = z.infer<typeof vote>
export type Motion = z.infer<typeof motion>
export type Dossier = z.infer<typeof dossier>
export type MotionKind = (typeof motionKinds)[number]
export type Message = z.infer<typeof message>
export type Severity = (typeof severities)[number]
export type InputFormat = (typeof inputFormats)[number]
export type Source = z.infer<typeof source>
export type MotieDocument = z.infer<typeof document>

/** The JSON Schema (draft 2020-12) of a motie document, generated from the zod schema. */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(document, {target: 'draft-2020-12', io: 'output'}) as Record<string, unknown>
}
