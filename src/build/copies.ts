/** @fileoverview What the output copies as it is: the theme's assets, `static/`, and each page bundle's files. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CopyJob } from '../output/site-writer.ts';
import type { Theme } from '../render/templates.ts';
import type { RenderedPost } from '../site/plan.ts';
import { outputPathOf } from '../util/urls.ts';

/** @param postPaths each post's site path by source file (from the plan) */
export function planCopies(
  root: string,
  theme: Theme,
  posts: readonly RenderedPost[],
  postPaths: ReadonlyMap<string, string>,
): CopyJob[] {
  const copies: CopyJob[] = [];
  for (const asset of theme.assets) copies.push({ from: asset.path, to: asset.name });
  if (existsSync(join(root, 'static'))) copies.push({ from: join(root, 'static'), to: '.' });
  for (const post of posts) {
    const bundleDir = post.bundleDir;
    if (!bundleDir) continue;
    copies.push({
      from: bundleDir,
      to: dirname(outputPathOf(postPaths.get(post.file)!)),
      filter: (src) => src === bundleDir || !/\.(md|markdown)$/i.test(src),
    });
  }
  return copies;
}
