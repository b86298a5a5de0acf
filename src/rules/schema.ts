/**
 * `schema`: a JSON document that does not match the current schema, for
 * example one written by an older motie or edited by hand. The path of each
 * zod issue says where.
 */
import {schemaVersion} from '../schema-values.js'
import {formatPath} from '../validate/zod-path.js'
import {code, flag} from './flag.js'
import {rule} from './rule.js'
import {sampleDocument} from './samples.js'

/** The `schema` rule, `error` by default. */
export const schema = rule(
  {
    id: 'schema',
    severity: 'error',
    description: `A \`.json\` file is a motie document that matches the current schema (${schemaVersion}); \`motie schema\` prints it.`,
    examples: [
      {name: 'ok.json', input: sampleDocument()},
      {
        name: 'not-ok.json',
        input: sampleDocument({date: '3 maart 2021'}),
        messages: ['1:1: Unexpected value at `motions[0].date`, expected a motie 1.0 document (Invalid ISO date)'],
        positionless: true
      }
    ]
  },
  (tree, file) => {
    for (const issue of tree.schemaIssues) {
      flag(file, `Unexpected value at ${code(formatPath(issue.path))}, expected a motie ${schemaVersion} document (${issue.message})`, null, {
        note: 'Parse the source again with this version of motie, or run `motie schema` to see what is expected.'
      })
    }
  }
)
