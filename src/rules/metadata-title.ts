/**
 * `metadata-title`: a motion whose title reads as a header line, a date or a
 * vote rather than a title: the parser took the nearest line above the
 * preamble, and that guess is likely wrong.
 */
import {agendaLabels, dateLabels, headerLabels, voteAgainstKeys, voteForKeys, voteOutcomes, voteStatusKeys} from '../lexicon.js'
import {findDates} from '../dates.js'
import {alternation, loose} from '../patterns.js'
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsOf} from './tree.js'
import {lettersRegExp} from '../letters.js'

const voteLabels = [...voteStatusKeys, ...voteForKeys, ...voteAgainstKeys]
const voteWords = voteOutcomes.flatMap((outcome) => outcome.words)

/** `Datum: …`, `Agendapunt 7`, `Voor: SP, GL`. */
const labelRe = lettersRegExp(`^(?:${alternation([...headerLabels, ...dateLabels, ...voteLabels], loose)})\\s*:`, 'iu')
const agendaRe = lettersRegExp(`^(?:${alternation(agendaLabels, loose)})(?![\\p{L}])`, 'iu')
/** `Aangenomen`, `Motie verworpen`, `Aangenomen met 23 stemmen voor`. */
const voteRe = lettersRegExp(`^(?:(?:motie|amendement)\\s+)?(?:is\\s+)?(?:${alternation(voteWords, loose)})(?![\\p{L}])`, 'iu')

/** Whether a title reads as metadata: a label, an agenda item, a vote, or a date alone. */
export function readsAsMetadata(title: string): boolean {
  const text = title.trim()
  if (labelRe.test(text) || agendaRe.test(text) || voteRe.test(text)) return true
  return findDates(text).some((date) => date.text.length >= text.replace(/[\s,.;:]+$/u, '').length - 12)
}

/** The `metadata-title` rule, `warn` by default. */
export const metadataTitle = rule(
  {
    id: 'metadata-title',
    severity: 'warn',
    description: 'A motion’s title reads as a title, not as metadata (`Datum: …`, `Agendapunt 7`, a date, a vote such as `Aangenomen`).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Agendapunt 7

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-1:19: Unexpected title `Agendapunt 7` that reads as metadata, expected the motion’s title (`Motie <titel>`, `Titel: …`)']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      if (motion.title === null || !readsAsMetadata(motion.title)) continue
      flag(file, `Unexpected title ${code(motion.title)} that reads as metadata, expected the motion’s title (\`Motie <titel>\`, \`Titel: …\`)`, motion.sources.title ?? motion)
    }
  }
)
