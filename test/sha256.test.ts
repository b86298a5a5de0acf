import {describe, expect, it} from 'vitest'

describe('sha256Hex', () => {
  it('gives what Node’s crypto gives, for short inputs in JavaScript and for long ones natively', async () => {
    const {sha256Hex} = await import('../src/sha256.js')
    const {createHash} = await import('node:crypto')
    for (const size of [0, 1, 63, 64, 65, 1000, 512 * 1024 - 1, 512 * 1024, 600_000]) {
      const data = Uint8Array.from({length: size}, (_, index) => (index * 31 + 7) % 256)
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'))
    }
  })
})
