/** @fileoverview `<!-- blog-lint-disable rule-id other-id -->` in a post turns those rules off for that file. */

const DIRECTIVE = /<!--\s*blog-lint-disable\b([\s\S]*?)-->/g;

/** The rule ids a post disables, `'all'` for a bare directive, or undefined when it has none. */
export function disabledRules(text: string): Set<string> | 'all' | undefined {
  if (!text.includes('blog-lint-disable')) return undefined;
  const ids = new Set<string>();
  for (const m of text.matchAll(DIRECTIVE)) {
    const listed = m[1]!
      .split(/[\s,]+/)
      .map((s) => s.trim())
      // `-- reason` after the ids, as ESLint allows.
      .filter(Boolean);
    const dash = listed.indexOf('--');
    const names = dash >= 0 ? listed.slice(0, dash) : listed;
    if (names.length === 0) return 'all';
    for (const name of names) ids.add(name);
  }
  return ids.size ? ids : undefined;
}
