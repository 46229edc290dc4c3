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
import type { FoundPost, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const hexoConverters = [
  rawMarkers,
  hexoCodeblock,
  hexoPostLink,
  hexoAssets,
  hexoImg,
  liquidEmbeds,
  widgetScripts,
  ownBundleFiles,
  // Last: they quote the lines of a note, and the tags above are matched at the start of a line.
  markdownContainers,
  hexoNotes,
];

export function findHexoSite(root: string): SourceSite {
  const source = join(root, 'source');
  const find = (dir: string, draft: boolean): FoundPost[] =>
    walkFiles(join(source, dir), root)
      .filter(isMarkdown)
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
  };
}
