/**
 * @fileoverview Hugo: posts under `content/posts|post|blog/`, or `content/<lang>/…` on a multilingual site
 * (single files or page bundles), images in `static/`.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from '../fs/inside.ts';
import { hugoFigure, hugoHighlight, hugoRef } from './convert-body.ts';
import { hugoContent } from './hugo-languages.ts';
import type { FindOptions, FoundPost, LeftOut, SourceSite } from './types.ts';
import { isMarkdown, isUnsupportedContent, posix, UNSUPPORTED_REASON, walkFiles } from './walk.ts';

export const hugoConverters = [hugoHighlight, hugoRef, hugoFigure];

const SECTIONS = ['posts', 'post', 'blog'];

export function findHugoSite(root: string, options: FindOptions = {}): SourceSite {
  const { dir: content, others } = hugoContent(root, options.lang);
  const sections = SECTIONS.map((s) => join(content, s)).filter((d) => existsSync(d));
  const posts: FoundPost[] = [];
  const notPosts: string[] = [];
  const leftOut: LeftOut[] = others.map((o) => ({
    file: `${posix(root, o.dir)}/`,
    reason: `another language (\`--lang ${o.lang}\` imports it)`,
  }));
  const otherDirs = others.map((o) => o.dir);
  for (const path of walkFiles(content, root)) {
    const rel = posix(root, path);
    if (otherDirs.some((d) => isInside(d, path))) continue;
    if (isUnsupportedContent(path)) {
      leftOut.push({ file: rel, reason: UNSUPPORTED_REASON });
      continue;
    }
    if (!isMarkdown(path)) continue;
    const inSection = sections.some((s) => isInside(s, path));
    if (!inSection || /^_index\./i.test(basename(path))) {
      notPosts.push(rel);
      continue;
    }
    // A leaf bundle: `index.md` with its images beside it.
    const bundle = /^index\./i.test(basename(path));
    const section = posix(content, path).split('/')[0]!;
    posts.push({ path, rel, section, ...(bundle ? { assetDir: dirname(path) } : {}) });
  }
  return {
    kind: 'hugo',
    root,
    posts,
    staticDirs: [join(root, 'static'), join(root, 'assets')],
    collectionTags: [],
    notPosts,
    leftOut,
  };
}
