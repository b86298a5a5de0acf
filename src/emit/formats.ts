/**
 * The output formats by name, and the file extension of each: what the CLI
 * offers and plans outputs with, before any emitter is loaded.
 */

export const outputFormats = ['json', 'ndjson', 'md', 'csv'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** The file extension of each output format. */
export const formatExtensions: Record<OutputFormat, string> = {
  json: '.json',
  ndjson: '.ndjson',
  md: '.md',
  csv: '.csv'
}
