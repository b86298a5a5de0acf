/**
 * `motie schema`: the JSON Schema of the output, generated from the zod schema
 * (loaded only when the command runs).
 */
import type {Command} from 'commander'
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
    .action(async () => {
      const {jsonSchema} = await import('../schema.js')
      io.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n')
    })
}
