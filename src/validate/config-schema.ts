/**
 * The schema of `.motierc.json`, built from the rules so that every rule id
 * and every rule option is checked, and unknown keys are rejected.
 */
import {z} from 'zod'
import type {Level, Rule} from '../rules/rule.js'

/** A rule's setting after validation. */
export interface RuleSetting {
  level: Level
  /** The rule's options, as written (the rule applies its defaults). */
  options?: unknown
}

const levels = {0: 'off', 1: 'warn', 2: 'error', off: 'off', info: 'info', warn: 'warn', error: 'error'} as const

const levelMessage = 'expected `off`, `info`, `warn`, `error`, 0, 1 or 2'

/** `off`, `info`, `warn`, `error`, or 0, 1, 2 as in ESLint and remark-lint; nothing else. */
export const level = z
  .union([z.enum(['off', 'info', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)], {error: levelMessage})
  .transform((value): Level => levels[value])

function setting(rule: Rule): z.ZodType<RuleSetting> {
  const tuple = rule.options ? z.tuple([level, rule.options.optional()]) : z.tuple([level])
  return z
    .union([level, tuple], {error: `${levelMessage}, or \`[level${rule.options ? ', options' : ''}]\``})
    .transform((value): RuleSetting => (typeof value === 'string' ? {level: value} : {level: value[0], options: value[1]}))
}

/**
 * The configuration schema for a set of rules.
 *
 * @param rules
 *   The rules that may be configured.
 * @returns
 *   A strict zod schema of the whole file.
 */
export function configSchema(rules: readonly Rule[]) {
  return z
    .object({
      $schema: z.string().optional(),
      rules: z
        .object(Object.fromEntries(rules.map((rule) => [rule.id, setting(rule).optional()])))
        .strict()
        .default({}),
      ignores: z.array(z.string()).default([]).meta({description: 'globs, relative to the folder of the configuration file'})
    })
    .strict()
}

/** A configuration file after validation. */
export type ConfigData = z.output<ReturnType<typeof configSchema>>
