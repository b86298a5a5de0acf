#!/usr/bin/env node
// The bundle (`npm run build`: one minified ES module per entry, with lazy
// chunks) runs `src/cli/bin.ts`. Source maps make `--verbose` stack traces
// name the TypeScript sources; reading them costs time, so only then.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true)
await import('../dist/bundle/motie.js')
