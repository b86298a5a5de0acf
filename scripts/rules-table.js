#!/usr/bin/env node
/**
 * Write the rule documentation from the rules' own data: `docs/rules.md`
 * (table and examples) and the table between the markers in `README.md`.
 * Runs on the build: `npm run build && node scripts/rules-table.js`.
 * `test/rules.test.ts` fails while either is out of date.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../dist/rules/index.js'
import {rulesMarkdown, withRulesTable} from '../dist/rules/table.js'
import {parseError} from '../dist/validate/fatal.js'

const all = [...rules, parseError]
const readme = new URL('../README.md', import.meta.url)
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(all))
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), all))
