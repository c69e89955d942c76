/**
 * Binary search over lists sorted by offset (tokens, mentions, times, quotes): the one helper
 * every look-up by position uses, so that per-fact look-ups stay logarithmic.
 */

/** The index of the first item for which `before` is false; `before` must be true for a prefix of the list. */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
