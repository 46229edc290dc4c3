/** @fileoverview Hugo: posts under `content/posts|post|blog/` (single files or page bundles), images in `static/`. */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { hugoFigure, hugoHighlight, hugoRef } from './convert-body.ts';
import type { FoundPost, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const hugoConverters = [hugoHighlight, hugoRef, hugoFigure];

const SECTIONS = ['posts', 'post', 'blog'];

export function findHugoSite(root: string): SourceSite {
  const content = join(root, 'content');
  const sections = SECTIONS.map((s) => join(content, s)).filter((d) => existsSync(d));
  const posts: FoundPost[] = [];
  const notPosts: string[] = [];
  for (const path of walkFiles(content, root).filter(isMarkdown)) {
    const rel = posix(root, path);
    const inSection = sections.some((s) => !relative(s, path).startsWith('..'));
    if (!inSection || /^_index\./i.test(basename(path))) {
      notPosts.push(rel);
      continue;
    }
    // A leaf bundle: `index.md` with its images beside it.
    const bundle = /^index\./i.test(basename(path));
    posts.push({ path, rel, ...(bundle ? { assetDir: dirname(path) } : {}) });
  }
  return {
    kind: 'hugo',
    root,
    posts,
    staticDirs: [join(root, 'static'), join(root, 'assets')],
    collectionTags: [],
    notPosts,
  };
}
