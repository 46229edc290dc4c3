/**
 * @fileoverview Benchmark of the related-posts step alone (plain text + index + every post's picks) at
 * 1,000 / 10,000 / 50,000 generated posts: median time and memory. Each size runs in its own process.
 *
 *   npm run bench:related                 # builds dist/, then all sizes
 *   node --import tsx bench/related.ts 10000 --runs 5
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../src/config/schema.ts';
import { parseSourceFile } from '../src/content/frontmatter.ts';
import { toPost } from '../src/content/post.ts';
import type * as Related from '../src/site/related.ts';
import { slugify } from '../src/util/slug.ts';
import { generatePost } from './generate.ts';

interface Prepared {
  slug: string;
  tags: string[];
  epoch: number;
  title: string;
  description: string | undefined;
  body: string;
}

/** The posts as the build has them by the time it relates them: parsed, sorted newest first. */
function prepare(count: number): Prepared[] {
  const config = configSchema.parse({});
  const posts: Prepared[] = [];
  for (let i = 0; i < count; i++) {
    const g = generatePost(i, count);
    const post = toPost(parseSourceFile({ path: g.file, file: `posts/${g.file}`, text: g.text }), config);
    posts.push({
      slug: post.slug,
      tags: post.tags.map(slugify),
      epoch: post.date!.epoch,
      title: post.title,
      description: post.description,
      body: post.body,
    });
  }
  return posts.sort((a, b) => b.epoch - a.epoch || (a.slug < b.slug ? -1 : 1));
}

// The compiled modules, as `blog build` runs them (its worker thread loads `count-worker.js`).
const compiled = '../dist/site/related.js';
const { createRelatedIndex, relatePosts } = (await import(compiled)) as typeof Related;

/** What `buildSite` times as its `relate` phase. */
function inputsOf(posts: readonly Prepared[]): Related.RelatedInput[] {
  return posts.map((p) => ({
    slug: p.slug,
    tags: p.tags,
    epoch: p.epoch,
    pins: [],
    text: { title: p.title, description: p.description, body: p.body },
  }));
}

function relateStep(posts: readonly Prepared[]): number[][] {
  return relatePosts(inputsOf(posts), { count: 3 });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function child(count: number, runs: number): void {
  const posts = prepare(count);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  // What the index keeps while the build runs: heap plus typed arrays, measured between two collections.
  const held = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = held();
  const index = createRelatedIndex(inputsOf(posts), { count: 3 });
  gc?.();
  const indexBytes = held() - before;
  index.relate(0);
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpu: number[] = [];
  let picks = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const related = relateStep(posts);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    picks = related.reduce((sum, list) => sum + list.length, 0);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      posts: count,
      runs,
      medianMs: Math.round(times[Math.floor(times.length / 2)]!),
      minMs: Math.round(times[0]!),
      cpuMs: Math.round(cpu[Math.floor(cpu.length / 2)]!),
      picksPerPost: +(picks / count).toFixed(2),
      inputsHeap: heapBefore,
      stepPeakRss: Math.max(0, peakRss - rssBefore),
      indexBytes,
    }),
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  if (args[0] === '--child') {
    child(Number(args[1]), Number(args[2]));
    return;
  }
  const sizes = args[0] && runsAt !== 0 ? [Number(args[0])] : [1_000, 10_000, 50_000];
  console.log(
    'posts   wall (median)   CPU, both threads   per post   peak RSS of the step   index held   runs',
  );
  let previous: { posts: number; medianMs: number } | undefined;
  for (const size of sizes) {
    const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : size >= 50_000 ? 3 : 5;
    const result = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--child',
        String(size),
        String(runs),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (result.status !== 0) {
      console.error(result.stderr);
      process.exitCode = 1;
      return;
    }
    const r = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
      posts: number;
      runs: number;
      medianMs: number;
      cpuMs: number;
      stepPeakRss: number;
      indexBytes: number;
    };
    const growth = previous
      ? `   time ×${(r.medianMs / previous.medianMs).toFixed(1)} for posts ×${(r.posts / previous.posts).toFixed(0)}`
      : '';
    console.log(
      [
        String(r.posts).padStart(5),
        `${r.medianMs} ms`.padStart(15),
        `${r.cpuMs} ms`.padStart(19),
        `${((r.medianMs * 1000) / r.posts).toFixed(0)} µs`.padStart(10),
        mb(r.stepPeakRss).padStart(22),
        mb(r.indexBytes).padStart(12),
        String(r.runs).padStart(6),
      ].join(' ') + growth,
    );
    previous = r;
  }
  console.log(
    `(load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores)`,
  );
}

main();
