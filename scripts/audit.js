#!/usr/bin/env node
/**
 * `npm run audit` (part of `npm test`): the runtime dependencies must have no
 * known vulnerability rated high or critical (`npm audit --omit=dev`).
 *
 * Where the registry's audit service cannot be reached (an offline machine, a
 * mirror without it) the check says so and passes, unless
 * MOTIE_AUDIT_REQUIRED=1, as CI sets it (.ci/run): there it must run.
 */
import {spawnSync} from 'node:child_process'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], {encoding: 'utf8', timeout: 120_000})
let report
try {
  report = JSON.parse(result.stdout)
} catch {
  report = undefined
}
const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const why = String(report?.error?.summary || report?.message || result.stderr || 'no answer').trim().split('\n')[0]
  const required = process.env.MOTIE_AUDIT_REQUIRED === '1'
  console.error(`audit: ${required ? 'error' : 'skipped'}: the audit service cannot be reached (${why})`)
  process.exit(required ? 1 : 0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
const names = Object.values(report.vulnerabilities ?? {})
  .filter((entry) => entry.severity === 'high' || entry.severity === 'critical')
  .map((entry) => `${entry.name} (${entry.severity})`)
console.error(`audit: ${serious === 0 ? 'ok' : 'failed'}: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low${names.length ? `: ${names.join(', ')}` : ''}`)
process.exit(serious === 0 ? 0 : 1)
