/** The loader hook of `./trace-imports.mjs`: runs off the main thread, so it writes each URL to the file as it loads. */
import {appendFileSync} from 'node:fs'
import process from 'node:process'

export async function load(url, context, next) {
  appendFileSync(process.env.MOTIE_TRACE_FILE, `${url}\n`)
  return next(url, context)
}
