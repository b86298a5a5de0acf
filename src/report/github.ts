/**
 * `--reporter github`: GitHub Actions workflow commands, which show as
 * annotations on the files of a pull request.
 *
 * GitHub shows at most 10 errors and 10 warnings of a step as annotations
 * (the rest only in the log), so a notice says so when there are more.
 */
import {pluralize, toRows, type Reporter, type Row} from './rows.js'

/** Annotations GitHub shows per step, for each of errors and warnings. */
export const annotationLimit = 10

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** The GitHub reporter. */
export const github: Reporter = (files, options) => {
  const rows = toRows(files, options)
  const lines = rows.map((row) => annotation(row))
  const errors = rows.filter((row) => row.severity === 'error').length
  const warnings = rows.filter((row) => row.severity === 'warning').length
  if (errors > annotationLimit || warnings > annotationLimit) {
    const message = `GitHub shows ${annotationLimit} errors and ${annotationLimit} warnings per step as annotations; motie found ${pluralize(errors, 'error')} and ${pluralize(warnings, 'warning')}, all listed in the log`
    lines.push(`::notice title=motie::${escapeData(message)}`)
  }
  return lines.map((line) => line + '\n').join('')
}

function annotation(row: Row): string {
  const properties = [`file=${escapeProperty(row.file)}`]
  if (row.line !== null) properties.push(`line=${row.line}`)
  if (row.column !== null) properties.push(`col=${row.column}`)
  if (row.endLine !== null) properties.push(`endLine=${row.endLine}`)
  if (row.endColumn !== null) properties.push(`endColumn=${row.endColumn}`)
  properties.push(`title=${escapeProperty(row.message.ruleId ?? 'motie')}`)
  const page = row.page === null ? '' : ` (page ${row.page})`
  return `::${commands[row.severity]} ${properties.join(',')}::${escapeData(row.message.reason + page)}`
}

/** Escaping of a command's message, as in `@actions/core`. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escaping of a property value, as in `@actions/core`. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
