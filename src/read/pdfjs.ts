/**
 * pdf.js, loaded once per thread, as cheaply as text extraction allows.
 *
 * - The worker code runs in this thread (pdf.js’s “fake worker”, the only
 *   kind it has in Node), parsed once: it is imported here beside the API,
 *   from the same minified build that `workerSrc` then names, so pdf.js’s
 *   own `import()` of it on the first document finds it loaded. (Handing it
 *   over as `globalThis.pdfjsWorker` instead kept more heap over 1,000
 *   parses, and loads nothing less.)
 * - No canvas until a page is drawn. On import pdf.js `require`s
 *   `@napi-rs/canvas`, a native module that takes longer to load than the
 *   rest of a parse, only to polyfill `DOMMatrix`, `ImageData` and `Path2D`.
 *   While pdf.js loads, the module cache holds a stand-in: `DOMMatrix` is the
 *   package’s own pure-JavaScript class, the other two load the real canvas
 *   when a page is drawn (OCR). Anything else asked of the stand-in loads
 *   the real module too, so nothing can get a broken canvas; a second copy
 *   of the native module is never loaded.
 */
import {createRequire} from 'node:module'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

/** The builds used: the legacy build is the one that supports Node 20; minified, it loads faster. */
const apiSpecifier = 'pdfjs-dist/legacy/build/pdf.min.mjs'
const workerSpecifier = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'

let pdfjs: Promise<PdfJs> | undefined

/** Load pdf.js once; later calls reuse it. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= load()
  return pdfjs
}

async function load(): Promise<PdfJs> {
  const require = createRequire(import.meta.resolve(apiSpecifier))
  const canvasPath = require.resolve('@napi-rs/canvas')
  const standIn = require.cache[canvasPath] === undefined
  if (standIn) require.cache[canvasPath] = canvasStandIn(require, canvasPath)
  try {
    const workerUrl = import.meta.resolve(workerSpecifier)
    // Both load at once; pdf.js's own `import()` of the worker code then finds it in the module map.
    const [api] = await Promise.all([import(apiSpecifier) as Promise<PdfJs>, import(workerUrl)])
    api.GlobalWorkerOptions.workerSrc = workerUrl
    return api
  } finally {
    if (standIn && require.cache[canvasPath]?.id === standInId) delete require.cache[canvasPath]
  }
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
