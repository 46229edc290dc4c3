/** @fileoverview Jekyll: posts in `_posts/` (dated file names), drafts in `_drafts/`, images anywhere under the site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jekyllPostUrl, liquidHighlight, rawMarkers, siteUrls } from './convert-body.ts';
import type { SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const jekyllConverters = [rawMarkers, liquidHighlight, siteUrls, jekyllPostUrl];

export function findJekyllSite(root: string): SourceSite {
  const posts = walkFiles(join(root, '_posts'))
    .filter(isMarkdown)
    .map((path) => ({ path, rel: posix(root, path) }));
  const drafts = walkFiles(join(root, '_drafts'))
    .filter(isMarkdown)
    .map((path) => ({ path, rel: posix(root, path), draft: true }));
  const notPosts = readdirSync(root).filter((name) => isMarkdown(name));
  return {
    kind: 'jekyll',
    root,
    posts: [...posts, ...drafts],
    staticDirs: [root],
    collectionTags: [],
    notPosts,
  };
}
