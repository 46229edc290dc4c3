/** @fileoverview Refuses output folders whose replacement would lose something the user wrote. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { isInside } from '../fs/inside.ts';

/** Throws unless `outDir` is a new folder, an empty one, or a previous build (it holds the marker file). */
export function assertSafeOutDir(root: string, outDir: string): void {
  const out = resolve(outDir);
  const reason = (why: string) =>
    new BlogError('OUTPUT_UNSAFE', `Refusing to write the site to ${out}: ${why}.`, {
      hint: 'Pick a new or empty folder, such as the default `dist/`. Nothing was changed.',
    });
  if (isInside(out, root))
    throw reason(out === root ? 'it is the blog folder itself' : 'it holds the blog folder');
  for (const name of ['posts', 'templates', 'static', 'node_modules', '.git']) {
    if (isInside(join(root, name), out)) throw reason(`it is inside the blog's \`${name}/\``);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw reason('it is a file');
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw reason('it is not empty and not the output of an earlier `blog build`');
  }
}
