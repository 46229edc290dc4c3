/**
 * @fileoverview Front-matter keys other generators use for what this blog calls by another name (Astro's
 * `pubDate`, Hugo's `lastmod`): not read here, so a writer coming from there is told which key to rename it to
 * rather than to list it in `frontMatter.extraKeys`, which would silence the warning and still drop the value.
 */

/** What a key of another generator is called here, and whose it is. */
export interface ForeignKey {
  ours: 'date' | 'updated' | 'image';
  whose: string;
}

const FOREIGN_KEYS: Readonly<Record<string, ForeignKey>> = {
  pubDate: { ours: 'date', whose: "Astro's" },
  publishDate: { ours: 'date', whose: "Hugo's" },
  updatedDate: { ours: 'updated', whose: "Astro's" },
  lastmod: { ours: 'updated', whose: "Hugo's" },
  last_modified_at: { ours: 'updated', whose: "Jekyll's" },
  heroImage: { ours: 'image', whose: "Astro's" },
  cover: { ours: 'image', whose: "Hugo themes'" },
  featured_image: { ours: 'image', whose: "Hugo themes'" },
};

/** The key this blog reads for `key`, when `key` is another generator's name for it. */
export function foreignKey(key: string): ForeignKey | undefined {
  return Object.hasOwn(FOREIGN_KEYS, key) ? FOREIGN_KEYS[key] : undefined;
}

/** The first key of `keys` that is another generator's name for `ours`. */
export function foreignKeyFor(ours: ForeignKey['ours'], keys: Iterable<string>): string | undefined {
  for (const key of keys) if (foreignKey(key)?.ours === ours) return key;
  return undefined;
}
