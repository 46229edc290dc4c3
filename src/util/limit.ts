/** @fileoverview Runs async work on many items with a bound on how many are in flight at once. */

/**
 * Calls `work` on every item, at most `limit` at a time. After a failure no new item starts; the first
 * error is thrown once the ones in flight have settled, so the caller may clean up behind them safely.
 */
export async function forEachLimit<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void> | void,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed: { error: unknown } | undefined;
  const lane = async () => {
    while (!failed) {
      const next = iterator.next();
      if (next.done) return;
      try {
        await work(next.value);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  if (failed) throw failed.error;
}
