/**
 * Regular expressions compiled straight to machine code, for a run that
 * parses. By default V8 first interprets each one, and motie's large
 * case-insensitive alternations (the lexicon) are so slow to interpret that
 * a short run spent most of its time there; the matches are the same either
 * way. The flag holds for the whole process, worker threads included; set by
 * the commands that parse, so that `--version` and `--help` load no `v8`.
 */
import {setFlagsFromString} from 'node:v8'

let set = false

export function compileRegExpsAtOnce(): void {
  if (set) return
  set = true
  setFlagsFromString('--no-regexp-tier-up')
}
