/**
 * Progress on stderr: a bar (files done, files per second, ETA, failures)
 * when a person is watching, else nothing until the summary.
 *
 * Report lines (`file: cause`) go through here too, so that on a terminal
 * they are printed above the bar instead of through it.
 */
import type {MultiBar as MultiBarType, Presets as PresetsType} from 'cli-progress'
import {createRequire} from 'node:module'
import type {Io, Writable} from '../cli/io.js'

/** What a batch tells its progress display. */
export interface Progress {
  /** Print one line (ending in `\n`) on stderr. */
  log(line: string): void
  /** One more file is done. */
  tick(failed: boolean): void
  /** Remove the bar; call before the summary. */
  stop(): void
}

/** Whether to draw a bar: stderr is a terminal and `CI` is not set (CI logs are not terminals, but some fake it). */
export function wantsBar(io: Pick<Io, 'stderr' | 'env'>): boolean {
  return io.stderr.isTTY === true && !io.env['CI']
}

/** A progress display for `total` files; a bar when `bar` is set, else plain lines. */
export function createProgress(total: number, stderr: Writable, bar: boolean): Progress {
  if (!bar) return {log: (line) => stderr.write(line), tick: () => {}, stop: () => {}}

  // Loaded only for a bar (cli-progress is CommonJS, so `require` keeps this synchronous).
  const {MultiBar, Presets} = createRequire(import.meta.url)('cli-progress') as {MultiBar: typeof MultiBarType; Presets: typeof PresetsType}
  const bars = new MultiBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: '{bar} {value}/{total} files | {speed} files/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50
    },
    Presets.shades_classic
  )
  const started = performance.now()
  let done = 0
  let failed = 0
  const line = bars.create(total, 0, {speed: '0.0', failed})

  return {
    log: (text) => bars.log(text),
    tick(isFailure) {
      done++
      if (isFailure) failed++
      const seconds = (performance.now() - started) / 1000
      const speed = (done / Math.max(seconds, 0.001)).toFixed(1)
      line.increment(1, {speed, failed})
    },
    stop() {
      bars.update() // flush lines logged since the last redraw
      bars.stop()
    }
  }
}
