/**
 * The SHA-256 of an input, as `source.sha256` has it and `--skip-unchanged`
 * compares it. In JavaScript (@noble/hashes) for the usual motion of a few
 * kilobytes: loading `node:crypto` sets up 17 modules, a fortieth of a
 * one-file run. Past a mebibyte, hashing in JavaScript costs more than that
 * load, and `node:crypto` hashes.
 */
import process from 'node:process'
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

const nativeFrom = 1024 * 1024

/** The SHA-256 of `data`, in lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  if (data.byteLength < nativeFrom) return bytesToHex(sha256(data))
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex')
}
