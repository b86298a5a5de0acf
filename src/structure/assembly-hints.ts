/**
 * The assembly of a motion without a preamble, guessed from the words of its
 * text (`Verzoekt het college`, `Ingediend in de raadsvergadering van …`).
 */
import {assemblyHints} from '../lexicon.js'
import {alternation, loose} from '../patterns.js'
import type {AssemblyType} from '../schema.js'
import {lettersRegExp} from '../letters.js'

const hintRes = assemblyHints.map(({type, words}) => ({
  type,
  re: lettersRegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words, loose)})(?![\\p{L}\\p{N}])`, 'giu')
}))

/** The assembly type most words of `text` point to; undefined when none do or two tie. */
export function hintedAssembly(text: string): AssemblyType | undefined {
  const counts = hintRes.map(({type, re}) => ({type, count: [...text.matchAll(re)].length})).sort((a, b) => b.count - a.count)
  const [first, second] = counts
  if (!first || first.count === 0 || first.count === second?.count) return undefined
  return first.type
}
