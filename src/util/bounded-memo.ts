/** @fileoverview A memo of a pure function's results, with a bound on how much it holds. */

/**
 * Results by key, up to `budget` units (as `sizeOf` counts them). When the memo is full it keeps what it has and
 * stores nothing more, rather than evicting: a build asks for every key twice in the same order (every post's
 * checks, then every page), and evicting the oldest would drop each key just before its second use, so nothing
 * would ever be found. The first `budget` worth is found instead.
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();
  private used = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  /** The value for `key`, made by `make` the first time (and stored if it fits). */
  get(key: string, make: () => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const value = make();
    const size = this.sizeOf(key, value);
    if (this.used + size <= this.budget) {
      this.map.set(key, value);
      this.used += size;
    }
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  /** Forgets everything (for tests). */
  clear(): void {
    this.map.clear();
    this.used = 0;
  }
}
