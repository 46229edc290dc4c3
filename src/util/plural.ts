/** @fileoverview `1 page`, `2 pages`. */
import { relative as relativePath } from 'node:path';
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** A path as the user should see it: relative to where they are, unless that climbs out. */
export function displayPath(path: string, from = process.cwd()): string {
  const rel = relativePath(from, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
