/**
 * How the `motie` process loads the bundle (`npm run build`: one CommonJS
 * script per entry and per lazy chunk in `dist/bundle/`), with V8's code
 * cache. Compiling is most of a short run: pdf.js alone is 1.5 MB of
 * JavaScript, and every function a run calls is compiled on its first call.
 * The build runs motie once over sample inputs and stores, per script, the
 * code V8 compiled (`<script>.cache`); a later run hands it to V8, which
 * skips parsing and compiling what the cache holds. Node 20 has no code
 * cache for ES modules, hence scripts.
 *
 * A cache V8 does not accept (another Node, other V8 flags) is ignored and
 * the script compiles as usual; a cache recorded for another build of the
 * script is never offered (size and time of the script are checked). With
 * `--verbose` the scripts load through Node's own `require` instead, which
 * reads their source maps for stack traces.
 *
 * Not bundled, and CommonJS (as `bin/motie.js` is), so that a run starts
 * no ES module loader at all: `bin/motie.js` and the batch workers load it.
 */
import fs = require('node:fs')
import nodeModule = require('node:module')
import path = require('node:path')
import v8 = require('node:v8')
import vm = require('node:vm')

const {existsSync, readFileSync, statSync, writeFileSync} = fs
const {createRequire, Module} = nodeModule
const {dirname, join} = path
type Module = nodeModule.Module

/** `use` a recorded cache, `record` one (the build), or `off` (Node's loader, with source maps). */
type CacheMode = 'use' | 'record' | 'off'

/** `dist/bundle/`, beside this module's `dist/cli/`. */
const bundleDir = join(__dirname, '..', 'bundle')

/** The cache of a script, and the size and time of the script it was recorded for. */
interface Stamp {
  bytes: number
  mtimeMs: number
}

const manifestName = 'code-cache.json'
const wrapperStart = '(function (exports, require, module, __filename, __dirname) {'
const wrapperEnd = '\n})'

/** The scripts loaded so far, by path, and how the first was loaded. */
const loaded = new Map<string, {module: Module; script: vm.Script; cached: boolean; stamp: Stamp}>()
let mode: CacheMode = 'use'
let manifest: Record<string, Stamp> | undefined

/**
 * Load `dist/bundle/<name>.cjs` and return its exports. The first call sets
 * the mode for the process (a worker thread makes its own first call).
 */
function loadBundle(name: string, cacheMode: CacheMode = 'use'): Record<string, unknown> {
  if (loaded.size === 0) {
    mode = cacheMode
    // Regular expressions compiled straight to machine code: by default V8 first interprets each one,
    // and the lexicon's large alternations are so slow to interpret that a short run spent most of its
    // time there; the matches are the same either way. Set first, for every run and for the build alike:
    // V8 takes a cache only under the flags it was recorded with. It holds for worker threads too.
    v8.setFlagsFromString('--no-regexp-tier-up')
  }
  const path = join(bundleDir, `${name}.cjs`)
  if (mode === 'off') return require(path) as Record<string, unknown>
  return load(path).exports as Record<string, unknown>
}

function load(path: string): Module {
  const known = loaded.get(path)
  if (known) return known.module
  const source = readFileSync(path, 'latin1') // the build writes ASCII only
  const stats = statSync(path)
  const stamp = {bytes: stats.size, mtimeMs: stats.mtimeMs}
  const cachedData = mode === 'use' ? recordedCache(path, stamp) : undefined
  // No `import()` in a script: the build turns those of its chunks into `require`, and motie loads packages with `require`.
  const script = new vm.Script(wrapperStart + source + wrapperEnd, {filename: path, cachedData})
  const module = new Module(path)
  module.filename = path
  const require = scriptRequire()
  // Seen by `require.cache` as Node's loader would leave it: one instance per script, whoever asks.
  require.cache[path] = module
  loaded.set(path, {module, script, cached: cachedData !== undefined, stamp})
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, require, module, path, dirname(path))
  module.loaded = true
  return module
}

let shared: NodeJS.Require | undefined
/**
 * `require` for the scripts, which share one folder (and so one `require`): a
 * sibling script through `load`, anything else through Node.
 */
function scriptRequire(): NodeJS.Require {
  if (shared) return shared
  const node = createRequire(join(bundleDir, 'motie.cjs'))
  const own = ((id: string) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(bundleDir, id)).exports : node(id))) as NodeJS.Require
  return (shared = Object.assign(own, {resolve: node.resolve, cache: node.cache, main: node.main, extensions: node.extensions}))
}

function recordedCache(path: string, stamp: Stamp): Buffer | undefined {
  manifest ??= readManifest()
  const recorded = manifest[baseName(path)]
  if (!recorded || recorded.bytes !== stamp.bytes || recorded.mtimeMs !== stamp.mtimeMs) return undefined
  const file = `${path.slice(0, -'.cjs'.length)}.cache`
  return existsSync(file) ? readFileSync(file) : undefined
}

function readManifest(): Record<string, Stamp> {
  try {
    return JSON.parse(readFileSync(join(bundleDir, manifestName), 'utf8')) as Record<string, Stamp>
  } catch {
    return {}
  }
}

/**
 * Record mode: write the code V8 compiled for each script loaded so far
 * (including the functions that ran), and the manifest. Returns the names.
 */
function writeCodeCaches(): string[] {
  const written: Record<string, Stamp> = {}
  for (const [path, {script, stamp}] of loaded) {
    writeFileSync(`${path.slice(0, -'.cjs'.length)}.cache`, script.createCachedData())
    written[baseName(path)] = stamp
  }
  writeFileSync(join(bundleDir, manifestName), `${JSON.stringify(written, null, 2)}\n`)
  return Object.keys(written)
}

/** Each script loaded so far, and whether V8 took its cache (`undefined`: none was offered). */
function codeCacheUse(): Record<string, boolean | undefined> {
  return Object.fromEntries([...loaded].map(([path, {script, cached}]) => [baseName(path), cached ? !script.cachedDataRejected : undefined]))
}

function baseName(path: string): string {
  return path.slice(bundleDir.length + 1)
}

export = {loadBundle, writeCodeCaches, codeCacheUse}
