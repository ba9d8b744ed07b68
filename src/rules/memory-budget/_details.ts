/**
 * Lists in `details` that grow with the repository (DaemonSets on a node, workloads packed on it,
 * node groups a pod may use) are capped: every finding listed every DaemonSet, so with a
 * DaemonSet per 500 documents the JSON report grew quadratically (188 MB at 50k documents, out
 * of memory at 100k). A capped list shows its largest entries and says how many it left out and
 * what they add up to, so the arithmetic of the finding still checks.
 */

/** Entries a growing list shows in `details` before the rest is summed up in one line. */
export const DETAILS_LIST_LIMIT = 10;

/**
 * The detail lines of `items`: all of them, in their order, when there are at most `limit` (or
 * one more: a summary line would replace just one); otherwise the `limit` largest by `size`
 * (largest first, ties in their order), then the line `rest` writes about the others.
 */
export function cappedLines<T>(
  items: readonly T[],
  line: (item: T) => string,
  size: (item: T) => number,
  rest: (others: readonly T[]) => string,
  limit = DETAILS_LIST_LIMIT,
): string[] {
  if (items.length <= limit + 1) return items.map(line);
  // Comparisons rather than subtraction: an unbounded size (Infinity) minus another is NaN.
  const ranked = items
    .map((item, index) => ({ item, index, size: size(item) }))
    .sort((a, b) => (b.size > a.size ? 1 : b.size < a.size ? -1 : 0) || a.index - b.index);
  const shown = ranked.slice(0, limit).map((r) => line(r.item));
  const others = ranked.slice(limit).map((r) => r.item);
  return [...shown, rest(others)];
}
