/**
 * `footnote-unused`: a footnote that no clause refers to.
 */
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {footnoteLinks, motionsOf} from './tree.js'

/** The `footnote-unused` rule, `warn` by default. */
export const footnoteUnused = rule(
  {
    id: 'footnote-unused',
    severity: 'warn',
    description: 'Every footnote is referred to by a marker in a clause.',
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

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)

[1] Bomenrapport 2020.
`,
        messages: ['13:1-13:23: Unexpected footnote `1` that no clause refers to, expected a marker `1` in a clause']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      for (const footnote of footnoteLinks(motion).unused) {
        flag(file, `Unexpected footnote ${code(footnote.label)} that no clause refers to, expected a marker ${code(footnote.label)} in a clause`, footnote)
      }
    }
  }
)
