/**
 * The exit code of a validate run, after unified-engine's `frail` and
 * ESLint's `--max-warnings`.
 */
import type {VFile} from 'vfile'
import {statistics} from 'vfile-statistics'
import {exitCodes} from '../cli/io.js'

/** When warnings fail a run. */
export interface OutcomeOptions {
  /** Warnings fail the run too. */
  frail?: boolean | undefined
  /** More warnings than this fail the run. */
  maxWarnings?: number | undefined
}

/** What a run found, and whether it passes. */
export interface Outcome {
  errors: number
  warnings: number
  /** More warnings than `maxWarnings` allows. */
  tooManyWarnings: boolean
  /** `exitCodes.ok` or `exitCodes.failed`. */
  code: number
}

/**
 * Decide whether a run passes.
 *
 * @param files
 *   Files of the run, with their messages.
 * @param options
 *   `frail` and `maxWarnings`.
 * @returns
 *   Counts and exit code: 1 for any error (including unreadable files), for
 *   warnings under `frail`, or for more warnings than `maxWarnings`; else 0.
 */
export function outcome(files: readonly VFile[], options: Readonly<OutcomeOptions> = {}): Outcome {
  const stats = statistics([...files])
  const tooManyWarnings = options.maxWarnings !== undefined && stats.warn > options.maxWarnings
  const failed = stats.fatal > 0 || (options.frail === true && stats.warn > 0) || tooManyWarnings
  return {errors: stats.fatal, warnings: stats.warn, tooManyWarnings, code: failed ? exitCodes.failed : exitCodes.ok}
}
