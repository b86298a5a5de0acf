/**
 * Bytes → text. Archives hold UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Windows “Unicode” exports) and Windows-1252 (older Word/Notepad files).
 */
import {MotieError} from '../errors.js'

export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
}

export function decodeText(data: Uint8Array): Decoded {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return {text: decode('utf-8', data.subarray(3)), encoding: 'utf-8'}
  }
  if (data[0] === 0xff && data[1] === 0xfe) return {text: decode('utf-16le', data.subarray(2)), encoding: 'utf-16le'}
  if (data[0] === 0xfe && data[1] === 0xff) return {text: decode('utf-16be', data.subarray(2)), encoding: 'utf-16be'}

  if (looksBinary(data)) throw new MotieError('BINARY', 'Cannot parse: the file is binary, not text')

  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(data), encoding: 'utf-8'}
  } catch {
    // Not valid UTF-8: the single-byte encoding of older Dutch archives.
    return {text: decode('windows-1252', data), encoding: 'windows-1252'}
  }
}

function decode(encoding: string, data: Uint8Array): string {
  return new TextDecoder(encoding).decode(data)
}

/** NUL bytes or many control characters in the first 8 KiB: not a text file. */
function looksBinary(data: Uint8Array): boolean {
  const head = data.subarray(0, 8192)
  let control = 0
  for (const byte of head) {
    if (byte === 0) return true
    // Allow tab, LF, FF, CR and ESC-free text; count the other C0 controls.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++
  }
  return control > head.length / 10
}
