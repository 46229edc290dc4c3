/** @fileoverview `blog init [dir]`: copies the starter blog into a new or empty folder. */
import { cpSync, existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCiProvider, writeGithubWorkflow } from '../ci/write-workflow.ts';
import { loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { enclosingFolder } from '../init/enclosing-blog.ts';
import { PACKAGE_TEMPLATES } from '../render/templates.ts';
import { displayPath } from '../util/plural.ts';
import { shellWord } from '../util/shell-word.ts';
import { VERSION } from '../util/version.ts';
import type { CommandContext } from './context.ts';

export const STARTER_DIR = join(PACKAGE_TEMPLATES, 'starter');

export interface InitFlags {
  /** Also write a CI workflow (`github`). */
  ci?: string;
}

export async function initCommand(ctx: CommandContext, dir: string, flags: InitFlags = {}): Promise<number> {
  if (flags.ci !== undefined) checkCiProvider(flags.ci);
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
  const enclosing = enclosingFolder(target);
  if (enclosing) {
    throw new BlogError(
      'EXISTS',
      `Refusing to create a blog in ${target}: it is inside \`${enclosing.folder}\` of the blog at ${enclosing.root}, and ${enclosing.why}.`,
      { hint: 'Pick a folder outside that blog (`blog init ../my-blog`); nothing was changed.' },
    );
  }
  makeDirs(target);
  cpSync(STARTER_DIR, target, { recursive: true, force: false, errorOnExist: true });
  // npm never packs a file named `.gitignore`, so the starter keeps it as `gitignore`.
  if (existsSync(join(target, 'gitignore')))
    renameSync(join(target, 'gitignore'), join(target, '.gitignore'));
  cpSync(join(PACKAGE_TEMPLATES, 'posts'), join(target, 'templates'), { recursive: true });
  const workflow = flags.ci ? writeGithubWorkflow(target, loadConfig(target).config, VERSION) : undefined;

  const shown = displayPath(target);
  ctx.log.info(`Created a blog in ${shown}/`);
  if (workflow)
    ctx.log.info(`Wrote ${displayPath(workflow)} (turn Pages on: Settings → Pages → GitHub Actions).`);
  ctx.log.info('');
  ctx.log.info('Next:');
  if (shown !== '.') ctx.log.info(`  cd ${shellWord(shown)}`);
  ctx.log.info('  blog serve        # previews it at http://127.0.0.1:4000/, reloading as you edit');
  ctx.log.info('  blog new "Title"  # starts a post');
  ctx.log.info('  blog build        # writes the site to dist/, to deploy');
  return 0;
}
