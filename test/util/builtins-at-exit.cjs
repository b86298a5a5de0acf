/**
 * `node --require ./test/util/builtins-at-exit.cjs …`: writes Node's own
 * modules that the process loaded to the file named by `MOTIE_TRACE_FILE`,
 * one a line, when it exits. CommonJS and nothing else, so that the trace
 * holds only what the run loaded (`trace-imports.mjs` starts the ES module
 * loader, which loads some of them itself).
 */
'use strict'
const {writeFileSync} = require('node:fs')

const file = process.env.MOTIE_TRACE_FILE
if (file) {
  process.on('exit', () => {
    const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length))
    writeFileSync(file, builtins.map((name) => `${name}\n`).join(''))
  })
}
