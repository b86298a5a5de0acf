/**
 * Parsing opens no socket and starts no process: every fixture is parsed
 * with the network and process functions of Node replaced by ones that
 * record the call and throw.
 */
import {createRequire, syncBuiltinESMExports} from 'node:module'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../src/parse.js'
import {fixtureInputs} from './util/fixtures.js'

const require = createRequire(import.meta.url)
const guarded: Record<string, string[]> = {
  'node:child_process': ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  'node:net': ['connect', 'createConnection'],
  'node:tls': ['connect'],
  'node:http': ['request', 'get'],
  'node:https': ['request', 'get'],
  'node:dns': ['lookup', 'resolve']
}
const calls: string[] = []
const originals: [Record<string, unknown>, string, unknown][] = []

beforeAll(() => {
  const forbid = (target: Record<string, unknown>, key: string, name: string): void => {
    originals.push([target, key, target[key]])
    target[key] = () => {
      calls.push(name)
      throw new Error(`${name} is not allowed while parsing`)
    }
  }
  for (const [id, names] of Object.entries(guarded)) {
    const module = require(id) as Record<string, unknown>
    for (const name of names) forbid(module, name, `${id}.${name}`)
  }
  const net = require('node:net') as {Socket: {prototype: Record<string, unknown>}}
  forbid(net.Socket.prototype, 'connect', 'net.Socket#connect')
  forbid(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch')
  syncBuiltinESMExports()
})

afterAll(() => {
  for (const [target, key, value] of originals.reverse()) target[key] = value
  syncBuiltinESMExports()
})

describe('parsing is offline and starts nothing', () => {
  it('parses every fixture without a socket, a request or a child process', {timeout: 120_000}, async () => {
    for (const input of fixtureInputs()) await parse(input.data, {path: input.path}).catch(() => undefined)
    expect(calls).toEqual([])
  })

  it('would notice: the guards catch a spawn and a connection made through ES imports', async () => {
    const {spawn} = await import('node:child_process')
    const {connect} = await import('node:net')
    expect(() => spawn('true')).toThrow(/not allowed/)
    expect(() => connect(80, 'example.org')).toThrow(/not allowed/)
    calls.length = 0
  })
})
