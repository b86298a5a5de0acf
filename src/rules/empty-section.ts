/**
 * `empty-section`: a clause without text under a lead.
 *
 * The structure stage drops a lead heading that is directly followed by the
 * next lead, so what the tree can show is a clause whose text is empty (a
 * bullet with nothing but `;` after it) and that has no nested items.
 */
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {clausesOf, motionsOf} from './tree.js'

/** The `empty-section` rule, `warn` by default. */
export const emptySection = rule(
  {
    id: 'empty-section',
    severity: 'warn',
    description: 'Every clause under a lead has text: no empty bullets under `Constaterende dat:` or `Verzoekt het college:`.',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat:
- er te weinig bomen zijn;
- ;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['7:1-7:4: Unexpected empty consideration under `constaterende dat:`, expected text']
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      for (const clause of clausesOf(motion)) {
        if (clause.text.trim() !== '' || clause.items.length > 0) continue
        flag(file, `Unexpected empty ${clause.type} under ${code(clause.lead)}, expected text`, clause)
      }
    }
  }
)
