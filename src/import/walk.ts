/** @fileoverview The source site's files under a folder (sorted paths), by the one file-walking policy, and path helpers. */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONFIG_FILE } from '../config/defaults.ts';
import { walkFiles as walk } from '../fs/walk-files.ts';
import type { LeftOut } from './types.ts';

export const posix = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * Every regular file under `dir`: dot files and `node_modules` left out, links followed only inside
 * `siteRoot` (the source site), so an import never copies a file from elsewhere on the machine. A folder
 * holding a blog.config.json is a blog of this tool's, often the one being imported into (made inside the old
 * site's `content/posts/`): its posts and templates are not the old site's. `skip` leaves out more (a folder
 * and all below it), given the entry's path relative to `dir`. A FIFO, socket or device is never opened: with
 * `leftOut`, each is added to it for the report, by its path relative to `siteRoot`.
 */
export function walkFiles(
  dir: string,
  siteRoot: string,
  recursive = true,
  skip?: (entry: { name: string; rel: string; isDirectory: boolean }) => boolean,
  leftOut?: LeftOut[],
): string[] {
  const walked = walk(dir, {
    within: siteRoot,
    recursive,
    skip: (entry) =>
      entry.name === 'node_modules' ||
      (entry.isDirectory && existsSync(join(dir, entry.rel, CONFIG_FILE))) ||
      (skip?.(entry) ?? false),
  });
  for (const special of walked.skipped)
    leftOut?.push({ file: posix(siteRoot, special.path), reason: specialReason(special.kind) });
  return walked.files.map((f) => f.path);
}

/** `a FIFO (named pipe), not a regular file: never read` (reading one would wait for ever). */
const specialReason = (kind: string) => `${kind}, not a regular file: never read`;

export const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);

/** MDX and other formats that embed code: never posts here. */
export const isUnsupportedContent = (path: string) => /\.mdx$/i.test(path);

export const UNSUPPORTED_REASON =
  'MDX is not supported: it runs JSX components, which a Markdown blog never executes; convert it to Markdown by hand';
