/** @fileoverview `blog new [title]`: flags or prompts → a new post from a template, never over an existing file. */

import { loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { createPost } from '../new/create-post.ts';
import { readExistingPosts, urlKey } from '../new/existing.ts';
import { answersFromFlags, type NewFlags, readNewFlags, refuseHugoNewSite } from '../new/plan.ts';
import { freeSlug, type PostPathOptions, postPath, takenBy, type UrlOwner } from '../new/post-path.ts';
import { renderPost } from '../new/render-post.ts';
import { nearDuplicateWarnings } from '../new/tags.ts';
import { findPostTemplate, listPostTemplates } from '../new/templates.ts';
import { now } from '../util/clock.ts';
import { openInEditor } from '../util/open-editor.ts';
import { displayPath } from '../util/plural.ts';
import { slugFromTitle, unreservedSlug, windowsReservedName } from '../util/slug.ts';
import { permalink } from '../util/urls.ts';
import type { CommandContext } from './context.ts';

export async function newCommand(
  ctx: CommandContext,
  titleWords: string[],
  flags: NewFlags,
): Promise<number> {
  refuseHugoNewSite(titleWords, flags);
  const { root, config } = loadConfig(ctx.cwd);
  const plan = readNewFlags(titleWords, flags, config, root, now());
  const all = listPostTemplates(root);
  const template = findPostTemplate(all, plan.template ?? 'default');
  for (const t of all)
    if (t.problem) ctx.log.warn(`⚠ Left out the post template ${t.origin}: its front-matter cannot be read.`);
  const templates = all.filter((t) => !t.problem);
  const existing = readExistingPosts(root, config);
  const interactive = !flags.yes && process.stdin.isTTY === true;
  const prompts = interactive ? await import('../new/prompts.ts') : undefined;

  const answers = prompts
    ? await prompts.askNewPost(plan, {
        config,
        existing,
        templates,
        color: ctx.log.color,
        template: plan.template ? template : undefined,
      })
    : answersFromFlags(plan, template);
  // Tags typed at the prompt were checked there; tags from flags or the template are checked here.
  const unchecked = prompts ? (plan.tags ?? []) : answers.tags;
  const inUse = existing.tags.map((t) => t.tag);
  for (const warning of nearDuplicateWarnings(unchecked, inUse)) ctx.log.warn(`⚠ ${warning}`);

  const where: PostPathOptions = {
    root,
    dir: plan.dir,
    slug: plan.slug ?? slugFromTitle(answers.title),
    ymd: plan.date,
    bundle: plan.bundle,
  };
  const [year = '', month = '', day = ''] = plan.date.split('-');
  const urlOwner: UrlOwner = (slug) => {
    const url = permalink(config.permalink, { slug, date: { year, month, day } });
    const file = existing.oldUrls.get(urlKey(url));
    return file ? { url, file } : undefined;
  };
  const taken = takenBy(where, existing.slugs, urlOwner);
  if (taken) {
    // `blog new "Con"`: the title's slug is a device name on Windows, so the offer is the title's with `-post`.
    const offer = windowsReservedName(where.slug) ? unreservedSlug(where.slug, answers.title) : where.slug;
    const free =
      offer !== where.slug && !takenBy({ ...where, slug: offer }, existing.slugs, urlOwner)
        ? offer
        : freeSlug({ ...where, slug: offer }, existing.slugs, urlOwner);
    if (!prompts)
      throw new BlogError('EXISTS', `Refusing to create ${displayPath(postPath(where))}: ${taken.reason}.`, {
        hint: `Pick another slug, e.g. \`--slug ${free}\`; nothing was written.`,
      });
    where.slug = await prompts.askFreeSlug(taken, free, (slug) =>
      takenBy({ ...where, slug }, existing.slugs, urlOwner),
    );
  }

  const path = postPath(where);
  const author = config.authors[0]?.name ?? '';
  const text = renderPost({ ...answers, slug: where.slug, date: plan.date, author }, answers.template);
  createPost({ root, config, path, text, bundle: plan.bundle, template: answers.template.name });

  ctx.log.info(
    `Created ${answers.draft ? 'a draft' : 'a post'} from the \`${answers.template.name}\` template:`,
  );
  if (flags.open) {
    const opened = openInEditor(path);
    if (!opened.ok) ctx.log.warn(`⚠ Not opened: ${opened.reason}.`);
  }
  // Last line, alone and always (even with --quiet): scripts read it with `tail -1`.
  ctx.log.out(`${displayPath(path)}\n`);
  return 0;
}
