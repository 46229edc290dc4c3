/** @fileoverview `blog related <post>`: one post's related posts with scores and, on request, the reasons. */
import { resolve } from 'node:path';
import { loadPosts } from '../build/load-posts.ts';
import { selectVisible } from '../build/visible.ts';
import { loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { formatRelatedText, type ReportedPost, toRelatedReport } from '../site/related/report.ts';
import { createRelatedIndex, relatedInputs } from '../site/related.ts';
import { buildTaxonomy } from '../site/taxonomy.ts';
import { now as buildClock } from '../util/clock.ts';
import { suggest } from '../util/suggest.ts';
import type { CommandContext } from './context.ts';

export interface RelatedFlags {
  explain?: boolean;
  format?: 'text' | 'json';
  drafts?: boolean;
  future?: boolean;
}

export async function relatedCommand(
  ctx: CommandContext,
  name: string,
  flags: RelatedFlags,
): Promise<number> {
  const { root, config } = loadConfig(ctx.cwd);
  const { posts: all } = loadPosts(root, config);
  const wanted = resolve(ctx.cwd, name);
  // A post kept as a folder is named by its folder too (`posts/my-post/`, as a shell completes it), not only
  // by its index.md.
  const target = all.find(
    (p) => p.slug === name || p.path === wanted || p.file === name || p.bundleDir === wanted,
  );
  if (!target) {
    const guess = suggest(
      name,
      all.map((p) => p.slug),
    );
    throw new BlogError('NOT_FOUND', `No post has the slug or file \`${name}\`.`, {
      hint: guess
        ? `Did you mean \`${guess}\`?`
        : 'Give a post slug (`my-post`) or its file (`posts/2024-05-01-my-post.md`).',
    });
  }

  // The same posts as `blog build` shows, in the same order, so the list is the one on the page.
  const visible = selectVisible(all, { drafts: flags.drafts, future: flags.future, now: buildClock() }).posts;
  const self = visible.indexOf(target);
  if (self < 0) {
    const why = target.draft ? 'a draft' : 'dated in the future';
    throw new BlogError('USAGE', `\`${target.slug}\` is ${why}, so the site does not show it.`, {
      hint: `Run \`blog related ${name} ${target.draft ? '--drafts' : '--future'}\` to see its list anyway.`,
    });
  }

  const taxonomy = buildTaxonomy(visible);
  const index = createRelatedIndex(
    relatedInputs(visible, (p) => taxonomy.tagsOf(p).map((t) => t.slug)),
    config.related,
  );
  const reported: ReportedPost[] = visible.map((p) => ({
    slug: p.slug,
    title: p.title,
    file: p.file,
    date: p.date.ymd,
  }));
  const report = toRelatedReport(reported[self]!, index.explain(self), reported);
  ctx.log.out(
    flags.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatRelatedText(report, Boolean(flags.explain)),
  );
  return 0;
}
