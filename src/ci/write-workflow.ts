/** @fileoverview Writes the CI workflow into a blog, never over an existing file. */
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { isReallyInside } from '../fs/inside.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { FileExistsError, writeAtomic } from '../output/write-atomic.ts';
import { GITHUB_WORKFLOW_PATH, renderGithubWorkflow } from './github-workflow.ts';

export const CI_PROVIDERS = ['github'] as const;

/**
 * Writes `.github/workflows/blog.yml` at the root of the git repository that holds the blog (GitHub runs no
 * other), or in the blog when it is in none; returns its path. Refuses when it exists.
 */
export function writeGithubWorkflow(blogRoot: string, config: SiteConfig, version: string): string {
  const root = repositoryRoot(blogRoot) ?? blogRoot;
  const dir = relative(root, blogRoot).split(sep).join('/');
  const path = join(root, GITHUB_WORKFLOW_PATH);
  const text = renderGithubWorkflow({
    config,
    lockfile: existsSync(join(blogRoot, 'package-lock.json')),
    version,
    dir: dir || undefined,
  });
  // `.github` or `.github/workflows` may be a link (a cloned repository carries them): never write through one
  // to a folder outside the blog, not even the folders on the way.
  let existing = dirname(path);
  while (!existsSync(existing)) existing = dirname(existing);
  if (!isReallyInside(root, existing))
    throw new BlogError(
      'FILE_UNSAFE',
      `Refusing to write ${GITHUB_WORKFLOW_PATH}: \`${relative(root, existing).split(sep).join('/')}\` leads outside the ${dir ? 'repository' : 'blog'}, to ${realpathSync(existing)}.`,
      {
        hint: `Replace the symbolic link with a folder inside the ${dir ? 'repository' : 'blog'}; nothing was written.`,
      },
    );
  makeDirs(dirname(path));
  try {
    writeAtomic(path, text, { exclusive: true });
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    throw new BlogError('EXISTS', `Refusing to overwrite ${GITHUB_WORKFLOW_PATH}: it exists.`, {
      hint: 'Remove or rename it first to get a fresh one; nothing was changed.',
    });
  }
  return path;
}

/**
 * The nearest folder at or above `start` holding `.git` (a folder, or a worktree's file), if any. The home
 * folder above the blog is not one: a `.git` there is a dotfiles repository, not the blog's, and a workflow in
 * `~/.github/` would be written outside the blog for nothing.
 */
function repositoryRoot(start: string): string | undefined {
  const home = homedir();
  for (let dir = start; ; dir = dirname(dir)) {
    if (dir === home && dir !== start) return undefined;
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A provider name from the command line, checked. */
export function checkCiProvider(name: string): 'github' {
  if (name === 'github') return name;
  throw new BlogError('USAGE', `Unknown CI \`${name}\`, expected one of ${CI_PROVIDERS.join(', ')}.`, {
    hint: 'Netlify and Cloudflare Pages need no workflow file: see "Deploying" in the README.',
  });
}
