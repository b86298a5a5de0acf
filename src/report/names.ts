/**
 * The reporters' names, for `--reporter`, without loading the reporters.
 */

/** Names for `--reporter`. */
export const reporterNames = ['human', 'json', 'github', 'sarif'] as const
/** A reporter's name. */
export type ReporterName = (typeof reporterNames)[number]
