#!/usr/bin/env node
/**
 * Print the README's rule section (table and examples), generated from the
 * rules' own data. Runs on the build: `npm run build && node scripts/rules-table.js`.
 */
import process from 'node:process'
import {rules} from '../dist/rules/index.js'
import {rulesMarkdown} from '../dist/rules/table.js'
import {parseError} from '../dist/validate/fatal.js'

process.stdout.write(rulesMarkdown([...rules, parseError]))
