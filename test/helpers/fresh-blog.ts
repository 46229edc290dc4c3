/** @fileoverview A fresh starter blog made by `blog init`, as the issue reports reproduce from, plus small file helpers. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { runBlog, setConfig, tempDir } from './cli.ts';

/**
 * `blog init site` in a new temp folder; returns the blog's root. `config` keys, when given, are set in its
 * `blog.config.json` (e.g. `WITHOUT_EXTRAS` from `cli.ts`).
 */
export function freshBlog(config?: Record<string, unknown>): string {
  const dir = tempDir('blog-fresh-');
  const r = runBlog(['init', 'site'], { cwd: dir });
  assert.is(r.status, 0, r.stderr);
  const root = join(dir, 'site');
  if (config) setConfig(root, config);
  return root;
}

/** Writes `posts/<name>` with the given front-matter lines and body. */
export function writePost(blog: string, name: string, text: string): string {
  const path = join(blog, 'posts', name);
  writeFileSync(path, text);
  return path;
}

/** Every Markdown file under a folder, recursively (for rewriting a whole blog's line ends). */
export function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

/** The starter's page bundle (a post folder with `index.md` and `workflow.svg`). */
export const BUNDLE = 'posts/technology-pinpoints-inefficiencies';

/** A fresh blog, and a folder beside it, outside the blog, holding `secret.txt` (think `~/.ssh`). */
export function freshBlogBeside(config?: Record<string, unknown>): { root: string; outside: string } {
  const root = freshBlog(config);
  const outside = join(root, '..', 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET-KEY\n');
  return { root, outside };
}
