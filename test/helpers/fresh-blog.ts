/** @fileoverview A fresh starter blog made by `blog init`, as a new user has it, plus a folder outside it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBlog, tempDir } from './cli.ts';

export interface FreshBlog {
  /** The blog folder. */
  root: string;
  /** A folder beside the blog, outside it, holding `secret.txt` (think `~/.ssh`). */
  outside: string;
}

export function freshBlog(): FreshBlog {
  const parent = tempDir('blog-fresh-');
  const root = join(parent, 'blog');
  const init = runBlog(['init', root], { cwd: parent });
  if (init.status !== 0) throw new Error(`blog init failed:\n${init.stderr}`);
  const outside = join(parent, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET-KEY\n');
  return { root, outside };
}

export const BUNDLE = 'posts/technology-pinpoints-inefficiencies';
