/**
 * @fileoverview Times `blog lint` on a generated blog of 10,000 posts (bench/generate.ts), as a user runs it:
 * the compiled CLI in a fresh process, several runs, median wall time. Target: under 3 s on 2 cores.
 *
 *   npm run build && npm run bench:lint [-- <posts> <runs>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBlog } from './generate.ts';

const posts = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const blog = join(tmpdir(), `blog-bench-lint-${posts}`);
if (!existsSync(join(blog, 'blog.config.json'))) {
  mkdirSync(blog, { recursive: true });
  generateBlog(blog, posts);
}

const times: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'bin', 'blog.js'), 'lint', '--format', 'json'], {
    cwd: blog,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  times.push((performance.now() - started) / 1000);
  if (r.status === 2) throw new Error(r.stderr);
  const results = JSON.parse(r.stdout) as { errorCount: number; warningCount: number }[];
  const errors = results.reduce((n, f) => n + f.errorCount, 0);
  const warnings = results.reduce((n, f) => n + f.warningCount, 0);
  summary = `${results.length} files, ${errors} errors, ${warnings} warnings`;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`blog lint, ${posts} posts (${summary}): median ${median.toFixed(2)} s of ${runs} runs`);
console.log(`  runs: ${times.map((t) => t.toFixed(2)).join(' ')} s`);
