import {describe, expect, it} from 'vitest'
import {joinWrapped} from '../src/wrap.js'

/** The joined text of two wrapped lines. */
function join(left: string, right: string): string {
  const joint = joinWrapped(left, right)
  return joint.left + joint.separator + right
}

describe('joinWrapped', () => {
  it.each([
    ['levensbeschouwe-', 'lijke vorming', 'levensbeschouwelijke vorming'],
    ['voor AOW-', 'gerechtigden', 'voor AOW-gerechtigden'],
    ['provincie Noord-', 'Holland', 'provincie Noord-Holland'],
    ['een huis-aan-', 'huiskrant', 'een huis-aan-huiskrant'],
    ['zorg-', 'en welzijn', 'zorg- en welzijn'],
    ['zie https://www.utrecht.nl/', 'beleid/fiets.pdf', 'zie https://www.utrecht.nl/beleid/fiets.pdf'],
    ['zie https://www.utrecht.nl/', 'voor de cijfers', 'zie https://www.utrecht.nl/ voor de cijfers'],
    ['het college', 'te verzoeken', 'het college te verzoeken']
  ])('%s + %s', (left, right, expected) => {
    expect(join(left, right)).toBe(expected)
  })
})
