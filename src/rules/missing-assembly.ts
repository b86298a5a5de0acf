/**
 * `missing-assembly`: a motion whose preamble names no assembly.
 */
import {flag} from './flag.js'
import {rule} from './rule.js'
import {completeMotion} from './samples.js'
import {motionsWithout} from './tree.js'

/** The `missing-assembly` rule, `warn` by default. */
export const missingAssembly = rule(
  {
    id: 'missing-assembly',
    severity: 'warn',
    description: 'A motion names the assembly it is put to, in its preamble (`De gemeenteraad van …`).',
    examples: [
      {name: 'ok.txt', input: completeMotion},
      {
        name: 'not-ok.txt',
        input: `Motie Bomen in de stad

Vergadering van 3 maart 2021

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`,
        messages: ['1:1-11:24: Unexpected motion without an assembly, expected a preamble that names it (`De gemeenteraad van …`, `De Kamer,`)']
      }
    ]
  },
  (tree, file) => {
    // An assembly inferred from the motion’s words was named by no preamble.
    for (const motion of motionsWithout(tree, (motion) => motion.assembly.type !== null && motion.assembly.inferred !== true)) {
      flag(file, 'Unexpected motion without an assembly, expected a preamble that names it (`De gemeenteraad van …`, `De Kamer,`)', motion)
    }
  }
)
