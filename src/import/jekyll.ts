/** @fileoverview Jekyll: posts in `_posts/` (dated file names), drafts in `_drafts/`, images anywhere under the site. */
import { join } from 'node:path';
import { jekyllLink, jekyllPostUrl, liquidHighlight, rawMarkers, siteUrls } from './convert-body.ts';
import type { SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const jekyllConverters = [rawMarkers, liquidHighlight, siteUrls, jekyllPostUrl, jekyllLink];

export function findJekyllSite(root: string): SourceSite {
  const posts = walkFiles(join(root, '_posts'), root)
    .filter(isMarkdown)
    .map((path) => ({ path, rel: posix(root, path) }));
  const drafts = walkFiles(join(root, '_drafts'), root)
    .filter(isMarkdown)
    .map((path) => ({ path, rel: posix(root, path), draft: true }));
  const notPosts = walkFiles(root, root, false)
    .filter(isMarkdown)
    .map((path) => posix(root, path));
  return {
    kind: 'jekyll',
    root,
    posts: [...posts, ...drafts],
    staticDirs: [root],
    collectionTags: [],
    notPosts,
  };
}
