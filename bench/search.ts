/**
 * @fileoverview What the search index costs: clean `blog build --no-cache` of generated blogs with
 * `search` on and off (runs alternate, medians), the size of `pagefind/`, and a cached rebuild after
 * one post's body changed (which re-indexes) against one where only a static file changed (which keeps it).
 *
 *   npm run build && node --import tsx bench/search.ts [--sizes 1000,10000] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBlog } from './generate.ts';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'blog.js');
const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const runs = Number(value('--runs', '3'));
const sizes = value('--sizes', '1000,10000').split(',').map(Number);

function build(blog: string, ...flags: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', ...flags], { cwd: blog, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`blog build failed: ${r.stderr}`);
  return (performance.now() - started) / 1000;
}

function setSearch(blog: string, on: boolean): void {
  const path = join(blog, 'blog.config.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), search: on }));
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, f));
    if (st.isFile()) {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [
  '| posts | clean build, search off | clean build, search on | index cost | `pagefind/` size (files) | rebuild, one post edited | rebuild, a static file added |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const size of sizes) {
  const blog = join(tmpdir(), `blog-bench-search-${size}`);
  rmSync(blog, { recursive: true, force: true });
  generateBlog(blog, size);
  mkdirSync(join(blog, 'static'));
  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < runs; i++) {
    setSearch(blog, false);
    off.push(build(blog, '--no-cache'));
    setSearch(blog, true);
    on.push(build(blog, '--no-cache'));
  }
  const index = folderSize(join(blog, 'dist', 'pagefind'));
  // Cached rebuilds with search on: prime the cache, then change one post / add one static file.
  build(blog);
  const edited: number[] = [];
  const kept: number[] = [];
  const post = join(blog, 'posts', readdirSync(join(blog, 'posts')).sort()[0]!);
  for (let i = 0; i < runs; i++) {
    appendFileSync(post, `\nOne more sentence, number ${i}.\n`);
    edited.push(build(blog));
    writeFileSync(join(blog, 'static', `note-${i}.txt`), `${i}\n`, { flag: 'w' });
    kept.push(build(blog));
  }
  const s = (x: number) => `${x.toFixed(2)} s`;
  rows.push(
    `| ${size.toLocaleString('en')} | ${s(median(off))} | ${s(median(on))} | +${s(median(on) - median(off))} (×${(median(on) / median(off)).toFixed(2)}) | ${(index.bytes / 1e6).toFixed(1)} MB (${index.files}) | ${s(median(edited))} | ${s(median(kept))} |`,
  );
  console.error(rows.at(-1));
  rmSync(blog, { recursive: true, force: true });
}
console.log(rows.join('\n'));
