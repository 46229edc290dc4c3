/**
 * @fileoverview `npm run bench:floors`: what a clean build of the benchmark's blog cannot go below with this
 * stack, each part timed on its own in a fresh process, beside Hugo's whole build in the same run:
 * - start: `blog --version` (Node starting and loading the bundle);
 * - markdown: every post's body through the build's own Markdown renderer (marked, highlight.js,
 *   sanitize-html), once, on one thread, as a build renders them;
 * - files: the files of a plain build's output (`search` and `socialCards` off), written again from memory
 *   into a new folder on the same disk, 32 at a time, as the build's writer does;
 * - search: Pagefind indexing a default build's post pages and writing its index (no build can skip this
 *   with search on, and it runs after the pages exist).
 * Medians of `--runs` (3). Nothing here is a target: it says how far any change to the build's own code can go.
 *
 *   npm run build && npm run bench:floors [-- --sizes 1000,10000] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../src/content/split-front-matter.ts';
import { walkFiles } from '../src/fs/walk-files.ts';
import { createMarkdownRenderer } from '../src/render/markdown.ts';
import { forEachLimit } from '../src/util/limit.ts';
import { generateBlog } from './generate.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'blog.js');
const OUT = join(REPO, 'bench', 'out', 'floors');
const SELF = fileURLToPath(import.meta.url);

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

/** In a child process: times one part and prints its milliseconds. */
async function child(part: string, dir: string): Promise<number> {
  if (part === 'markdown') {
    const render = createMarkdownRenderer({ allowHtml: false });
    const posts = walkFiles(join(dir, 'posts'), { within: dir }).files.filter((f) => f.rel.endsWith('.md'));
    const bodies = posts.map((f) => {
      const text = readFileSync(f.path, 'utf8');
      return text.slice(splitFrontMatter(text)?.bodyStart ?? 0);
    });
    const t = performance.now();
    for (const body of bodies) render(body, (url) => url);
    return performance.now() - t;
  }
  if (part === 'files') {
    // `dir` is the plain blog here.
    const from = join(dir, 'dist');
    const files = walkFiles(from, { within: from }).files.map((f) => ({
      rel: f.rel,
      content: readFileSync(f.path),
    }));
    const to = join(dir, 'dist-copy');
    rmSync(to, { recursive: true, force: true });
    const t = performance.now();
    const made = new Map<string, Promise<unknown>>();
    await forEachLimit(files, 32, async (file) => {
      const path = join(to, file.rel);
      const parent = dirname(path);
      if (!made.has(parent)) made.set(parent, mkdir(parent, { recursive: true }));
      await made.get(parent);
      await writeFile(path, file.content);
    });
    const ms = performance.now() - t;
    rmSync(to, { recursive: true, force: true });
    return ms;
  }
  if (part === 'search') {
    const pagefind = await import('pagefind');
    const to = join(dir, 'search-copy');
    rmSync(to, { recursive: true, force: true });
    const t = performance.now();
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('Pagefind returned no index');
    await index.addDirectory({ path: join(dir, 'dist'), glob: 'posts/*/index.html' });
    await index.writeFiles({ outputPath: to });
    const ms = performance.now() - t;
    await pagefind.close();
    rmSync(to, { recursive: true, force: true });
    return ms;
  }
  throw new Error(`unknown part ${part}`);
}

function run(cmd: string, argv: string[], cwd: string): { ms: number; stdout: string } {
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stderr}`);
  return { ms: performance.now() - started, stdout: r.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function prepare(n: number): { dir: string; plain: string } {
  const dir = join(OUT, String(n));
  if (!existsSync(join(dir, '.generated'))) {
    rmSync(dir, { recursive: true, force: true });
    generateBlog(dir, n);
    writeFileSync(join(dir, '.generated'), `${n}\n`);
  }
  const config = JSON.parse(readFileSync(join(dir, 'blog.config.json'), 'utf8')) as Record<string, unknown>;
  // The two outputs the parts read: a default build's (search) and a plain one's (files).
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  run(process.execPath, [BIN, 'build', '--no-cache'], dir);
  const plain = join(OUT, `${n}-plain`);
  rmSync(plain, { recursive: true, force: true });
  mkdirSync(plain, { recursive: true });
  cpSync(join(dir, 'posts'), join(plain, 'posts'), { recursive: true });
  writeFileSync(
    join(plain, 'blog.config.json'),
    JSON.stringify({ ...config, search: false, socialCards: false }),
  );
  run(process.execPath, [BIN, 'build', '--no-cache'], plain);
  return { dir, plain };
}

function hugoMs(n: number, dir: string): number | undefined {
  if (spawnSync('hugo', ['version']).status !== 0) return undefined;
  const site = join(OUT, `hugo-${n}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(join(REPO, 'bench', 'hugo'), site, { recursive: true });
  cpSync(join(dir, 'posts'), join(site, 'content', 'posts'), { recursive: true });
  rmSync(join(site, 'public'), { recursive: true, force: true });
  const ms = run('hugo', ['--quiet', '-d', 'public'], site).ms;
  rmSync(join(site, 'public'), { recursive: true, force: true });
  return ms;
}

async function main(): Promise<void> {
  if (args[0] === '--child') {
    process.stdout.write(`${await child(args[1]!, args[2]!)}\n`);
    return;
  }
  const runs = Number(value('--runs', '3'));
  const sizes = value('--sizes', '1000,10000').split(',').map(Number);
  const rows: string[] = [];
  for (const n of sizes) {
    const { dir, plain } = prepare(n);
    const times: Record<string, number[]> = { start: [], markdown: [], files: [], search: [], hugo: [] };
    const part = (name: string) =>
      Number(
        run(
          process.execPath,
          ['--import', 'tsx', SELF, '--child', name, name === 'files' ? plain : dir],
          REPO,
        ).stdout,
      );
    for (let i = 0; i < runs; i++) {
      times.start!.push(run(process.execPath, [BIN, '--version'], dir).ms);
      for (const name of ['markdown', 'files', 'search']) times[name]!.push(part(name));
      const hugo = hugoMs(n, dir);
      if (hugo !== undefined) times.hugo!.push(hugo);
      process.stderr.write('.');
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.length ? median(v) : NaN]));
    const s = (ms: number) => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
    rows.push(
      `| ${n} | ${s(m.start!)} | ${s(m.markdown!)} | ${s(m.files!)} | ${s(m.search!)} | ${s(m.start! + m.markdown!)} | ${s(m.hugo!)} | ${s(0.7 * m.hugo!)} |`,
    );
  }
  process.stderr.write('\n');
  console.log('| posts | start | markdown | files | search | start + markdown | Hugo | 0.7 × Hugo |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`\nmedians of ${runs}; each part in its own process (see bench/floors.ts)`);
}

await main();
