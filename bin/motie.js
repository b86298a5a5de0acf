#!/usr/bin/env node
// The bundle (`npm run build`) runs `src/cli/bin.ts`, loaded with V8's code
// cache by `src/cli/boot.cts`. With `--verbose`, Node's own loader reads it
// instead, and its source maps make stack traces name the TypeScript sources.
// CommonJS (see `package.json` here): an ES module entry would start Node's
// ES module loader, a tenth of a short run.
'use strict'
const {loadBundle} = require('../dist/cli/boot.cjs')

const verbose = process.argv.includes('--verbose')
if (verbose) process.setSourceMapsEnabled(true)
loadBundle('motie', verbose ? 'off' : 'use').run()
