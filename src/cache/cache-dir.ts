/**
 * @fileoverview Whose folder the build cache is in. The cache writes, replaces and removes files by its own names
 * (`posts-5.json`, `packs/`, `images/`…) at the top of its folder, so it only ever works in a folder that is its
 * own: one that did not exist or was empty, which it then marks, or one it marked before. An existing folder
 * with other files in it (`--cache-dir /tmp`, `--cache-dir ~`) is refused before anything is written, as
 * `--out` refuses a non-empty folder that is not an earlier build's output.
 *
 * The mark is a `CACHEDIR.TAG` (https://bford.info/cachedir/), which backup tools (tar --exclude-caches,
 * borg, restic) already know to skip; a line of our own in it tells our tag from another tool's.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { readRegularFile } from '../fs/read-regular.ts';
import { isTempName } from '../fs/temp-name.ts';
import { writeAtomic } from '../output/write-atomic.ts';

export const CACHE_TAG = 'CACHEDIR.TAG';
const OURS = '# This file is a cache directory tag created by `blog build` (the blog publishing tool).';
const TAG_TEXT = `Signature: 8a477f597d28d172789f06886806bc55\n${OURS}\n# Its files can be deleted at any time: the next build makes them again.\n`;

/**
 * What a cache made before the tag existed holds, and nothing else: such a folder is ours (a cache kept by CI
 * between runs), and gets its tag. `serve/` is `blog serve`'s preview, in the default `.blog-cache/`.
 */
const RECORD = /^(?:posts-\d+|output-[0-9a-f]{16}|source-stamps)\.json$/;
const OUR_NAME =
  /^(?:posts-\d+\.json|output-[0-9a-f]{16}\.json|source-stamps\.json|related-(?:counts|trace)\.bin|packs|images|cards|serve)$/;

/**
 * Makes sure `dir` may hold the build cache, and tags it: creates it when missing. Throws a usage error (exit 2),
 * having changed nothing, when it is an existing folder holding files that are not the cache's. A folder that
 * cannot be made or written is left to the cache, whose writes are best effort (slower builds, never failed).
 * @param ownName the blog's own `.blog-cache/`, named by `blog` and kept out of git: ours whatever it holds
 */
export function claimCacheDir(dir: string, ownName = false): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      tag(dir);
      return;
    }
    // A file in the way (ENOTDIR): the cache cannot be written there, and nothing of the user's is touched.
    if (code === 'ENOTDIR') return;
    throw error;
  }
  if (entries.includes(CACHE_TAG) && isOurTag(join(dir, CACHE_TAG))) return;
  if (ownName) {
    tag(dir);
    return;
  }
  // Another tool's tag is not named among the user's files, but does not make the folder ours either; a
  // temp file a killed build left is the cache's.
  const foreign = entries.filter((name) => name !== CACHE_TAG && !OUR_NAME.test(name) && !isTempName(name));
  const oldCache = foreign.length === 0 && entries.some((name) => RECORD.test(name));
  if (entries.length === 0 || oldCache) {
    tag(dir);
    return;
  }
  const shown = foreign.slice(0, 3).map((name) => `\`${name}\``);
  throw new BlogError(
    'USAGE',
    `Refusing to keep the build cache in ${resolve(dir)}: it holds files of its own (${shown.join(', ')}${foreign.length > 3 ? ', …' : ''}) and no ${CACHE_TAG} of a \`blog build\` cache, and the cache would write, replace and remove its files among them.`,
    {
      hint: `Name a folder of its own, such as ${join(resolve(dir), 'blog-cache')} (made if missing). Nothing was changed.`,
    },
  );
}

function isOurTag(path: string): boolean {
  try {
    return readRegularFile(path).toString('utf8').split('\n').includes(OURS);
  } catch {
    return false;
  }
}

function tag(dir: string): void {
  try {
    makeDirs(dir);
    writeAtomic(join(dir, CACHE_TAG), TAG_TEXT);
  } catch {
    // Best effort, as every cache write: the store finds the folder unwritable too and builds without it.
  }
}
