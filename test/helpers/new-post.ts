/** @fileoverview Reads a post `blog new` wrote the way the build does, and lints it. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { parseSourceFile } from '../../src/content/frontmatter.ts';
import { type Post, toPost } from '../../src/content/post.ts';
import { validatePosts } from '../../src/content/validate.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { BIN, type RunResult } from './cli.ts';

export function readNewPost(blog: string, file: string): { post: Post; errors: Diagnostic[]; text: string } {
  const { config } = loadConfig(blog);
  const text = readFileSync(join(blog, file), 'utf8');
  const post = toPost(parseSourceFile({ path: join(blog, file), file, text }), config);
  const errors = validatePosts([post], config, blog).filter((d) => d.severity === 'error');
  return { post, errors, text };
}

/** The last line of stdout, which `blog new` promises is the new file's path. */
export function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1)!;
}

/** Like `runBlog`, without blocking, so a table of cases can run a few at a time. */
export function runBlogAsync(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: '1767225600' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `task` over `items`, `limit` at a time, results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
