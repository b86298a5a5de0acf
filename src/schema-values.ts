/**
 * The values the schema enumerates, without zod: the CLI's choices and the
 * parse pipeline need these lists, not the validator, and loading zod costs
 * more than parsing a one-page text. `./schema.ts` builds on them and
 * re-exports them.
 */

/** Bumped on any change to the shape of the JSON output. */
export const schemaVersion = '1.0'

export const assemblyTypes = ['gemeenteraad', 'provinciale-staten', 'tweede-kamer', 'eerste-kamer', 'waterschap', 'deelraad', 'other'] as const

export const motionKinds = ['motie', 'amendement'] as const

export const severities = ['error', 'warning', 'info'] as const

export const inputFormats = ['txt', 'md', 'pdf', 'image'] as const
