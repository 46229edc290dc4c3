/** @fileoverview Checks a new post as `blog lint` would, then writes it without ever replacing a file. */
import { mkdirSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { parseSourceFile } from '../content/frontmatter.ts';
import { toPosix } from '../content/load.ts';
import { toPost } from '../content/post.ts';
import { validatePosts } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { explainFsError } from '../fs/fs-error.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { FileExistsError, writeAtomic } from '../output/write-atomic.ts';

export interface CreatePostOptions {
  root: string;
  config: SiteConfig;
  /** Absolute path of the file to create. */
  path: string;
  text: string;
  /** A page bundle's folder is created here too, and removed again if the write fails. */
  bundle: boolean;
  /** Name of the template, for the error when it yields an invalid post. */
  template: string;
}

/** Lint errors in a post that exists only as text (a template can hold a bad `date:` or an unknown type). */
function checkNewPost(o: CreatePostOptions): void {
  const source = { path: o.path, file: toPosix(o.root, o.path), text: o.text };
  const post = toPost(parseSourceFile(source), o.config);
  const errors = validatePosts([post], o.config, o.root).filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new BlogError(
      'TEMPLATE',
      `The template \`${o.template}\` gives a post with errors; nothing was written.`,
      {
        diagnostics: errors,
        hint: 'Fix the template’s front-matter, or pick another with --template.',
      },
    );
}

export function createPost(o: CreatePostOptions): void {
  checkNewPost(o);
  const dir = dirname(o.path);
  let madeDir = false;
  try {
    if (o.bundle) {
      makeDirs(dirname(dir));
      mkdirSync(dir);
      madeDir = true;
    } else makeDirs(dir);
    writeAtomic(o.path, o.text, { exclusive: true, durable: true });
  } catch (error) {
    if (madeDir) rmdirSync(dir);
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof FileExistsError || code === 'EEXIST') {
      const file = toPosix(o.root, error instanceof FileExistsError ? error.path : dir);
      throw new BlogError('EXISTS', `Refusing to overwrite ${file}: it already exists.`, {
        hint: 'Pick another slug with --slug; nothing was written.',
      });
    }
    // A file in the way, a folder without write permission: the same words as every command uses for them.
    throw (
      explainFsError(error) ??
      new BlogError(
        'OUTPUT_WRITE',
        `Could not write ${toPosix(o.root, o.path)}: ${(error as Error).message}`,
        {
          cause: error,
        },
      )
    );
  }
}
