/**
 * Whether to colour what goes to a stream, by the conventions that most
 * command-line tools follow: `FORCE_COLOR` (any value but `0` or `false`)
 * forces colour, even into a pipe; else `NO_COLOR` (any value but empty,
 * https://no-color.org) turns it off; else colour goes only to a terminal
 * that is not `TERM=dumb`.
 */
import type {Io, Writable} from './io.js'

export function wantsColor(stream: Pick<Writable, 'isTTY'>, env: Io['env']): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env['NO_COLOR']) return false
  return stream.isTTY === true && env['TERM'] !== 'dumb'
}
