/**
 * `motie schema`: the JSON Schema of the output, generated from the zod schema.
 */
import type {Command} from 'commander'
import {jsonSchema} from '../schema.js'
import type {Io} from './io.js'

const help = `
Examples:
  $ motie schema > motie.schema.json
  $ motie schema | jq -c '.properties | keys'`

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON that `motie parse` writes')
    .addHelpText('after', help)
    .action(() => {
      io.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n')
    })
}
