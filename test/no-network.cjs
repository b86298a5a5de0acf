// Preloaded (`--require`) into a motie process and its worker threads: any attempt to open a socket,
// resolve a name or fetch ends the process with exit code 97, so a test sees it.
const net = require('node:net')
const dns = require('node:dns')
const fail = (what) => () => {
  process.stderr.write(`network used: ${what}\n`)
  process.exit(97)
}
net.Socket.prototype.connect = fail('socket')
net.connect = net.createConnection = fail('net.connect')
dns.lookup = fail('dns.lookup')
dns.promises.lookup = fail('dns.promises.lookup')
globalThis.fetch = fail('fetch')
