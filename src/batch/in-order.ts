/**
 * Results come back in the order workers finish; reports must come out in
 * the order of the inputs, whatever `--jobs` is. This holds each result until
 * all earlier ones have been released.
 */
export class InOrder<T> {
  readonly #release: (value: T, index: number) => void
  readonly #waiting = new Map<number, T>()
  #next = 0

  /** `release` is called once per index, in ascending order. */
  constructor(release: (value: T, index: number) => void) {
    this.#release = release
  }

  /** Add the result at `index`; releases it and any that waited on it. */
  add(index: number, value: T): void {
    this.#waiting.set(index, value)
    for (let waiting = this.#waiting.get(this.#next); waiting !== undefined; waiting = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next)
      this.#release(waiting, this.#next++)
    }
  }

  /** Release what is left in index order, skipping indices that never came (a run stopped early). */
  flush(): void {
    for (const index of [...this.#waiting.keys()].sort((a, b) => a - b)) this.#release(this.#waiting.get(index)!, index)
    this.#waiting.clear()
  }
}
