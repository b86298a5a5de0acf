/**
 * pdf.js, loaded once per thread, as cheaply as text extraction allows.
 *
 * - The worker code runs in this thread (pdf.js’s “fake worker”, the only
 *   kind it has in Node), parsed once: it is imported here beside the API
 *   and handed over as `globalThis.pdfjsWorker`, so that the build bundles
 *   both into scripts V8 can cache (`cli/boot.cts`) and pdf.js never
 *   imports a file by a path of its own.
 * - No canvas until a page is drawn. On import pdf.js `require`s
 *   `@napi-rs/canvas`, a native module that takes longer to load than the
 *   rest of a parse, only to polyfill `DOMMatrix`, `ImageData` and `Path2D`.
 *   While pdf.js loads, the module cache holds a stand-in: `DOMMatrix` is the
 *   package’s own pure-JavaScript class, the other two load the real canvas
 *   when a page is drawn (OCR). Anything else asked of the stand-in loads
 *   the real module too, so nothing can get a broken canvas; a second copy
 *   of the native module is never loaded.
 * - No HTTP client. On import pdf.js polyfills `Response.prototype.bytes`
 *   if it is missing, and in Node the first touch of `Response` loads undici
 *   with http, http2, tls and zlib: a tenth of a one-page PDF run, for a
 *   method that Node 20.19 and later have anyway and that text extraction
 *   never calls. While pdf.js loads, the global `Response` is a stand-in
 *   that has it; Node's own lazy `Response` is back as soon as pdf.js is in.
 */
import {createRequire} from 'node:module'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

// The legacy build is the one that supports Node 20; minified, it loads faster.
let pdfjs: Promise<PdfJs> | undefined

/** Load pdf.js once; later calls reuse it. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= load()
  return pdfjs
}

async function load(): Promise<PdfJs> {
  const require = createRequire(import.meta.url)
  const canvasPath = require.resolve('@napi-rs/canvas')
  const standIn = require.cache[canvasPath] === undefined
  if (standIn) require.cache[canvasPath] = canvasStandIn(require, canvasPath)
  const restoreResponse = responseStandIn()
  try {
    // Literal specifiers, so that the build bundles both; the worker code is handed over, not imported by pdf.js.
    const [api, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs') as Promise<PdfJs>, import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')])
    ;(globalThis as {pdfjsWorker?: unknown}).pdfjsWorker = worker
    return api
  } finally {
    restoreResponse()
    if (standIn && require.cache[canvasPath]?.id === standInId) delete require.cache[canvasPath]
  }
}

/** Put a stand-in in place of Node's lazily loaded `Response`, if it has not loaded; returns the function that undoes it. */
function responseStandIn(): () => void {
  const lazy = Object.getOwnPropertyDescriptor(globalThis, 'Response')
  if (!lazy?.get || !lazy.configurable) return () => undefined
  function Response(): never {
    throw new Error('pdf.js used `Response` while it loaded')
  }
  Response.prototype.bytes = function bytes(): never {
    throw new Error('pdf.js used `Response` while it loaded')
  }
  Object.defineProperty(globalThis, 'Response', {configurable: true, enumerable: lazy.enumerable ?? false, value: Response})
  return () => Object.defineProperty(globalThis, 'Response', lazy)
}

const standInId = 'motie:canvas-stand-in'

type Canvas = Record<string | symbol, unknown>

/** A module-cache entry that gives pdf.js what it polyfills with, and loads the real canvas for anything else. */
function canvasStandIn(require: NodeJS.Require, path: string): NodeJS.Module {
  const real = (): Canvas => {
    if (require.cache[path]?.id === standInId) delete require.cache[path]
    return require(path) as Canvas
  }
  const {DOMMatrix} = require(path.replace(/index\.js$/, 'geometry.js')) as {DOMMatrix: unknown}
  const own: Canvas = {DOMMatrix, ImageData: lazyClass(() => real()['ImageData']), Path2D: lazyClass(() => real()['Path2D'])}
  const exports = new Proxy(own, {get: (target, key) => (key in target ? target[key] : real()[key])})
  return {id: standInId, filename: path, loaded: true, exports, children: [], paths: []} as unknown as NodeJS.Module
}

/** A class that constructs, and recognises, instances of the class `load` gives, loaded on first use. */
function lazyClass(load: () => unknown): unknown {
  const target = (): new (...args: unknown[]) => object => load() as new (...args: unknown[]) => object
  function Lazy(...args: unknown[]): object {
    return new (target())(...args)
  }
  Object.defineProperty(Lazy, Symbol.hasInstance, {value: (value: unknown) => value instanceof target()})
  return Lazy
}
