/**
 * The SHA-256 of an input, as `source.sha256` has it and `--skip-unchanged`
 * compares it. JavaScript (@noble/hashes) rather than `node:crypto`: loading
 * that sets up 17 modules, a fortieth of a one-file run, for one hash of a
 * few kilobytes.
 */
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

/** The SHA-256 of `data`, in lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  return bytesToHex(sha256(data))
}
