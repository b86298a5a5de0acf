#!/usr/bin/env node
/**
 * The lean build of the CLI, in two steps.
 *
 * 1. esbuild bundles `src/cli/bin.ts` (the `motie` process) and
 *    `src/batch/worker.ts` (a batch worker thread), minified, with a chunk
 *    per part that is loaded with `import()` (a command's run, a reader, an
 *    emitter, the validator, pdf.js), as ES modules: only that format splits.
 * 2. Each output becomes a CommonJS script in `dist/bundle/` (`<name>.cjs`,
 *    source maps chained back to the TypeScript): V8 caches the compiled
 *    code of scripts, not of ES modules, in Node 20. `src/cli/boot.cts` loads
 *    them; `scripts/code-cache.js` then records their code cache.
 *
 * One file instead of dozens saves Node resolving, reading and compiling
 * each module on every start. Left out, loaded from `node_modules` as they
 * are: the canvas and Tesseract (native code, WebAssembly, worker scripts of
 * their own) and piscina (starts workers from its own files). `npm run build`
 * runs this after `tsc`, whose `dist/` stays the library (`dist/index.js`)
 * and its types.
 */
import {build} from 'esbuild'
import {readFile, rm, writeFile} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = join(root, 'dist', 'bundle')

/**
 * commander `require`s `child_process` on load, for subcommands that are
 * programs of their own, which motie has none of: loading it (with `net` and
 * `dgram`) took a tenth of `motie --version`. Its `child_process` is a
 * stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({filter: /^(?:node:)?child_process$/}, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? {path: 'child_process', namespace: 'lazy-builtin'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, () => ({
      contents: "let real; module.exports = new Proxy({}, {get: (_, key) => (real ??= require('node:child_process'))[key]})",
      loader: 'js'
    }))
  }
}

// esbuild's tables doubt Node 20 on `\p{…}` in regular expressions and would rewrite every such literal as
// `new RegExp(…)`, built anew on each call (some run once per word).
const supported = {'regexp-unicode-property-escapes': true}

const staging = join(root, 'dist', 'bundle-esm')
await rm(outdir, {recursive: true, force: true})
await rm(staging, {recursive: true, force: true})
const modules = await build({
  absWorkingDir: root,
  entryPoints: {motie: 'src/cli/bin.ts', 'batch-worker': 'src/batch/worker.ts'},
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported,
  // pdf.js inflates each stream through a web `DecompressionStream` where there is one. Node's is web
  // streams over zlib, and setting those up costs more than the inflating for the many small streams of a
  // motion (an eighth of a batch of PDFs); without it pdf.js inflates in JavaScript, to the same bytes.
  define: {DecompressionStream: 'undefined'},
  minify: true,
  charset: 'ascii',
  sourcemap: 'linked',
  metafile: true,
  plugins: [lazyChildProcess],
  external: ['@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/*', 'piscina'],
  logLevel: 'warning'
})

// ES modules to scripts; `import.meta.url` becomes the script's own URL.
const outputs = Object.keys(modules.metafile.outputs).filter((output) => output.endsWith('.js'))
const scripts = await build({
  absWorkingDir: root,
  entryPoints: outputs,
  outdir,
  outExtension: {'.js': '.cjs'},
  bundle: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  charset: 'ascii',
  sourcemap: 'linked',
  // `import.meta.url` as a getter: most chunks never ask, and making the URL is a tenth of a millisecond each.
  supported,
  define: {'import.meta.url': '__motieMeta.url'},
  banner: {js: 'var __motieMeta={get url(){return require("node:url").pathToFileURL(__filename).href}};'},
  metafile: true,
  logLevel: 'warning'
})
await rm(staging, {recursive: true, force: true})

// A chunk `import()`s its siblings by `.js` name: point those at the scripts. And ASCII only, which
// `boot.cts` reads faster than UTF-8: esbuild leaves a few characters in regular expressions as they are,
// and a `\uXXXX` escape means the same there, in strings and in identifiers (and nothing in comments).
for (const output of Object.keys(scripts.metafile.outputs).filter((name) => name.endsWith('.cjs'))) {
  const path = join(root, output)
  const code = await readFile(path, 'utf8')
  const fixed = code
    .replace(/\bimport\("(\.\/[\w.-]+)\.js"\)/g, 'Promise.resolve().then(()=>require("$1.cjs"))')
    .replace(/\brequire\("(\.\/[\w.-]+)\.js"\)/g, 'require("$1.cjs")')
    .replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (fixed !== code) await writeFile(path, fixed, 'latin1')
}

// Which sources each script holds: the import-graph test reads what a run loaded through it.
const meta = {outputs: {}}
for (const [output, value] of Object.entries(modules.metafile.outputs)) {
  if (!output.endsWith('.js')) continue
  meta.outputs[join('dist', 'bundle', basename(output, '.js') + '.cjs')] = {inputs: value.inputs}
}
await writeFile(join(outdir, 'meta.json'), JSON.stringify(meta))

// piscina starts a worker from a module file: this one loads the worker's script the same way. CommonJS,
// like every file here, so that a worker thread starts no ES module loader either.
await writeFile(join(outdir, 'package.json'), '{\n  "type": "commonjs"\n}\n')
// With `--verbose` (see `src/batch/pool.ts`), it turns source maps on and loads through Node's `require`.
await writeFile(
  join(outdir, 'worker.js'),
  "'use strict'\nconst verbose = process.env.MOTIE_SOURCE_MAPS === '1'\nif (verbose) process.setSourceMapsEnabled(true)\nmodule.exports = require('../cli/boot.cjs').loadBundle('batch-worker', verbose ? 'off' : 'use').default\n"
)
