#!/usr/bin/env node
/**
 * The lean build of the CLI: esbuild bundles `src/cli/bin.ts` (the `motie`
 * process) and `src/batch/worker.ts` (a batch worker thread) into
 * `dist/bundle/`, one minified ES module per entry and a chunk per part
 * that is loaded with `import()` (a command's run, a reader, an emitter, the
 * validator), with source maps for `--verbose`. One file instead of dozens
 * saves Node resolving, reading and compiling each module on every start.
 *
 * Left out, loaded from `node_modules` as they are: pdf.js (already
 * minified; it finds its fonts and CMaps from its own path), the canvas and
 * Tesseract (native code, WebAssembly, worker scripts of their own) and
 * piscina (starts workers from its own files). `npm run build` runs this after
 * `tsc`, whose `dist/` stays the library (`dist/index.js`) and its types.
 */
import {build} from 'esbuild'
import {rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
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

await rm(outdir, {recursive: true, force: true})
const result = await build({
  absWorkingDir: root,
  entryPoints: {motie: 'src/cli/bin.ts', worker: 'src/batch/worker.ts'},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  plugins: [lazyChildProcess],
  external: ['pdfjs-dist', '@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/*', 'piscina'],
  // Bundled CommonJS packages (commander, …) `require` Node's modules: give ES modules a `require`.
  banner: {js: "import{createRequire as __motieRequire}from'node:module';const require=__motieRequire(import.meta.url);"},
  logLevel: 'warning'
})
// Which sources each output holds: the import-graph test reads what a run loaded through it.
await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile))
