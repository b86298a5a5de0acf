/**
 * Reading an input without ever holding more than the size limit: a regular
 * file in one go, anything else (a FIFO, a device) chunk by chunk.
 */
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readBounded, readRegularBounded} from '../src/read-bounded.js'

const scratch = mkdtempSync(join(tmpdir(), 'motie-read-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function file(name: string, bytes: number): string {
  const path = join(scratch, name)
  writeFileSync(path, Buffer.alloc(bytes, 0x61))
  return path
}

describe('readRegularBounded', () => {
  it('reads a file whole', () => {
    const path = file('whole.txt', 5000)
    expect(readRegularBounded(path, 5000, 10_000)?.byteLength).toBe(5000)
  })

  it('refuses a file over the limit', () => {
    const path = file('large.txt', 5000)
    expect(readRegularBounded(path, 5000, 4999)).toBeUndefined()
  })

  it('reads a file that grew since `stat`, up to the limit', () => {
    const path = file('grown.txt', 3000)
    expect(readRegularBounded(path, 1000, 10_000)?.byteLength).toBe(3000)
    expect(readRegularBounded(path, 1000, 2000)).toBeUndefined()
  })

  it('reads an empty file', () => {
    expect(readRegularBounded(file('empty.txt', 0), 0, 10)?.byteLength).toBe(0)
  })
})

describe('readBounded', () => {
  it('reads a file whole, or refuses it over the limit', async () => {
    const path = file('chunked.txt', 5000)
    expect((await readBounded(path, 5000))?.byteLength).toBe(5000)
    expect(await readBounded(path, 4999)).toBeUndefined()
  })

  it.skipIf(!existsSync('/dev/zero'))('stops at the limit on a device that never ends', async () => {
    expect(await readBounded('/dev/zero', 100_000)).toBeUndefined()
  })
})
