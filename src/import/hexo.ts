/** @fileoverview Hexo: posts in `source/_posts/` (with an optional asset folder of the same name), drafts in `source/_drafts/`. */

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hexoNotes, markdownContainers } from './callouts.ts';
import {
  hexoAssets,
  hexoCodeblock,
  hexoImg,
  hexoPostLink,
  liquidEmbeds,
  ownBundleFiles,
  rawMarkers,
  widgetScripts,
} from './convert-body.ts';
import { iframeEmbeds } from './iframe-embeds.ts';
import type { FoundPost, LeftOut, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const hexoConverters = [
  rawMarkers,
  hexoCodeblock,
  hexoPostLink,
  hexoAssets,
  hexoImg,
  liquidEmbeds,
  widgetScripts,
  iframeEmbeds,
  ownBundleFiles,
  // Last: they quote the lines of a note, and the tags above are matched at the start of a line.
  markdownContainers,
  hexoNotes,
];

/**
 * Hexo's `isHiddenFile`: a file or folder below `_posts/` or `_drafts/` whose name starts with `_` or `.` is
 * never read (hexo/lib/plugins/processor/post.ts), so it was never published: 3ks.dev kept 20 of its 49 posts
 * as `_2020-09-13-kube-draft.md`.
 */
const HIDDEN = /(?:^|\/)[_.]/;

export function findHexoSite(root: string): SourceSite {
  const source = join(root, 'source');
  const leftOut: LeftOut[] = [];
  const find = (dir: string, draft: boolean): FoundPost[] =>
    walkFiles(join(source, dir), root, true, undefined, leftOut)
      .filter(isMarkdown)
      .filter((path) => {
        const rel = posix(root, path);
        if (!HIDDEN.test(rel.slice(`source/${dir}/`.length))) return true;
        leftOut.push({
          file: rel,
          reason:
            'its name (or a folder) starts with `_`, so Hexo never published it; copy it into posts/ with `draft: true` if it is meant',
        });
        return false;
      })
      .map((path) => {
        const assetDir = path.replace(/\.(md|markdown)$/i, '');
        const hasAssets = existsSync(assetDir) && statSync(assetDir).isDirectory();
        return {
          path,
          rel: posix(root, path),
          ...(hasAssets ? { assetDir } : {}),
          ...(draft ? { draft } : {}),
        };
      });
  const notPosts = walkFiles(source, root)
    .filter(isMarkdown)
    .map((p) => posix(root, p))
    .filter((rel) => !/^source\/_(posts|drafts)\//.test(rel));
  return {
    kind: 'hexo',
    root,
    posts: [...find('_posts', false), ...find('_drafts', true)],
    staticDirs: [source],
    collectionTags: [],
    notPosts,
    leftOut,
  };
}
