/**
 * The file calls motie makes, as promises, from `node:fs`'s callback API.
 * `node:fs/promises` would load eight more of Node's modules (readline,
 * streams, file watchers) on the way to a `stat`: a thirtieth of a one-file
 * run.
 */
import fs from 'node:fs'
import {promisify} from 'node:util'

export const access = promisify(fs.access)
export const close = promisify(fs.close)
export const link = promisify(fs.link)
export const mkdir = promisify(fs.mkdir)
export const open = promisify(fs.open)
/** Resolves to `{bytesRead, buffer}`. */
export const read = promisify(fs.read)
export const readFile = promisify(fs.readFile)
export const readdir = promisify(fs.readdir)
export const realpath = promisify(fs.realpath)
export const rename = promisify(fs.rename)
export const rm = promisify(fs.rm)
export const stat = promisify(fs.stat)
export const writeFile = promisify(fs.writeFile)
