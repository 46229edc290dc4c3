/** @fileoverview When one name (a tag, a series) could be another mistyped: what the typo rules allow. */

/** Short names differ by one letter on purpose (`Go`, `Git`); longer ones rarely do. */
export const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

/**
 * Two names that could be one mistyped for the other: a slip keeps the first letter and leaves version numbers
 * alone, so `Caching` is not `teaching` and `HTML5`, `ES6` and `web3` are not typos of `HTML`, `ES5` and `web2`
 * (all seen on real blogs).
 */
export const couldBeTypo = (a: string, b: string) =>
  a[0] === b[0] && a.replace(/\D/g, '') === b.replace(/\D/g, '');
