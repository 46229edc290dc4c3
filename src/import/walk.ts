/** @fileoverview Lists files under a folder (sorted, forward slashes), skipping dot folders and dependencies. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareStrings } from '../diagnostics/diagnostic.ts';

export const posix = (root: string, path: string) => relative(root, path).split(sep).join('/');

export function walkFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walkFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort(compareStrings);
}

export const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);

/** MDX and other formats that embed code: never posts here. */
export const isUnsupportedContent = (path: string) => /\.mdx$/i.test(path);

export const UNSUPPORTED_REASON =
  'MDX is not supported: it runs JSX components, which a Markdown blog never executes; convert it to Markdown by hand';
