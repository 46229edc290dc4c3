/** @fileoverview Eleventy: a posts folder (`src/posts/`, `posts/`, `blog/`…) whose directory data names the collection tag. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { liquidHighlight, rawMarkers, siteUrls } from './convert-body.ts';
import type { SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const eleventyConverters = [rawMarkers, liquidHighlight, siteUrls];

const FOLDERS = [
  'src/posts',
  'posts',
  'src/blog',
  'blog',
  'content/posts',
  'content/blog',
  'src/content/posts',
];

export function findEleventySite(root: string): SourceSite {
  const folder = FOLDERS.map((f) => join(root, f)).find((d) => existsSync(d)) ?? join(root, 'posts');
  const name = basename(folder);
  // `posts/posts.json` (or `.11tydata.json`) usually gives every post `tags: posts`, which only names the collection.
  const collectionTags = new Set<string>([name]);
  for (const file of [`${name}.json`, `${name}.11tydata.json`]) {
    try {
      const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { tags?: unknown };
      for (const t of [data.tags].flat()) if (typeof t === 'string') collectionTags.add(t);
    } catch {
      // No directory data, or not JSON (`.11tydata.js` is code and never run).
    }
  }
  const posts = walkFiles(folder, root)
    .filter(isMarkdown)
    .map((path) => ({
      path,
      rel: posix(root, path),
      ...(/^index\./i.test(basename(path)) && dirname(path) !== folder ? { assetDir: dirname(path) } : {}),
    }));
  return {
    kind: 'eleventy',
    root,
    posts,
    staticDirs: [join(root, 'src'), root, join(root, 'public'), join(root, 'static')],
    collectionTags: [...collectionTags],
    notPosts: [],
  };
}
