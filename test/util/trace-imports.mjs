/**
 * `node --import ./test/util/trace-imports.mjs …`: writes every module the
 * process loads to the file named by `MOTIE_TRACE_FILE`, one URL or path a
 * line: ES modules as they load (a loader hook), CommonJS modules and the
 * native ones they bring from `require`'s cache when the process exits, and
 * Node's own modules (`node:internal/…` too) from its load list.
 */
import {appendFileSync} from 'node:fs'
import {createRequire, register} from 'node:module'
import process from 'node:process'

const file = process.env.MOTIE_TRACE_FILE
if (file) {
  register(new URL('./trace-hooks.mjs', import.meta.url))
  const require = createRequire(import.meta.url)
  process.on('exit', () => {
    const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => `node:${entry.slice('NativeModule '.length)}`)
    const paths = [...Object.keys(require.cache), ...builtins]
    if (paths.length > 0) appendFileSync(file, paths.map((path) => `${path}\n`).join(''))
  })
}
