/**
 * @fileoverview Where a Jekyll site's own layouts put a post's `image:`: the folder written before
 * `{{ page.image }}` in `_layouts/` and `_includes/` (blog.webjeda.com's `{{ site.url }}/thumbs/{{ page.image }}`),
 * so a bare `image: cover.jpg` is found where the old theme showed it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from './walk.ts';

/** `<folder>/{{ page.image }}`, the folder after any `{{ site.url }}` / `{{ site.baseurl }}`. */
const COVER_SRC =
  /(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\})*\/?((?:[\w.-]+\/)+)\{\{-?\s*page\.image\s*-?\}\}/g;

const cache = new Map<string, string[]>();

/** The folders (`thumbs`, `assets/img`), from the site's root, that its layouts show `page.image` in; most used first. */
export function themeCoverFolders(root: string): string[] {
  const known = cache.get(root);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const dir of ['_layouts', '_includes'])
    for (const file of walkFiles(join(root, dir), root)) {
      if (!/\.html?$/i.test(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(COVER_SRC)) {
        const folder = m[1]!.replace(/\/+$/, '');
        if (folder.split('/').some((part) => part === '..' || part === '.')) continue;
        counts.set(folder, (counts.get(folder) ?? 0) + 1);
      }
    }
  const folders = [...counts].sort((a, b) => b[1] - a[1]).map(([folder]) => folder);
  cache.set(root, folders);
  return folders;
}
