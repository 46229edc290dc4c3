/**
 * @fileoverview What images cost: a post with ten 3000×2000 JPEGs, the starter blog, and 1,000 posts with a
 * cover each; first build and rebuilds (wall time, medians), and what a reader downloads for a post.
 *
 *   npm run build && node --import tsx bench/images.ts [--posts 1000] [--runs 3] [--ref <other bin/blog.js>]
 *
 * `--ref` times another build of blog (e.g. the main branch compiled elsewhere) on the same blogs.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { generateBlog } from './generate.ts';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'blog.js');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const POSTS = Number(option('--posts', '1000'));
const RUNS = Number(option('--runs', '3'));
const REF = option('--ref', '');

/** A photo-like JPEG (smooth colour plus grain, which encoders cannot cheat on). */
async function photo(path: string, width: number, height: number, seed: number): Promise<void> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},70%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.6}" cy="${height * 0.4}" r="${height / 4}" fill="#fff" fill-opacity=".4"/></svg>`;
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 24 },
    },
  })
    .blur(0.8)
    .raw()
    .toBuffer();
  await sharp(Buffer.from(svg))
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toFile(path);
}

function run(bin: string, cwd: string, ...extra: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bin, 'build', '--quiet', ...extra], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed in ${cwd}: ${r.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (s: number) => `${s.toFixed(2)} s`;

/** Clean build (no dist, no cache), then a rebuild after a one-line edit, then one with nothing changed. */
function timeBlog(bin: string, blog: string, edit: string, runs = RUNS) {
  const clean: number[] = [];
  const edited: number[] = [];
  const unchanged: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(join(blog, 'dist'), { recursive: true, force: true });
    rmSync(join(blog, '.blog-cache'), { recursive: true, force: true });
    clean.push(run(bin, blog));
    appendFileSync(join(blog, edit), `\nEdited ${i}.\n`);
    edited.push(run(bin, blog));
    unchanged.push(run(bin, blog));
  }
  return { clean: median(clean), edited: median(edited), unchanged: median(unchanged) };
}

function folderSize(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

const work = mkdtempSync(join(tmpdir(), 'blog-bench-images-'));
const report: string[] = [];
const log = (line: string) => {
  report.push(line);
  console.log(line);
};

// 1. The starter blog plus one post with ten 3000×2000 JPEGs.
const ten = join(work, 'ten');
cpSync(join(REPO, 'templates', 'starter'), ten, { recursive: true });
const gallery = join(ten, 'posts', '2025-10-02-gallery');
mkdirSync(gallery, { recursive: true });
for (let i = 0; i < 10; i++) await photo(join(gallery, `photo-${i}.jpg`), 3000, 2000, i);
const sources = readdirSync(gallery).reduce((n, f) => n + statSync(join(gallery, f)).size, 0);
appendFileSync(
  join(gallery, 'index.md'),
  `---\ntitle: Ten photos\ndate: 2025-10-02\ntags: [Photos]\ndescription: Ten 3000 by 2000 photos from the office opening, to measure image processing.\nimage: photo-0.jpg\nimageAlt: The first photo\n---\n${Array.from({ length: 10 }, (_, i) => `Photo ${i}:\n\n![Photo ${i}](photo-${i}.jpg)\n`).join('\n')}`,
);
const t = timeBlog(BIN, ten, 'posts/2025-10-02-gallery/index.md');
log(
  `ten 3000x2000 JPEGs (${(sources / 1e6).toFixed(1)} MB): first build ${fmt(t.clean)}, rebuild after a text edit ${fmt(t.edited)}, nothing changed ${fmt(t.unchanged)}; /_img/ ${(folderSize(join(ten, 'dist', '_img')) / 1e6).toFixed(1)} MB`,
);
if (REF) {
  const r = timeBlog(REF, ten, 'posts/2025-10-02-gallery/index.md');
  log(
    `  same blog, --ref build: first ${fmt(r.clean)}, text edit ${fmt(r.edited)}, nothing changed ${fmt(r.unchanged)}`,
  );
}

// 2. The starter blog as `blog init` makes it.
const starter = join(work, 'starter');
cpSync(join(REPO, 'templates', 'starter'), starter, { recursive: true });
const s = timeBlog(BIN, starter, 'posts/2025-10-01-backup-checklist.md');
log(`starter: first build ${fmt(s.clean)}, text edit ${fmt(s.edited)}, nothing changed ${fmt(s.unchanged)}`);
if (REF) {
  const r = timeBlog(REF, starter, 'posts/2025-10-01-backup-checklist.md');
  log(
    `  starter, --ref build: first ${fmt(r.clean)}, text edit ${fmt(r.edited)}, nothing changed ${fmt(r.unchanged)}`,
  );
}

// 3. N generated posts, each with its own 1200×800 cover.
const many = join(work, 'many');
generateBlog(many, POSTS);
mkdirSync(join(many, 'static', 'covers'), { recursive: true });
const files = readdirSync(join(many, 'posts')).sort();
for (const [i, file] of files.entries()) {
  await photo(join(many, 'static', 'covers', `${i}.jpg`), 1200, 800, i);
  const path = join(many, 'posts', file);
  const text = readFileSync(path, 'utf8');
  const withCover = text.replace(/^---\n/, `---\nimage: /covers/${i}.jpg\nimageAlt: Cover ${i}\n`);
  rmSync(path);
  appendFileSync(path, withCover);
}
const m = timeBlog(BIN, many, join('posts', files[0]!), 1);
log(
  `${POSTS} posts with a 1200x800 cover each: first build ${fmt(m.clean)}, text edit ${fmt(m.edited)}, nothing changed ${fmt(m.unchanged)}`,
);
if (REF) {
  const r = timeBlog(REF, many, join('posts', files[0]!), 1);
  log(
    `  same blog, --ref build: first ${fmt(r.clean)}, text edit ${fmt(r.edited)}, nothing changed ${fmt(r.unchanged)}`,
  );
}

rmSync(work, { recursive: true, force: true });
