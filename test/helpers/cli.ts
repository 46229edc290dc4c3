/** @fileoverview Runs `bin/blog.js` as a user would, on a temp copy of a fixture blog. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO, 'bin', 'blog.js');
export const FIXTURES = join(REPO, 'test', 'fixtures');

export interface RunResult {
  status: number | null;
  /** The signal that ended the process, when one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI with colour off and a fixed clock unless the caller overrides the environment. */
export function runBlog(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string | undefined>;
    input?: string;
    /** Killed after this long (its `signal` is then SIGTERM): for a run that must not wait for input. */
    timeoutMs?: number;
  } = { cwd: REPO },
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    timeout: options.timeoutMs,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: '1767225600', ...options.env },
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'blog-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Every temp folder this suite made, removed when its process ends (BLOG_KEEP_TEST_DIRS=1 keeps them). */
const made: string[] = [];
process.on('exit', () => {
  if (process.env.BLOG_KEEP_TEST_DIRS) return;
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Left for the system's temp cleaner: a failed removal must not fail the suite.
    }
  }
});

/**
 * Config keys that turn off the features whose cost dwarfs a small build (the social-card renderer's fonts
 * and layout engine, Pagefind's indexer): for suites that test neither. Their own suites keep them on.
 */
export const WITHOUT_EXTRAS = { socialCards: false, search: false } as const;

/**
 * A fresh copy of `test/fixtures/<name>` (or of the starter blog) in a temp folder; `config` keys, when
 * given, are set in its `blog.config.json` over the fixture's own.
 */
export function copyFixture(name: string, config?: Record<string, unknown>): string {
  const dir = tempDir(`blog-${name}-`);
  const from = name === 'starter' ? join(REPO, 'templates', 'starter') : join(FIXTURES, name);
  cpSync(from, dir, { recursive: true, filter: (src) => !/[/\\](dist|\.blog-cache)$/.test(src) });
  if (config) setConfig(dir, config);
  return dir;
}

/** Sets keys of `<blog>/blog.config.json` (top level), keeping the others. */
export function setConfig(blog: string, config: Record<string, unknown>): void {
  const path = join(blog, 'blog.config.json');
  const current = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, `${JSON.stringify({ ...current, ...config }, null, 2)}\n`);
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}
