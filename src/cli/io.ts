/**
 * The environment of one CLI run, so that tests can run `main()` in-process.
 */
export interface Writable {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface Io {
  argv: readonly string[]
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable
}

/** Exit codes, documented in the README. */
export const exitCodes = {
  /** Everything parsed (warnings allowed). */
  ok: 0,
  /** Some input could not be parsed, or had errors. */
  failed: 1,
  /** motie could not run: bad arguments or configuration, or an internal error. */
  usage: 2
} as const

/** A problem with the whole run, reported before any file is touched. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Read all of stdin. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}
