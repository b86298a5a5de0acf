/**
 * Read a file, but never more than a limit: a FIFO, `/dev/zero` or a file
 * that grows while it is read reports size 0 (or a stale size) to `stat`, so
 * the size check alone cannot keep it out of memory.
 */
import {closeSync, openSync, readSync} from 'node:fs'
import {close, open, read} from './files.js'

/** The bytes of `path`, or `undefined` when it holds more than `maxBytes`. */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const fd = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total))
      const {bytesRead} = await read(fd, chunk, 0, chunk.length, null)
      if (bytesRead === 0) return Buffer.concat(chunks, total)
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) return undefined
    }
  } finally {
    await close(fd)
  }
}

/**
 * {@link readBounded} in one go, for a regular file of `size` bytes as `stat`
 * saw it: such a read never waits on a writer, and four round trips through
 * Node's thread pool were a fifth of the time a batch spent per small file.
 */
export function readRegularBounded(path: string, size: number, maxBytes: number): Uint8Array | undefined {
  const fd = openSync(path, 'r')
  try {
    // One byte more than `stat` saw tells a file that grew since.
    let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) return undefined
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total))])
      }
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null)
      if (bytesRead === 0) return buffer.subarray(0, total)
      total += bytesRead
      if (total > maxBytes) return undefined
    }
  } finally {
    closeSync(fd)
  }
}
