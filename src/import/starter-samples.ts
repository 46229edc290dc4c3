/** @fileoverview The sample posts `blog init` wrote, still in `posts/` byte for byte: published with an import unless removed. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Note } from './types.ts';

/** Whether two files or folders hold the same bytes (a folder: the same files, each the same). */
function same(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  const dir = statSync(a).isDirectory();
  if (dir !== statSync(b).isDirectory()) return false;
  if (!dir) return readFileSync(a).equals(readFileSync(b));
  const names = readdirSync(a).sort();
  const theirs = readdirSync(b).sort();
  return isSameList(names, theirs) && names.every((n) => same(join(a, n), join(b, n)));
}

const isSameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A note per sample post still unchanged in the blog, the first with one command removing them all. */
export function starterSampleNotes(blogRoot: string, starterDir: string): Note[] {
  const samples = join(starterDir, 'posts');
  if (!existsSync(samples)) return [];
  const found = readdirSync(samples)
    .sort()
    .filter((name) => same(join(samples, name), join(blogRoot, 'posts', name)))
    .map((name) => `posts/${name}`);
  return found.map((file, i) => ({
    file: statSync(join(blogRoot, file)).isDirectory() ? `${file}/` : file,
    line: 1,
    message:
      i === 0
        ? `a sample post of \`blog init\`, unchanged: published with the imported posts; remove ${found.length === 1 ? 'it' : `all ${found.length}`} with: rm -r ${found.join(' ')}`
        : 'a sample post of `blog init`, unchanged',
  }));
}
