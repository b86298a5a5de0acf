#!/usr/bin/env node
import process from 'node:process'
import {main} from '../dist/cli/main.js'

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
})
