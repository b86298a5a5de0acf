/**
 * GFM tables → one line per row.
 *
 * Motions drafted in Markdown use tables for their signatories (`| Naam |
 * Fractie |`). A header row of column labels is dropped; when the labels say
 * which column holds the name and which the party, a row reads `Name
 * (Party)`, the shape signature lines have in print; otherwise the non-empty
 * cells are joined with `, `.
 */
import type {Table, TableCell} from 'mdast'
import {phrasingLines, type TextLine} from './phrasing.js'

/** Header labels of a name column and of a party column (lower case). */
const nameLabels = new Set(['naam', 'namen', 'name', 'names', 'indiener', 'indieners', 'lid', 'leden', 'raadslid', 'statenlid', 'ondertekenaar', 'ondertekenaars', 'ondertekend', 'ondertekening', 'signatory', 'signatories'])
const partyLabels = new Set(['fractie', 'fracties', 'partij', 'partijen', 'party', 'group', 'groep'])
/** Other labels that make a first row a header, not data. */
const otherLabels = new Set(['handtekening', 'paraaf', 'signature', 'functie', 'rol', 'datum'])

/** The rows of a table as text lines, without a header row of labels. */
export function tableRows(node: Table, source: readonly string[]): TextLine[] {
  const rows = node.children.map((row) => row.children.map((cell) => cellText(cell, source)))
  const header = rows[0]?.map((cell) => cell?.text.toLowerCase().replace(/[:.]$/, '') ?? '')
  const isHeader = header !== undefined && header.some((label) => label !== '') && header.every((label) => label === '' || isLabel(label))
  const nameColumn = isHeader ? header.findIndex((label) => nameLabels.has(label)) : -1
  const partyColumn = isHeader ? header.findIndex((label) => partyLabels.has(label)) : -1

  const lines: TextLine[] = []
  for (const row of isHeader ? rows.slice(1) : rows) {
    const cells = row.filter((cell): cell is TextLine => cell !== undefined)
    const first = cells[0]
    if (!first) continue
    const name = row[nameColumn]
    const party = row[partyColumn]
    let text: string
    if (nameColumn >= 0 && partyColumn >= 0 && (name || party)) {
      text = name && party ? `${name.text} (${party.text})` : (name ?? party)!.text
    } else {
      text = cells.map((cell) => cell.text).join(', ')
    }
    lines.push({text, line: first.line, column: first.column, refs: [], hardBreak: true})
  }
  return lines
}

function isLabel(label: string): boolean {
  return nameLabels.has(label) || partyLabels.has(label) || otherLabels.has(label)
}

/** A cell’s text on one line; `undefined` for an empty cell. */
function cellText(cell: TableCell, source: readonly string[]): TextLine | undefined {
  const lines = phrasingLines(cell.children, source)
  const first = lines[0]
  if (!first) return undefined
  return {...first, text: lines.map((line) => line.text).join(' ')}
}
