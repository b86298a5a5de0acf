/**
 * `date-out-of-range`: a date before the first Dutch constitution (1814) or
 * more than a year ahead, which is a misread date rather than a meeting.
 * Both bounds can be configured.
 */
import {z} from 'zod'
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsOf} from './tree.js'

const options = z
  .object({
    earliest: z.iso.date().default('1814-01-01').meta({description: 'first date allowed (ISO); default 1814-01-01'}),
    latest: z.iso.date().optional().meta({description: 'last date allowed (ISO); default a year from today'})
  })
  .strict()

/** The `date-out-of-range` rule, `error` by default. */
export const dateOutOfRange = rule(
  {
    id: 'date-out-of-range',
    severity: 'error',
    description:
      'A motion’s date lies between 1814-01-01 and a year from today. Options: `earliest`, `latest` (ISO dates), as in `["error", {"earliest": "1990-01-01"}]`.',
    options,
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 1790,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['3:1-3:68: Unexpected date `1790-03-03`, expected a date from `1814-01-01` to a year from today']
      }
    ]
  },
  (tree, file, {earliest, latest}) => {
    const last = latest ?? aYearFromToday()
    // Said in words when not configured, so that the message does not change from day to day.
    const until = latest === undefined ? 'a year from today' : code(latest)
    for (const motion of motionsOf(tree)) {
      // ISO dates compare as strings.
      if (motion.date === null || (motion.date >= earliest && motion.date <= last)) continue
      flag(file, `Unexpected date ${code(motion.date)}, expected a date from ${code(earliest)} to ${until}`, motion.sources.date ?? motion, {
        actual: motion.date,
        expected: [`${earliest}/${last}`]
      })
    }
  }
)

function aYearFromToday(): string {
  const today = new Date()
  today.setUTCFullYear(today.getUTCFullYear() + 1)
  return today.toISOString().slice(0, 10)
}
