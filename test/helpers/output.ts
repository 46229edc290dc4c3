/** @fileoverview Compares a built site with what a build without any cache gives, byte for byte. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as assert from 'uvu/assert';
import { runBlog, tempDir } from './cli.ts';

/** Every file under `dir` (relative path → bytes as latin1), so two outputs compare byte for byte. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path)] = readFileSync(path, 'latin1');
  }
  return out;
}

/** Runs `blog build` in `blog`; fails the test unless it exits 0. Returns stderr (`--verbose` goes there). */
export function build(blog: string, ...args: string[]): string {
  const r = runBlog(['build', ...args], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  return r.stderr;
}

/** The output a build without any cache gives for the blog as it is now. */
export function cleanBuild(blog: string, ...flags: string[]): Record<string, string> {
  const out = join(tempDir('blog-clean-'), 'site');
  build(blog, '--no-cache', '--out', out, ...flags);
  return snapshot(out);
}

/** Asserts that `<blog>/dist` holds exactly what a clean build gives now. */
export function assertDistIsClean(blog: string, why: string, ...flags: string[]): void {
  const got = snapshot(join(blog, 'dist'));
  const want = cleanBuild(blog, ...flags);
  assert.equal(Object.keys(got).sort(), Object.keys(want).sort(), `${why}: same files`);
  for (const path of Object.keys(want)) assert.ok(got[path] === want[path], `${why}: ${path} differs`);
}

/**
 * Edits a cache record (`<header line>\n<value JSON>`) and signs it again as the store would, so the edit
 * gets past the checksum: what is left to catch it is the schema, the key and the path checks.
 */
export function resign(file: string, edit: (value: unknown, head: Record<string, unknown>) => void): void {
  const text = readFileSync(file, 'utf8');
  const eol = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, eol)) as Record<string, unknown>;
  const value = JSON.parse(text.slice(eol + 1)) as unknown;
  edit(value, head);
  const body = JSON.stringify(value);
  head.sha1 = createHash('sha1').update(body).update('\0').digest('hex');
  writeFileSync(file, `${JSON.stringify(head)}\n${body}`);
}
