/**
 * @fileoverview Times `blog lint` on a generated blog of 10,000 posts (bench/generate.ts), as a user runs it:
 * the compiled CLI in a fresh process, several runs, median wall time. Target: under 3 s on 2 cores.
 *
 *   npm run build && npm run bench:lint [-- <posts> <runs>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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

// CPU seconds (user + system) alongside wall time: on a shared machine the wall time says more about the
// neighbours than about blog; /usr/bin/time reports the child's own CPU.
const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'CPU %U %S'] : [];
const times: number[] = [];
const cpu: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const command = [...timer, process.execPath, join(repo, 'bin', 'blog.js'), 'lint', '--format', 'json'];
  const r = spawnSync(command[0]!, command.slice(1), {
    cwd: blog,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  times.push((performance.now() - started) / 1000);
  const used = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (used) cpu.push(Number(used[1]) + Number(used[2]));
  if (r.status === 2 || r.status === null) throw new Error(r.stderr);
  const results = JSON.parse(r.stdout) as { errorCount: number; warningCount: number }[];
  const errors = results.reduce((n, f) => n + f.errorCount, 0);
  const warnings = results.reduce((n, f) => n + f.warningCount, 0);
  summary = `${results.length} files, ${errors} errors, ${warnings} warnings`;
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(
  `blog lint, ${posts} posts (${summary}): median ${median(times).toFixed(2)} s wall of ${runs} runs`,
);
if (cpu.length) console.log(`  CPU (user + system) median ${median(cpu).toFixed(2)} s`);
console.log(
  `  wall: ${times.map((t) => t.toFixed(2)).join(' ')} s; load average ${loadavg()[0]!.toFixed(1)}`,
);
