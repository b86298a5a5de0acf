/**
 * The shape of a validate rule, after remark-lint's `unified-lint-rule`.
 *
 * A rule declares its id, default severity and description, and its check only
 * adds messages to the file. The helper stamps `ruleId`, `source`, `url` and
 * `fatal` on every message the check adds, so no rule can forget them.
 */
import type {VFile} from 'vfile'
import type {z} from 'zod'
import type {Tree} from './tree.js'

/** How a rule reports when it is on: `info` tells, `warn` warns, `error` fails the run. */
export type Severity = 'info' | 'warn' | 'error'

/** A rule's setting in a run: off, or on with a severity. */
export type Level = 'off' | Severity

/** The `source` of every message motie adds. */
export const source = 'motie'

/** One input of a rule's documentation, and a test case. */
export interface Example {
  /** File name; its extension picks the reader (`.txt`, `.md`, `.json`). */
  name: string
  /** The contents of the file. */
  input: string
  /** Messages of this rule, as `line:column-line:column: reason`; none (or omitted) for an ok example. */
  messages?: string[]
  /**
   * The messages do not depend on positions, so the test that strips all
   * positions and expects silence does not apply (`no-motion`, `schema`).
   */
  positionless?: boolean
}

/** What a rule module declares about itself. */
export interface RuleMeta<Options, State> {
  /** Stable id, also the file name and the README anchor (`missing-date`). */
  id: string
  /** Default severity. */
  severity: Severity
  /** One sentence for the rule table. */
  description: string
  /** Documentation; defaults to the rule's README anchor. */
  url?: string
  /** Options in the configuration (`["error", {…}]`), with defaults. */
  options?: z.ZodType<Options>
  /** State shared by all files of one run (`duplicate-number` remembers numbers). */
  state?: () => State
  /** Examples: documentation and tests. */
  examples: Example[]
}

/** The check of a rule: adds messages to `file`, returns nothing. */
export type Check<Options, State> = (tree: Tree, file: VFile, options: Options, state: State) => void

/** A rule, ready to run. */
export interface Rule {
  readonly id: string
  readonly severity: Severity
  readonly description: string
  readonly url: string
  readonly examples: readonly Example[]
  /** Schema of the rule's options in the configuration, if it has any. */
  readonly options: z.ZodType | undefined
  /**
   * Start a run.
   *
   * @param severity
   *   Severity of the messages in this run.
   * @param options
   *   The rule's options from the configuration (defaults apply).
   * @returns
   *   The check for each file of the run, sharing the rule's state.
   */
  start(severity: Severity, options?: unknown): (tree: Tree, file: VFile) => void
}

/**
 * The README anchor of a rule.
 *
 * @param id
 *   Rule id.
 * @returns
 *   URL of its row in the README's rule table.
 */
export function ruleUrl(id: string): string {
  return `https://github.com/motie/motie#rule-${id}`
}

/**
 * Make a rule.
 *
 * @param meta
 *   Id, default severity, description, options, state and examples.
 * @param check
 *   Adds messages to the file.
 * @returns
 *   The rule.
 */
export function rule<Options = undefined, State = undefined>(meta: RuleMeta<Options, State>, check: Check<Options, State>): Rule {
  const url = meta.url ?? ruleUrl(meta.id)
  return {
    id: meta.id,
    severity: meta.severity,
    description: meta.description,
    url,
    examples: meta.examples,
    options: meta.options,
    start(severity, raw) {
      // Without a schema there are no options: `undefined` is the only value `Options` can have.
      const options = (meta.options ? meta.options.parse(raw ?? {}) : undefined) as Options
      const state = meta.state?.() as State
      return (tree, file) => {
        const from = file.messages.length
        check(tree, file, options, state)
        for (const message of file.messages.slice(from)) {
          message.ruleId = meta.id
          message.source = source
          message.url = url
          // vfile: `fatal` true is an error, false a warning, undefined an info.
          message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
        }
      }
    }
  }
}
