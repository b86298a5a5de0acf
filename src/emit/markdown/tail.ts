/**
 * The tail of a motion: the closing, the signatories, the footnotes.
 */
import type {FootnoteDefinition, RootContent} from 'mdast'
import type {PhrasingContent} from 'mdast'
import type {Footnote, Motion, Signatory, Vote} from '../../schema.js'
import {signatoryText, voteFields} from '../words.js'
import {list, listItem, paragraph, strong, text} from './build.js'

/** The closing formula, as motions print it. */
export const closingText = 'En gaat over tot de orde van de dag.'

/** Handler of the closing. */
export function closing(motion: Motion): RootContent[] {
  return motion.closing ? [paragraph(text(closingText))] : []
}

/**
 * Handler of the signatories: `Ingediend door:` and a list of `Name (Party)`;
 * co-signers added later on one line, as the Tweede Kamer prints them.
 */
export function signatories(signers: readonly Signatory[]): RootContent[] {
  const nodes: RootContent[] = []
  const first = signers.filter((signer) => !signer.addedLater)
  const later = signers.filter((signer) => signer.addedLater)
  if (first.length > 0) {
    nodes.push(paragraph(text('Ingediend door:')))
    for (const [index, run] of apart(first).entries()) {
      // Two lists in a row need something between them; a comment holds no text, and keeps the runs lines apart.
      if (index > 0) nodes.push({type: 'html', value: '<!-- -->'})
      nodes.push(list(false, run.map((signer) => listItem(paragraph(text(signatoryText(signer)))))))
    }
  }
  if (later.length > 0) {
    nodes.push(paragraph(text(`Later toegevoegde medeindiener(s): ${later.map((signer) => signatoryText(signer)).join(', ')}`)))
  }
  return nodes
}

/**
 * The signers in runs that read back as they are: a signer with only a name
 * beside one with only a party would be read back as one signer (`Name` over
 * `Party` on the next line), so such neighbours go into separate lists.
 */
function apart(signers: readonly Signatory[]): Signatory[][] {
  const half = (signer: Signatory): boolean => (signer.name === null) !== (signer.party === null)
  const runs: Signatory[][] = []
  for (const [index, signer] of signers.entries()) {
    const previous = signers[index - 1]
    if (runs.length === 0 || (previous && half(previous) && half(signer) && previous.name === null !== (signer.name === null))) runs.push([signer])
    else runs.at(-1)!.push(signer)
  }
  return runs
}

/** Handler of the vote: `**Status:** Aangenomen`, `**Voor:** SP, GL (21)`, one per line, as pages print it below a motion. */
export function vote(outcome: Vote | undefined): RootContent[] {
  const fields = outcome ? voteFields(outcome) : []
  if (fields.length === 0) return []
  const children: PhrasingContent[] = []
  for (const [index, [label, value]] of fields.entries()) {
    if (index > 0) children.push({type: 'break'})
    children.push(strong(`${label}:`), text(` ${value}`))
  }
  return [paragraph(...children)]
}

/** Handler of the footnotes: GFM footnote definitions. */
export function footnotes(notes: readonly Footnote[]): FootnoteDefinition[] {
  return notes.map((note) => ({
    type: 'footnoteDefinition',
    identifier: note.label.toLowerCase(),
    label: note.label,
    children: [paragraph(text(note.text))]
  }))
}
