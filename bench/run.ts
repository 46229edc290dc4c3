/**
 * @fileoverview `npm run bench`: times `blog build` on generated blogs of 1,000 and 10,000 posts (and
 * 50,000 with `--large`) — clean, warm with nothing changed, one post changed, one template changed —
 * plus `blog lint` and the related-posts step, with peak memory; and, when installed, Hugo (without and
 * with related content) and Eleventy on the same posts. Prints a table and writes bench/out/results.json.
 *
 *   npm run bench [-- --large] [--runs 3] [--other-runs 3] [--sizes 1000,10000] [--no-others] [--no-hugo-related]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBlog } from './generate.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'blog.js');
const OUT = join(REPO, 'bench', 'out');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const runs = Number(value('--runs', '3'));
const sizes = value('--sizes', flag('--large') ? '1000,10000,50000' : '1000,10000')
  .split(',')
  .map(Number);

interface Sample {
  ms: number;
  rssMb: number | undefined;
  /** User + system CPU seconds in ms: steadier than wall time on a busy machine. */
  cpuMs: number | undefined;
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs a command, timing it from outside; peak RSS from GNU time when it is there. */
function measure(cmd: string, argv: string[], cwd: string, env: Record<string, string> = {}): Sample {
  const useTime = existsSync(TIME);
  const rssFile = join(tmpdir(), `blog-bench-rss-${process.pid}`);
  const started = performance.now();
  const r = useTime
    ? spawnSync(TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...argv], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      })
    : spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = performance.now() - started;
  let rssMb: number | undefined;
  let cpuMs: number | undefined;
  if (useTime && existsSync(rssFile)) {
    const [rss, user, system] = readFileSync(rssFile, 'utf8')
      .trim()
      .split('\n')
      .pop()!
      .split(' ')
      .map(Number);
    rssMb = rss! / 1024;
    cpuMs = (user! + system!) * 1000;
    rmSync(rssFile, { force: true });
  }
  return { ms, rssMb, cpuMs, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
  peakRssMb?: number;
  cpuMedian?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function stat(values: number[], rss: (number | undefined)[] = [], cpu: (number | undefined)[] = []): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const peaks = rss.filter((r): r is number => r !== undefined);
  const cpuTimes = cpu.filter((c): c is number => c !== undefined);
  return {
    median: median(values),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    runs: values.length,
    ...(peaks.length ? { peakRssMb: Math.max(...peaks) } : {}),
    ...(cpuTimes.length ? { cpuMedian: median(cpuTimes) } : {}),
  };
}

function blog(dir: string, ...argv: string[]): Sample {
  const s = measure(process.execPath, [BIN, ...argv], dir, {
    NO_COLOR: '1',
    SOURCE_DATE_EPOCH: '1767225600',
  });
  if (s.status !== 0 && argv[0] === 'build')
    throw new Error(`blog ${argv.join(' ')} failed in ${dir}:\n${s.stderr}`);
  return s;
}

/** Generates the blog once per size (the generator is deterministic, so a kept copy is the same blog). */
function prepareBlog(n: number): string {
  const dir = join(OUT, 'blogs', String(n));
  const stamp = join(dir, '.generated');
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    generateBlog(dir, n);
    writeFileSync(stamp, `${n}\n`);
  }
  rmSync(join(dir, 'templates'), { recursive: true, force: true });
  return dir;
}

function relateMs(sample: Sample): number | undefined {
  const m = /^\s*relate\s+(\d+) ms$/m.exec(sample.stdout + sample.stderr);
  return m ? Number(m[1]) : undefined;
}

/** `blog lint` exists once its branch is merged; until then the row says it was skipped. */
function hasLint(dir: string): boolean {
  const r = spawnSync(process.execPath, [BIN, 'lint', '--help'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 && /Usage: blog lint/.test(r.stdout);
}

function benchBlog(n: number): Record<string, Stat | string> {
  const dir = prepareBlog(n);
  const post = join(dir, 'posts', readdirPosts(dir)[Math.floor(n / 2)]!);
  const original = readFileSync(post, 'utf8');
  const config = join(dir, 'blog.config.json');
  const baseConfig = readFileSync(config, 'utf8');
  const names = ['clean', 'warm', 'onePost', 'template', 'lint', 'cleanPlain'];
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rss: Record<string, (number | undefined)[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, (number | undefined)[]> = Object.fromEntries(names.map((n) => [n, []]));
  const relate: number[] = [];
  const lint = hasLint(dir);
  const theme = readFileSync(join(REPO, 'templates', 'theme', 'post.eta'), 'utf8');
  const record = (name: string, s: Sample) => {
    times[name]!.push(s.ms);
    rss[name]!.push(s.rssMb);
    cpu[name]!.push(s.cpuMs);
  };
  for (let run = 0; run < runs; run++) {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    rmSync(join(dir, '.blog-cache'), { recursive: true, force: true });
    rmSync(join(dir, 'templates'), { recursive: true, force: true });
    writeFileSync(post, original);
    const clean = blog(dir, '--verbose', 'build');
    record('clean', clean);
    const r = relateMs(clean);
    if (r !== undefined) relate.push(r);
    record('warm', blog(dir, 'build'));
    // The title changes, so the post's page, the lists that show it and its related posts' pages change too.
    writeFileSync(
      post,
      original.replace(
        /^title: (.*)$/m,
        (_, t: string) => `title: ${JSON.stringify(`${JSON.parse(t)} (edited, run ${run})`)}`,
      ),
    );
    record('onePost', blog(dir, 'build'));
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'post.eta'), `${theme}<!-- bench ${run} -->\n`);
    record('template', blog(dir, 'build'));
    if (lint) record('lint', blog(dir, 'lint'));
    // The same pages Hugo and Eleventy make here: no search index, no social card.
    rmSync(join(dir, 'templates'), { recursive: true, force: true });
    writeFileSync(post, original);
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    rmSync(join(dir, '.blog-cache'), { recursive: true, force: true });
    writeFileSync(config, JSON.stringify({ ...JSON.parse(baseConfig), search: false, socialCards: false }));
    record('cleanPlain', blog(dir, 'build'));
    writeFileSync(config, baseConfig);
    process.stderr.write('.');
  }
  writeFileSync(post, original);
  rmSync(join(dir, 'templates'), { recursive: true, force: true });
  const out: Record<string, Stat | string> = {};
  for (const [name, values] of Object.entries(times))
    out[name] = values.length ? stat(values, rss[name], cpu[name]) : 'skipped: no `blog lint` command';
  if (relate.length) out.relate = stat(relate);
  return out;
}

function readdirPosts(dir: string): string[] {
  return (spawnSync('ls', [join(dir, 'posts')], { encoding: 'utf8' }).stdout ?? '')
    .split('\n')
    .filter(Boolean);
}

/** Copies a skeleton and the blog's posts into a scratch site for another generator. */
function otherSite(kind: 'hugo' | 'eleventy', n: number): string {
  const site = join(OUT, `${kind}-${n}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(join(REPO, 'bench', kind), site, { recursive: true });
  const posts = join(prepareBlog(n), 'posts');
  if (kind === 'hugo') {
    mkdirSync(join(site, 'content'), { recursive: true });
    cpSync(posts, join(site, 'content', 'posts'), { recursive: true });
  } else {
    cpSync(posts, join(site, 'posts'), { recursive: true });
    renameSync(join(site, 'posts.11tydata.mjs'), join(site, 'posts', 'posts.11tydata.mjs'));
  }
  return site;
}

function available(cmd: string, argv: string[]): string | undefined {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 300_000 });
  return r.status === 0 ? (r.stdout || r.stderr).trim().split('\n')[0] : undefined;
}

function benchOthers(n: number, otherRuns: number): Record<string, Stat | string> {
  const out: Record<string, Stat | string> = {};
  const hugo = available('hugo', ['version']);
  if (hugo) {
    const variants: [string, string[]][] = [['hugo', []]];
    if (!flag('--no-hugo-related')) variants.push(['hugoRelated', ['--config', 'config.toml,related.toml']]);
    for (const [name, extra] of variants) {
      const site = otherSite('hugo', n);
      const samples: Sample[] = [];
      for (let i = 0; i < otherRuns; i++) {
        rmSync(join(site, 'public'), { recursive: true, force: true });
        rmSync(join(site, 'resources'), { recursive: true, force: true });
        const s = measure('hugo', ['--quiet', '-d', 'public', ...extra], site);
        if (s.status !== 0) throw new Error(`hugo failed:\n${s.stderr}`);
        samples.push(s);
        process.stderr.write('.');
      }
      out[name] = stat(
        samples.map((s) => s.ms),
        samples.map((s) => s.rssMb),
        samples.map((s) => s.cpuMs),
      );
    }
  } else out.hugo = 'skipped: `hugo` not installed (apt-get install -y hugo)';
  // npx from a scratch folder outside the repository: Eleventy is never a dependency of this project.
  const npxDir = join(tmpdir(), 'blog-bench-npx');
  mkdirSync(npxDir, { recursive: true });
  const eleventy = flag('--no-eleventy')
    ? undefined
    : available('npx', ['--yes', '--prefix', npxDir, '@11ty/eleventy@3', '--version']);
  if (eleventy) {
    const site = otherSite('eleventy', n);
    const samples: Sample[] = [];
    for (let i = 0; i < otherRuns; i++) {
      rmSync(join(site, '_site'), { recursive: true, force: true });
      const s = measure('npx', ['--yes', '--prefix', npxDir, '@11ty/eleventy@3', '--quiet'], site);
      if (s.status !== 0) throw new Error(`eleventy failed:\n${s.stderr}`);
      samples.push(s);
      process.stderr.write('.');
    }
    out.eleventy = stat(
      samples.map((s) => s.ms),
      samples.map((s) => s.rssMb),
      samples.map((s) => s.cpuMs),
    );
  } else out.eleventy = 'skipped: `npx @11ty/eleventy@3` not available';
  return out;
}

const fmt = (ms: number) =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;

function printTable(results: Record<string, Record<string, Stat | string>>): void {
  const rows: string[][] = [['posts', 'measure', 'median', 'min', 'max', 'CPU', 'peak RSS', 'note']];
  for (const [n, byName] of Object.entries(results)) {
    const clean = byName.clean as Stat | undefined;
    for (const [name, s] of Object.entries(byName)) {
      if (typeof s === 'string') {
        rows.push([n, name, '', '', '', '', '', s]);
        continue;
      }
      let note = '';
      if (clean && ['warm', 'onePost', 'template'].includes(name))
        note = `${((s.median / clean.median) * 100).toFixed(1)}% of clean`;
      const plain = byName.cleanPlain as Stat | undefined;
      if (clean && ['hugo', 'hugoRelated', 'eleventy'].includes(name)) {
        note = `blog clean / ${name} = ${(clean.median / s.median).toFixed(2)}`;
        if (plain) note += `, cleanPlain / ${name} = ${(plain.median / s.median).toFixed(2)}`;
      }
      rows.push([
        n,
        name,
        fmt(s.median),
        fmt(s.min),
        fmt(s.max),
        s.cpuMedian ? fmt(s.cpuMedian) : '',
        s.peakRssMb ? `${s.peakRssMb.toFixed(0)} MB` : '',
        note,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(
      r.map((c, i) => (i < 2 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    );
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const results: Record<string, Record<string, Stat | string>> = {};
  for (const n of sizes) {
    process.stderr.write(`${n} posts `);
    results[n] = benchBlog(n);
    if (!flag('--no-others'))
      Object.assign(results[n], benchOthers(n, Number(value('--other-runs', String(runs)))));
    process.stderr.write('\n');
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    runs,
    results,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable(results);
  console.log(
    `\n${cpus().length} cores, Node ${process.version}; medians of ${runs} runs. clean: the default config (search index and site card); cleanPlain: without them, the pages Hugo and Eleventy make here. JSON: bench/out/results.json`,
  );
}

main();
