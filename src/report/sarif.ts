/**
 * `--reporter sarif`: SARIF 2.1.0, for GitHub code scanning and other tools.
 *
 * Rules are listed in `tool.driver.rules` in the order given, so that rule
 * ids and indices are stable from run to run. Lines in a PDF are counted
 * from the top of their page and mean nothing as a text region of the PDF
 * file, so there the region goes in `properties`, beside the page.
 *
 * The log is typed with `@types/sarif`, generated from the SARIF 2.1.0
 * schema, so the compiler checks every field name and value.
 */
import type * as Sarif from 'sarif'
import {toRows, type Reporter, type Row, type RuleInfo} from './rows.js'

const levels: Readonly<Record<Row['severity'], Sarif.Result.level>> = {error: 'error', warning: 'warning', info: 'note'}

/** The SARIF reporter. */
export const sarif: Reporter = (files, options) => {
  const rules = options?.rules ?? []
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'motie',
            ...(options?.version ? {version: options.version} : {}),
            informationUri: 'https://github.com/motie/motie',
            rules: rules.map((rule) => descriptor(rule))
          }
        },
        columnKind: 'utf16CodeUnits',
        results: toRows(files, options).map((row) => result(row, index))
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function descriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    // SARIF suggests a PascalCase name beside the id.
    name: rule.id.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: {text: rule.description},
    helpUri: rule.url,
    defaultConfiguration: {level: rule.severity === 'info' ? 'note' : rule.severity === 'warn' ? 'warning' : 'error'}
  }
}

function result(row: Row, index: ReadonlyMap<string, number>): Sarif.Result {
  const ruleId = row.message.ruleId
  const ruleIndex = ruleId === undefined ? undefined : index.get(ruleId)
  const region: Sarif.Region | undefined =
    row.line === null
      ? undefined
      : {
          startLine: row.line,
          ...(row.column === null ? {} : {startColumn: row.column}),
          ...(row.endLine === null ? {} : {endLine: row.endLine}),
          ...(row.endColumn === null ? {} : {endColumn: row.endColumn})
        }
  const pdf = /\.pdf$/i.test(row.file)
  const properties = {...(row.page === null ? {} : {page: row.page}), ...(region && pdf ? {region} : {})}
  return {
    ...(ruleId === undefined ? {} : {ruleId}),
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: levels[row.severity],
    message: {text: row.message.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri: row.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'},
          ...(region && !pdf ? {region} : {})
        },
        ...(Object.keys(properties).length === 0 ? {} : {properties})
      }
    ]
  }
}
