/**
 * @fileoverview `npm run unit`: every `*.test.ts` under `test/` in its own uvu process, as many at once as
 * the machine has cores, so one suite's waits (a spawned build, a browser, Java) overlap another's work.
 * Each suite's output is printed whole when it ends (uvu's own "Total:", "Passed:", "Skipped:" lines
 * included, which `.ci/run` adds up); the exit code is non-zero when any suite failed or crashed.
 *
 * Usage: `node --import tsx test/run-suites.ts [pattern]`; TEST_JOBS sets how many run at once.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const UVU = join(REPO, 'node_modules', 'uvu', 'bin.js');

/**
 * Suites started first because they take longest (a browser or Java over whole sites, thousands of fuzzed
 * posts): started last, one of them would run alone at the end while the other cores sit idle.
 */
const LONG_FIRST = [/^test\/browser\//, /^test\/fuzz\//, /^test\/cli\/(cache|pipeline|build|sharing)\./];

function suites(pattern: RegExp): string[] {
  const files = readdirSync(join(REPO, 'test'), { recursive: true, encoding: 'utf8' })
    .map((f) => `test/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.test.ts') && pattern.test(f))
    .sort();
  const rank = (f: string) => {
    const i = LONG_FIRST.findIndex((r) => r.test(f));
    return i < 0 ? LONG_FIRST.length : i;
  };
  // Within a rank, bigger files first: a rough stand-in for the number of builds a suite runs.
  const size = (f: string) => statSync(join(REPO, f)).size;
  return files.sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
}

/** Runs one suite file in its own uvu process; resolves with its exit code and everything it printed. */
function runSuite(file: string): Promise<{ code: number; output: string }> {
  const dir = dirname(file);
  const name = file.slice(dir.length + 1).replace(/[.]/g, '\\.');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', UVU, dir, `^${name}$`], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      let output = Buffer.concat(chunks).toString('utf8');
      // A suite killed or crashed before uvu's summary still counts as a failed test in the totals.
      if (code !== 0 && !/^\s*Total:/m.test(stripVTControlCharacters(output)))
        output += `\n  ${file} exited ${signal ?? code} before its summary\n  Total:     1\n  Passed:    0\n  Skipped:   0\n`;
      resolve({ code: code ?? 1, output });
    });
  });
}

async function main(): Promise<number> {
  const pattern = new RegExp(process.argv[2] ?? '\\.test\\.ts$');
  const queue = suites(pattern);
  if (queue.length === 0) {
    console.error(`No suite matches ${pattern}`);
    return 1;
  }
  const jobs = Math.max(1, Number(process.env.TEST_JOBS) || availableParallelism());
  const failed: { file: string; output: string }[] = [];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const started = performance.now();
      const { code, output } = await runSuite(file);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n${file} (${seconds} s)\n${output}`);
      if (code !== 0) failed.push({ file, output });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  // A failed suite's report again at the end, where a CI log cut to its last lines still shows it; each line
  // behind "| ", so `.ci/run` does not count its "Total:" twice.
  for (const { file, output } of failed) {
    const report = stripVTControlCharacters(output).trim().slice(-6000).split('\n');
    console.error(`\n--- ${file} failed ---\n${report.map((line) => `| ${line}`).join('\n')}`);
  }
  if (failed.length)
    console.error(
      `\nFailed: ${failed
        .map((f) => f.file)
        .sort()
        .join(', ')}`,
    );
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
