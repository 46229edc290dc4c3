/** @fileoverview Walks `posts/` and reads every Markdown post (`YYYY-MM-DD-slug.md` or `slug/index.md`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import type { SourceFile } from './frontmatter.ts';
import { isMarkdownFile } from './post.ts';

export const POSTS_DIR = 'posts';

/** Relative path with forward slashes, as diagnostics and tests print it. */
export function toPosix(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Every post file under `posts/`, sorted by path. In a page bundle only `index.md` is a post. */
export function listPostFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    // `posts/index.md` is not a bundle of every post: it is listed like any post, and the
    // content/posts-index rule refuses it by name.
    const isBundle = dir !== top && entries.some((e) => e.isFile() && /^index\.(md|markdown)$/i.test(e.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isMarkdownFile(entry.name) && (!isBundle || /^index\./i.test(entry.name)))
        found.push(path);
    }
  };
  const top = join(root, POSTS_DIR);
  walk(top);
  return found.sort(compareStrings);
}

export function readSourceFiles(root: string, paths: readonly string[] = listPostFiles(root)): SourceFile[] {
  return paths.map((path) => ({ path, file: toPosix(root, path), text: readFileSync(path, 'utf8') }));
}
