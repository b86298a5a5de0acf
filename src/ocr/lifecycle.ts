/**
 * The OCR engine’s life, without loading it: the engine registers how to
 * stop its workers here when it starts, and the CLI stops them when a run
 * ends. Importing this module costs nothing, so the CLI can always do so.
 */

let stop: (() => Promise<void>) | undefined

/** Called by the engine when it has started workers that must be stopped. */
export function onOcrShutdown(callback: () => Promise<void>): void {
  stop = callback
}

/** Stop the OCR workers, if any were started; later OCR starts them again. */
export async function shutdownOcr(): Promise<void> {
  const callback = stop
  stop = undefined
  await callback?.()
}

/** Whether OCR workers were started (and not yet stopped) in this thread. */
export function ocrStarted(): boolean {
  return stop !== undefined
}
