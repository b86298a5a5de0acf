/**
 * `unknown-lead`: a consideration lead or request verb that is not in the
 * lexicon (`src/lexicon.ts`). The parser only recognises leads from the
 * lexicon, so this mostly catches JSON documents that were edited by hand or
 * written by an older motie.
 */
import {considerationLeads, requestVerbs} from '../lexicon.js'
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {sampleDocument} from './samples.js'
import {clausesOf, motionsOf} from './tree.js'

const kinds = new Set(considerationLeads.map((lead) => lead.kind))
const verbs = new Set(requestVerbs.map((verb) => verb.verb))

const expectedKinds = `${[...kinds].slice(0, 3).map(code).join(', ')}, …`
const expectedVerbs = `${[...verbs].slice(0, 3).map(code).join(', ')}, …`

/** The `unknown-lead` rule, `warn` by default. */
export const unknownLead = rule(
  {
    id: 'unknown-lead',
    severity: 'warn',
    description: 'Considerations and requests open with a lead phrase from the lexicon (`constaterende`, `verzoekt`, …).',
    examples: [
      {name: 'ok.json', input: sampleDocument()},
      {
        name: 'not-ok.json',
        input: sampleDocument({
          consideration: {kind: 'hopende', lead: 'hopende dat'},
          request: {verb: 'smeekt', lead: 'smeekt het college'}
        }),
        messages: [
          '5:1-5:43: Unexpected lead `hopende dat` (kind `hopende`), expected a lead from the lexicon (`constaterende`, `overwegende`, `van-mening`, …)',
          '7:1-7:44: Unexpected request verb `smeekt` in `smeekt het college`, expected a verb from the lexicon (`verzoekt`, `draagt-op`, `roept-op`, …)'
        ]
      }
    ]
  },
  (tree, file) => {
    for (const motion of motionsOf(tree)) {
      // Every clause under a lead repeats it: report each lead once per motion.
      const seen = new Set<string>()
      for (const clause of clausesOf(motion)) {
        const known = clause.type === 'consideration' ? kinds.has(clause.kind) : verbs.has(clause.verb)
        const key = `${clause.type}\u0000${clause.lead}`
        if (known || seen.has(key)) continue
        seen.add(key)
        const reason =
          clause.type === 'consideration'
            ? `Unexpected lead ${code(clause.lead)} (kind ${code(clause.kind)}), expected a lead from the lexicon (${expectedKinds})`
            : `Unexpected request verb ${code(clause.verb)} in ${code(clause.lead)}, expected a verb from the lexicon (${expectedVerbs})`
        flag(file, reason, clause)
      }
    }
  }
)
