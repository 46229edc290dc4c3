/** @fileoverview Temp folders for `blog import` suites: a source site written from `{ path: text }`, and an empty blog. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** A source site from `{ path: text }`. */
export function sourceSite(files: Record<string, string>): string {
  const root = tempDir('import-source-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An empty blog to import into, in UTC so that dates keep the days written. */
export function emptyBlog(config: Record<string, unknown> = {}): string {
  const dir = tempDir('import-blog-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({
      title: 'Imported',
      baseUrl: 'https://example.com/',
      timeZone: 'UTC',
      ...WITHOUT_EXTRAS,
      ...config,
    }),
  );
  return dir;
}
