/** @fileoverview `blog init [dir]`: copies the starter blog into a new or empty folder. */
import { cpSync, existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { PACKAGE_TEMPLATES } from '../render/templates.ts';
import { displayPath } from '../util/plural.ts';
import type { CommandContext } from './context.ts';

export const STARTER_DIR = join(PACKAGE_TEMPLATES, 'starter');

export async function initCommand(ctx: CommandContext, dir: string): Promise<number> {
  const target = resolve(ctx.cwd, dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory())
      throw new BlogError('EXISTS', `Refusing to create a blog at ${target}: it is a file.`);
    const entries = readdirSync(target).filter((e) => e !== '.git');
    if (entries.length > 0) {
      throw new BlogError('EXISTS', `Refusing to create a blog in ${target}: the folder is not empty.`, {
        hint: 'Pick a new folder name (`blog init my-blog`); nothing was changed.',
      });
    }
  }
  makeDirs(target);
  cpSync(STARTER_DIR, target, { recursive: true, force: false, errorOnExist: true });
  // npm never packs a file named `.gitignore`, so the starter keeps it as `gitignore`.
  if (existsSync(join(target, 'gitignore')))
    renameSync(join(target, 'gitignore'), join(target, '.gitignore'));
  cpSync(join(PACKAGE_TEMPLATES, 'posts'), join(target, 'templates'), { recursive: true });

  const shown = displayPath(target);
  ctx.log.info(`Created a blog in ${shown}/`);
  ctx.log.info('');
  ctx.log.info('Next:');
  if (shown !== '.') ctx.log.info(`  cd ${shown}`);
  ctx.log.info('  blog build        # writes the site to dist/');
  ctx.log.info('  blog new "Title"  # starts a post');
  return 0;
}
