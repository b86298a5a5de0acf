/**
 * `duplicate-number`: two motions with the same number, in one file or across
 * all files of a run (the archive).
 *
 * Councils number motions per year, so numbers are compared within one
 * assembly and year: `M12` of Utrecht in 2021 and `M12` of Utrecht in 2022 are
 * different motions. A JSON document that motie wrote from the very same
 * source (same SHA-256) does not count as a second motion.
 */
import {VFileMessage} from 'vfile-message'
import type {Motion, Position} from '../schema.js'
import {code, flag} from './flag.js'
import {rule, source} from './rule.js'

/** A motion number seen earlier in the run. */
interface Seen {
  path: string
  position: Position | undefined
  sha256: string
  json: boolean
}

/** The `duplicate-number` rule, `error` by default. */
export const duplicateNumber = rule(
  {
    id: 'duplicate-number',
    severity: 'error',
    description: 'A motion number is used once per assembly and year, across all files of a run.',
    state: () => new Map<string, Seen[]>(),
    examples: [
      {
        name: 'ok.txt',
        input: `Motie M12 Bomen

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)


Motie M13 Struiken

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

verzoekt het college meer struiken te planten,

en gaat over tot de orde van de dag.

Piet Peters (D66)
`
      },
      {
        name: 'not-ok.txt',
        input: `Motie M12 Bomen

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)


Motie M12 Struiken

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

verzoekt het college meer struiken te planten,

en gaat over tot de orde van de dag.

Piet Peters (D66)
`,
        messages: ['12:1-12:19: Unexpected motion number `M12`, already used in this file, expected a unique number']
      }
    ]
  },
  (tree, file, _options, seen) => {
    for (const document of tree.documents) {
      for (const motion of document.motions) {
        if (motion.number === null) continue
        const key = numberKey(motion)
        const at = motion.sources.number ?? motion
        const here: Seen = {path: file.path, position: at.position, sha256: document.source.sha256, json: tree.json}
        const earlier = seen.get(key) ?? []
        const first = earlier[0]
        // The JSON that motie wrote from a source, beside that source, is the same motion.
        const same = earlier.some((other) => other.sha256 === here.sha256 && other.json !== here.json)
        earlier.push(here)
        seen.set(key, earlier)
        if (first === undefined || same) continue
        const where = first.path === file.path ? ' in this file' : ` in ${code(first.path)}`
        const cause = new VFileMessage(`First motion numbered ${code(motion.number)}${where}`, {
          place: first.position ? {start: first.position.start, end: first.position.end} : undefined,
          ruleId: 'duplicate-number',
          source
        })
        cause.file = first.path
        flag(file, `Unexpected motion number ${code(motion.number)}, already used${where}, expected a unique number`, at, {cause})
      }
    }
  }
)

/** Assembly, year and number, with spacing and case normalised (`Nr. 12` = `nr.  12`). */
function numberKey(motion: Motion): string {
  const number = motion.number!.toLowerCase().replace(/\s+/g, ' ').trim()
  return [motion.assembly.type ?? '', motion.assembly.name?.toLowerCase() ?? '', motion.date?.slice(0, 4) ?? '', number].join('\u0000')
}
