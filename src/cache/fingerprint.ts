/** @fileoverview Content hashes for cache keys, and the fingerprint of this package's own code. */
import { createHash, hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A hex SHA-1 of the parts, each followed by a NUL so `ab`+`c` and `a`+`bc` differ. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  // The same bytes hashed at once when all are text: a rebuild at 10,000 posts hashes some 50,000 strings (the
  // page fingerprints among them), and a Hash object for each cost a third more than the one-shot hash.
  if (parts.length > 0 && parts.every((part) => typeof part === 'string'))
    return hash('sha1', `${parts.join('\0')}\0`);
  const h = createHash('sha1');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
}

const sourceHashes = new WeakMap<object, string>();

/** The hash of a source file's text, computed once per build however many keys it is part of. */
export function hashOfSource(source: { text: string }): string {
  let h = sourceHashes.get(source);
  if (h === undefined) {
    h = hashOf(source.text);
    sourceHashes.set(source, h);
  }
  return h;
}

/** Records the hash of a source's text, computed when the text was read (`source-stamps.ts`). */
export function rememberSourceHash(source: { text: string }, hash: string): void {
  sourceHashes.set(source, hash);
}

let code: string | undefined;

/**
 * The package version, Node's version and every compiled module's text: a cache written by another version, or by a
 * development build of the same version, is never reused.
 */
export function codeFingerprint(): string {
  if (code) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  // The code that runs: the bundle (`dist/bundle/`, what `bin/blog.js` loads), or the modules beside this one.
  const sourceRoot = basename(here) === 'bundle' ? here : join(here, '..');
  const pkg = readFileSync(join(here, '..', '..', 'package.json'), 'utf8');
  const version = (JSON.parse(pkg) as { version: string }).version;
  const files = readdirSync(sourceRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  // Node's version too: its Intl data formats dates, and its V8 may serialise differently.
  const h = createHash('sha1').update(version).update('\0').update(process.version).update('\0');
  for (const file of files) h.update(file.slice(sourceRoot.length)).update('\0').update(readFileSync(file));
  code = `${version}:${h.digest('hex')}`;
  return code;
}

/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value (no NaN, Infinity, Date, undefined in lists…). */
export function isJsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && isJsonSafe(v));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value as object).every((v) => v === undefined || isJsonSafe(v));
  }
  return false;
}
