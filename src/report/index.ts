/**
 * Reporters by name, and where the CLI prints each: the human report is for
 * people and goes to stderr; the others are data and go to stdout, so that
 * `motie validate --reporter sarif . > motie.sarif` stays clean.
 */
import {github} from './github.js'
import {human} from './human.js'
import {json} from './json.js'
import type {Reporter} from './rows.js'
import {sarif} from './sarif.js'

export type {ReportOptions, Reporter, RuleInfo} from './rows.js'

import type {ReporterName} from './names.js'

export {reporterNames, type ReporterName} from './names.js'

/** Each reporter, and the stream the CLI writes it to. */
export const reporters: Readonly<Record<ReporterName, {report: Reporter; stream: 'stdout' | 'stderr'}>> = {
  human: {report: human, stream: 'stderr'},
  json: {report: json, stream: 'stdout'},
  github: {report: github, stream: 'stdout'},
  sarif: {report: sarif, stream: 'stdout'}
}
