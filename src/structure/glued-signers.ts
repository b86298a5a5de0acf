/**
 * Signers that a PDF renderer ran into the last clause (`… te verwerken in de
 * begroting Dorien Verbree (VVD)` / `Joost Bleijie (CDA) Pieter Krol (CU)`):
 * the line is cut where the names begin, so that the names start a block of
 * their own below the body, one line per signer.
 */
import {isBlank, type Line} from '../read/line.js'

/** One `Name (Party)`: a few capitalised words or name particles, then a short bracketed party. */
const pair = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|van|de|der|den|ter|ten|te|in|’t|'t|el|al)){1,4}\s*\([^()]{1,30}\)`
const pairRe = new RegExp(pair, 'gu')
const pairsOnlyRe = new RegExp(String.raw`^(?:${pair}\s*)+$`, 'u')
const trailingPairsRe = new RegExp(String.raw`(?<=\p{Ll}[.;,]?)\s+((?:${pair}\s*)+)$`, 'u')

export function splitGluedSigners(lines: readonly Line[]): Line[] {
  const content = lines.flatMap((line, index) => (isBlank(line) ? [] : [index]))
  // The lines at the end that hold only names and parties.
  let first = content.length
  while (first > 0 && pairsOnlyRe.test(lines[content[first - 1]!]!.text.trim())) first--
  if (first === content.length || first === 0) return [...lines]
  const at = content[first - 1]!
  const line = lines[at]!
  const match = trailingPairsRe.exec(line.text.trimEnd())
  if (!match) return [...lines]
  const cut = match.index + match[0].length - match[1]!.length
  const {refs, ...rest} = line
  const head: Line = {...rest, text: line.text.slice(0, cut).trimEnd()}
  const tail: Line = {...rest, text: line.text.slice(cut), column: line.column + cut, blockStart: true}
  if (refs) {
    head.refs = refs.filter((ref) => ref.index < cut)
    tail.refs = refs.filter((ref) => ref.index >= cut).map((ref) => ({...ref, index: ref.index - cut}))
  }
  const signers = [tail, ...lines.slice(at + 1)].flatMap((signer) => (isBlank(signer) ? [signer] : perPair(signer)))
  return [...lines.slice(0, at), head, ...signers]
}

/** A line of several `Name (Party)`, one line each, as the signers stand when printed apart. */
function perPair(line: Line): Line[] {
  const pairs = [...line.text.matchAll(pairRe)]
  if (pairs.length < 2) return [line]
  return pairs.map((match) => ({...line, text: match[0], column: line.column + match.index, refs: [], blockStart: true}))
}
