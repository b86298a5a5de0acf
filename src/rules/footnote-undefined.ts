/**
 * `footnote-undefined`: a footnote marker in a clause without a footnote of
 * that label below the motion.
 */
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {footnoteLinks, motionsOf} from './tree.js'

/** The `footnote-undefined` rule, `warn` by default. */
export const footnoteUndefined = rule(
  {
    id: 'footnote-undefined',
    severity: 'warn',
    description: 'Every footnote marker in a clause has its footnote.',
    examples: [
      {
        name: 'ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn[1];

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)

[1] Bomenrapport 2020.
`
      },
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn[1][2];

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)

[1] Bomenrapport 2020.
`,
        messages: ['5:1-5:49: Unexpected footnote marker `2` without a footnote, expected a footnote `2` below the motion']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      for (const {label, clause} of footnoteLinks(motion).undefined) {
        flag(file, `Unexpected footnote marker ${code(label)} without a footnote, expected a footnote ${code(label)} below the motion`, clause)
      }
    }
  }
)
