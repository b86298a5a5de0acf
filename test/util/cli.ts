/**
 * The CLI run in-process through `main()`, with its output captured: what
 * every CLI test needs, so each states only what differs (folder,
 * environment, stdin, a TTY, an interruption).
 */
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {main} from '../../src/cli/main.js'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** Working folder; the project root by default. */
  cwd?: string
  env?: Record<string, string>
  stdin?: string | Uint8Array
  /** Whether stderr claims to be a terminal. */
  tty?: boolean
  signal?: AbortSignal
  /** Called with every chunk written to stdout. */
  onStdout?: (chunk: string) => void
}

export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv,
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? {},
    stdin: Readable.from([typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? Buffer.alloc(0))]),
    stdout: {
      write: (chunk: string) => {
        stdout += chunk
        options.onStdout?.(chunk)
      }
    },
    stderr: {write: (chunk: string) => (stderr += chunk), isTTY: options.tty === true},
    signal: options.signal
  })
  return {code, stdout, stderr}
}
