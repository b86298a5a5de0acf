/**
 * The SHA-256 of an input, in hex, as `source.sha256` records it.
 *
 * A short input is hashed in JavaScript (`@noble/hashes`): loading Node's
 * `crypto` module took longer than parsing a one-page motion. A long one goes
 * to Node's native code, which is several times faster once it is loaded.
 */
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

/** From this size on, loading `crypto` costs less than hashing in JavaScript. */
const nativeFrom = 512 * 1024

export function sha256Hex(data: Uint8Array): string {
  if (data.byteLength < nativeFrom) return bytesToHex(sha256(data))
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex')
}
