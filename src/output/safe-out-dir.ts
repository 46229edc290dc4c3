/** @fileoverview Refuses output and cache folders whose writes would lose, change or publish something the user wrote. */
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { isInside } from '../fs/inside.ts';

/**
 * Throws unless `outDir` is a new folder, an empty one, or a previous build (it holds the marker file), and
 * does not hold `cacheDir`, the build cache in use (whose records, drafts' front-matter among them, would be
 * published with the site, and which each swap of the site would wipe).
 */
export function assertSafeOutDir(root: string, outDir: string, cacheDir?: string): void {
  const out = resolve(outDir);
  const reason = (why: string, hint = 'Pick a new or empty folder, such as the default `dist/`.') =>
    new BlogError('OUTPUT_UNSAFE', `Refusing to write the site to ${out}: ${why}.`, {
      hint: `${hint} Nothing was changed.`,
    });
  // The finished site is renamed into place, which would replace a link with a folder (and leave the folder it
  // led to as it was): the user's link is not ours to replace.
  if (lstatSync(out, { throwIfNoEntry: false })?.isSymbolicLink())
    throw reason(
      `it is a symbolic link (to ${readlinkSync(out)}), which the new site would replace`,
      'Set the output folder to where the link leads, or remove the link.',
    );
  const problem = userFolderProblem(root, out);
  if (problem) throw reason(problem);
  if (cacheDir !== undefined && isInside(realPathOf(out), realPathOf(cacheDir)))
    throw reason(
      `the build cache is kept ${resolve(cacheDir) === out ? 'there' : `inside it (${cacheDir})`}, and its records (drafts among them) would be published`,
      'Pick another folder for the site, such as the default `dist/`, or keep the cache elsewhere (`--cache-dir`).',
    );
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw reason('it is a file');
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw reason('it is not empty and not the output of an earlier `blog build`');
  }
}

/**
 * Throws unless `cacheDir` is a folder of its own: the cache writes its records there and replaces them, so the
 * blog, `posts/`, `static/` (whose files are published) or the output (replaced by every build) will not do.
 */
export function assertSafeCacheDir(root: string, cacheDir: string, outDir: string): void {
  const dir = resolve(cacheDir);
  const problem =
    userFolderProblem(root, dir) ??
    (isInside(realPathOf(outDir), realPathOf(dir))
      ? 'it is inside the output folder, which each build replaces'
      : undefined);
  if (problem)
    throw new BlogError('USAGE', `Refusing to keep the build cache in ${dir}: ${problem}.`, {
      hint: 'Pick a folder of its own, such as the default `.blog-cache/` in the blog. Nothing was changed.',
    });
}

/**
 * Why `dir` is a folder whose files are the user's (the blog itself, a folder holding it, or one of its source
 * folders), or undefined. Checked by name and again with every link followed: `site/` below a link to `posts/`
 * is inside `posts/`.
 */
function userFolderProblem(root: string, dir: string): string | undefined {
  for (const [blog, path] of [
    [resolve(root), resolve(dir)],
    [realPathOf(root), realPathOf(dir)],
  ] as const) {
    if (isInside(path, blog))
      return path === blog ? 'it is the blog folder itself' : 'it holds the blog folder';
    for (const name of ['posts', 'templates', 'static', 'node_modules', '.git']) {
      if (isInside(join(blog, name), path)) return `it is inside the blog's \`${name}/\``;
    }
  }
  return undefined;
}

/** `path` with every link followed, as far as it exists; the part that does not exist yet is kept as named. */
function realPathOf(path: string): string {
  const missing: string[] = [];
  let head = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(head), ...missing);
    } catch {
      const parent = dirname(head);
      if (parent === head) return resolve(path);
      missing.unshift(basename(head));
      head = parent;
    }
  }
}
