/**
 * The README's rule section, generated from the rules themselves: a table of
 * ids, default severities and descriptions, then each rule's not-ok examples
 * with the messages they give.
 */
import type {Example, Severity} from './rule.js'

/** What the table needs of a rule (`parse-error` has no examples). */
export interface RuleDoc {
  id: string
  severity: Severity | 'error'
  description: string
  examples?: readonly Example[]
}

/**
 * Render the rule section.
 *
 * @param rules
 *   Rules, in table order.
 * @returns
 *   Markdown: a table whose rows are the `#rule-<id>` anchors of the rules'
 *   URLs, followed by collapsed examples.
 */
export function rulesMarkdown(rules: readonly RuleDoc[]): string {
  const rows = rules.map((rule) => `| <a name="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.severity} | ${cell(rule.description)} |`)
  const table = ['| Rule | Default | Checks that |', '| --- | --- | --- |', ...rows].join('\n')
  const examples = rules.flatMap((rule) => (rule.examples ?? []).filter((example) => (example.messages ?? []).length > 0).map((example) => details(rule.id, example)))
  return [table, ...examples].join('\n\n') + '\n'
}

function details(id: string, example: Example): string {
  const language = example.name.endsWith('.json') ? 'json' : 'text'
  return [
    `<details><summary><code>${id}</code>: <code>${example.name}</code></summary>`,
    '',
    '```' + language,
    example.input.trimEnd(),
    '```',
    '',
    'Yields:',
    '',
    '```text',
    ...(example.messages ?? []),
    '```',
    '',
    '</details>'
  ].join('\n')
}

/** Pipes would end the cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|')
}
