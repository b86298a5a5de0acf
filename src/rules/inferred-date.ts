/**
 * `inferred-date`: a date printed without its year, which motie inferred from
 * the rest of the document.
 */
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsOf} from './tree.js'

/** The `inferred-date` rule, `warn` by default. */
export const inferredDate = rule(
  {
    id: 'inferred-date',
    severity: 'warn',
    description: 'A motion’s date is printed with its year; a year that motie had to infer may be wrong.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Raadsvergadering 3 maart 2021

Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['5:1-5:63: Unexpected date without a year (`3 maart`), expected a full date; motie inferred `2021`']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      const source = motion.sources.date
      if (source === null || motion.date === null || !source.inferred.includes('year')) continue
      flag(file, `Unexpected date without a year (${code(source.text)}), expected a full date; motie inferred ${code(motion.date.slice(0, 4))}`, source, {
        actual: source.text,
        expected: [motion.date]
      })
    }
  }
)
