/**
 * The head of a motion: title heading, metadata block, preamble.
 */
import type {Paragraph, PhrasingContent, RootContent} from 'mdast'
import type {AssemblyType, Motion} from '../../schema.js'
import {readPreamble} from '../../preamble.js'
import {heading, paragraph, strong, text} from './build.js'
import {dutchDate, preambleLine, titleLine} from '../words.js'

/** Handler of a motion’s head: `## Motie <title>`, its metadata, its preamble. */
export function header(motion: Motion): RootContent[] {
  const nodes: RootContent[] = [heading(2, titleLine(motion.kind, motion.title))]
  const metadata = metadataBlock(motion)
  if (metadata) nodes.push(metadata)
  // An assembly inferred from the motion’s words (no `text`: no preamble named it) is told by the
  // `Vergadering:` line alone; a preamble written for it would read back as printed.
  const inferred = motion.assembly.inferred === true
  const preamble = printedPreamble(motion) ?? (inferred ? undefined : preambleLine({type: motion.assembly.type, name: motion.assembly.name}, motion.date))
  if (preamble) nodes.push(paragraph(text(preamble)))
  return nodes
}

/**
 * The preamble in the motion’s own words (`De raad van de gemeente Tilburg,
 * in vergadering bijeen op …;`), when those words read back as the same
 * assembly; else `undefined`, and the preamble is built from type and name.
 */
function printedPreamble({assembly, date}: Motion): string | undefined {
  const phrase = assembly.text?.trim().replace(/\s+/g, ' ').replace(/[\s,;:]+$/u, '')
  if (!phrase || /\s(?:in vergadering|bijeen)\b/iu.test(phrase)) return undefined
  const line = preambleLine({...assembly, text: phrase}, date)
  if (line === undefined) return undefined
  // The metadata block names the Kamer (`**Vergadering:** Eerste Kamer`), as a printed header does.
  const kamer = assembly.type === 'eerste-kamer' || assembly.type === 'tweede-kamer' ? assembly.type : undefined
  const reading = readPreamble(line, kamer, '')
  return reading.type === assembly.type && reading.name === assembly.name ? line : undefined
}

/**
 * `**Nummer:** 44`, `**Datum:** 25 juni 2015`, `**Vergadering:** gemeenteraad
 * Haarlem`, `**Notitie:** Wethouder dierenwelzijn`, one per line (hard breaks). These are labels a printed header
 * uses, so the structure stage reads the number and the date from them and
 * takes none of them for a title; the assembly is read back from the
 * preamble, and the kind is the heading’s first word (`Motie`, `Amendement`).
 */
function metadataBlock(motion: Motion): Paragraph | undefined {
  const fields: [string, string][] = []
  if (motion.number !== null) fields.push(['Nummer', motion.number])
  if (motion.dossier) fields.push(['Dossier', [motion.dossier.number, motion.dossier.title ?? ''].join(' ').trim()])
  if (motion.date !== null) fields.push(['Datum', dutchDate(motion.date)])
  const assembly = assemblyLabel(motion.assembly)
  if (assembly !== undefined) fields.push(['Vergadering', assembly])
  // Lines printed with the motion that fit no other field: all in the header, in order, so they read back as notes.
  for (const note of motion.notes ?? []) fields.push(['Notitie', note.text])
  if (fields.length === 0) return undefined
  const children: PhrasingContent[] = []
  for (const [index, [label, value]] of fields.entries()) {
    if (index > 0) children.push({type: 'break'})
    children.push(strong(`${label}:`), text(` ${value}`))
  }
  return paragraph(...children)
}

/** `gemeenteraad Haarlem`, `Tweede Kamer`: the assembly in a few words. */
function assemblyLabel({type, name}: Motion['assembly']): string | undefined {
  const words: Record<AssemblyType, string> = {
    gemeenteraad: 'gemeenteraad',
    'provinciale-staten': 'Provinciale Staten',
    'tweede-kamer': 'Tweede Kamer',
    'eerste-kamer': 'Eerste Kamer',
    waterschap: 'waterschap',
    deelraad: 'stadsdeelraad',
    other: ''
  }
  const parts = [type === null ? '' : words[type], type === 'tweede-kamer' || type === 'eerste-kamer' ? '' : (name ?? '')]
  const label = parts.filter((part) => part !== '').join(' ')
  return label === '' ? undefined : label
}
