/**
 * The SHA-256 in `source.sha256`: the standard test vectors, and the same
 * digest as Node's own for a motion-sized input.
 */
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {sha256Hex} from '../src/digest.js'

describe('sha256Hex', () => {
  it('gives the standard digests', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('agrees with node:crypto, in JavaScript and past a mebibyte', () => {
    for (const size of [200_003, 3 * 1024 * 1024 + 5]) {
      const data = new Uint8Array(size).map((_, index) => (index * 31) % 251)
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'))
    }
  })
})
