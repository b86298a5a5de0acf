/**
 * `--shard K/N`: split one sorted list of inputs over N machines.
 *
 * Shard K (1-based, like `jest --shard` and `playwright --shard`) takes the
 * inputs at positions K-1, K-1+N, K-1+2N, … of the sorted list. Taking every
 * N-th input instead of a contiguous slice spreads the files of one busy
 * folder (one council, one year) over all shards.
 */
import {UsageError} from '../cli/io.js'

/** One shard of a `--shard K/N` split. */
export interface Shard {
  /** 1-based index of this shard. */
  index: number
  /** Number of shards. */
  count: number
}

/** Parse `K/N`; throws `UsageError` unless 1 ≤ K ≤ N. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || !Number.isSafeInteger(count) || index < 1 || index > count) {
    throw new UsageError(`Cannot use \`--shard ${text}\`: expected K/N with 1 ≤ K ≤ N, such as \`--shard 1/4\``)
  }
  return {index, count}
}

/** The items of shard `shard`, in their original order. */
export function takeShard<T>(items: readonly T[], shard: Readonly<Shard>): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1)
}
