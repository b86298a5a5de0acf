/**
 * The words a motion is written in, built back from the tree: its title
 * line, its preamble, its date in Dutch, its signature lines. Shared by the
 * Markdown and CSV emitters and the Markdown reader’s front matter, so that
 * all of them write what the structure stage reads.
 */
import {months} from '../lexicon.js'
import type {Assembly, MotionKind, Signatory, Vote} from '../schema.js'

/** `2015-06-25` → `25 juni 2015`; anything else is returned as given. */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const month = months.find((entry) => entry.month === Number(match[2]))
  return `${Number(match[3])} ${month?.names[0] ?? match[2]} ${match[1]}`
}

/** `Motie <title>` or `Amendement <title>`; the kind alone when there is no title. */
export function titleLine(kind: MotionKind, title: string | null): string {
  const word = kind === 'amendement' ? 'Amendement' : 'Motie'
  return title === null || title === '' ? word : `${word} ${title}`
}

/**
 * The preamble sentence: `De gemeenteraad van Haarlem, in vergadering bijeen
 * op 25 juni 2015;`, from the assembly’s `text` when given (`De raad van de
 * gemeente Tilburg`), else from its type and name. The Kamer’s preamble
 * (`De Kamer,`, `De Kamer, gehoord de beraadslaging,`) carries no date. `undefined` when the assembly
 * is unknown and nothing can be said.
 */
export function preambleLine(assembly: Pick<Assembly, 'type' | 'name' | 'text'>, date: string | null): string | undefined {
  // `De Kamer,`: which Kamer is said by the header (`Tweede Kamer der Staten-Generaal`), not the preamble.
  if (assembly.type === 'tweede-kamer' || (assembly.type === 'eerste-kamer' && assembly.text !== undefined)) return `${assembly.text ?? 'De Kamer'},`
  const subject = assembly.text ?? assemblySubject(assembly)
  if (subject === undefined) return undefined
  const meeting = date === null ? 'in vergadering bijeen' : `in vergadering bijeen op ${dutchDate(date)}`
  return `${subject}, ${meeting};`
}

function assemblySubject({type, name}: Pick<Assembly, 'type' | 'name'>): string | undefined {
  const of = name === null ? '' : ` van ${name}`
  switch (type) {
    case 'gemeenteraad':
      return `De gemeenteraad${of}`
    case 'provinciale-staten':
      return `Provinciale Staten${of}`
    case 'waterschap':
      return `Het algemeen bestuur${of}`
    case 'deelraad':
      return `De stadsdeelraad${of}`
    case 'eerste-kamer':
      return 'De Eerste Kamer'
    case 'tweede-kamer':
      return 'De Kamer'
    default:
      return name ?? undefined
  }
}

/** `Name (Party)`; just the name or just the party when the other is missing. */
export function signatoryText(signatory: Pick<Signatory, 'name' | 'party'>): string {
  if (signatory.name !== null && signatory.party !== null) return `${signatory.name} (${signatory.party})`
  return signatory.name ?? signatory.party ?? ''
}

/**
 * The vote as a page prints it: `Status: Aangenomen`, `Voor: SP, GL (21)`,
 * `Tegen: PVV`; a count without parties stands alone (`Voor: 21`). Label and
 * value, for the Markdown emitter and the front matter alike.
 */
export function voteFields(vote: Pick<Vote, 'status' | 'for' | 'against' | 'votesFor' | 'votesAgainst'>): [string, string][] {
  const fields: [string, string][] = []
  if (vote.status !== null) fields.push(['Status', vote.status.charAt(0).toUpperCase() + vote.status.slice(1)])
  const side = (parties: readonly string[], count: number | null) =>
    parties.length > 0 ? parties.join(', ') + (count === null ? '' : ` (${count})`) : count === null ? undefined : String(count)
  const voor = side(vote.for, vote.votesFor)
  if (voor !== undefined) fields.push(['Voor', voor])
  const tegen = side(vote.against, vote.votesAgainst)
  if (tegen !== undefined) fields.push(['Tegen', tegen])
  return fields
}
