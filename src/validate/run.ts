/**
 * A validate run: read each file, run every enabled rule on it, and collect
 * the messages on one VFile per file. A file that cannot be read becomes a
 * fatal message; the others carry on.
 */
import {relative} from 'node:path'
import {VFile} from 'vfile'
import {posix, type FileInput} from '../batch/discover.js'
import {MotieError} from '../errors.js'
import type {Limits} from '../limits.js'
import type {OcrMode} from '../read/ocr-mode.js'
import type {Rule} from '../rules/rule.js'
import type {Tree} from '../rules/tree.js'
import type {RuleSetting} from './config-schema.js'
import {addParseError} from './fatal.js'
import {loadFile} from './load.js'

/** The check of one rule, started for a run. */
export type Checker = (tree: Tree, file: VFile) => void

/** What a run needs besides its files. */
export interface RunOptions {
  /** Folder that paths in the report are relative to. */
  cwd: string
  /** The rules to run. */
  rules: readonly Rule[]
  /** Settings from the configuration, by rule id; a rule not named runs at its default severity. */
  settings?: Readonly<Record<string, RuleSetting | undefined>> | undefined
  /** Password of encrypted PDFs. */
  password?: string | undefined
  /** Size, page and PDF time limits per file. */
  limits?: Readonly<Limits> | undefined
  /** Which pages to recognise with OCR. */
  ocr?: OcrMode | undefined
}

/**
 * Start the rules that are not off.
 *
 * @param rules
 *   All rules.
 * @param settings
 *   Levels and options by rule id.
 * @returns
 *   One checker per enabled rule, in the order of `rules`.
 */
export function startRules(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting | undefined>> = {}): Checker[] {
  return rules.flatMap((rule) => {
    const setting = settings[rule.id] ?? {level: rule.severity}
    return setting.level === 'off' ? [] : [rule.start(setting.level, setting.options)]
  })
}

/**
 * Validate files, one after the other, in the given order.
 *
 * @param targets
 *   Files to read, as `discover` finds them.
 * @param options
 *   Working folder, rules and their settings.
 * @returns
 *   One file per target (walked JSON that motie did not write is left out), with its messages.
 */
export async function validate(targets: readonly FileInput[], options: Readonly<RunOptions>): Promise<VFile[]> {
  const checkers = startRules(options.rules, options.settings)
  const files: VFile[] = []

  for (const target of targets) {
    // Reports show paths relative to the working folder, however they were named.
    const path = posix(relative(options.cwd, target.path))
    const file = new VFile({path, cwd: options.cwd})
    let tree: Tree | undefined
    try {
      tree = await loadFile(target.path, {displayPath: path, walked: target.walked, password: options.password, limits: options.limits, ocr: options.ocr})
    } catch (error) {
      if (!(error instanceof MotieError)) throw error
      addParseError(file, error)
      files.push(file)
      continue
    }
    if (tree === undefined) continue
    for (const check of checkers) check(tree, file)
    files.push(file)
  }

  return files
}
