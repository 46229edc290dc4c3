/**
 * @fileoverview One old URL, one owner: no two posts (or a post and the config's `redirects`) redirect from
 * the same path, and no redirect replaces a post's page or a page the blog generates. The build checks
 * the same against every planned page (and the config's targets) before writing.
 */
import { feedPath } from '../../site/feed.ts';
import { type Claim, checkRedirects, configRedirects, postRedirects } from '../../site/redirects.ts';
import { outputPathOf, permalink } from '../../util/urls.ts';
import type { Post } from '../post.ts';
import type { Rule } from '../rule.ts';

/** Folders whose pages the blog generates, whatever the posts are. */
const GENERATED = [
  { prefix: 'tags/', what: 'a tag page' },
  { prefix: 'page/', what: 'a page of the index' },
  { prefix: 'assets/', what: "a file of the theme's assets" },
];

export const redirectConflict: Rule = {
  id: 'blog/redirect-conflict',
  meta: { description: 'no two redirects from one URL, and none over a page of the site', severity: 'error' },
  checkBlog({ posts, config, report }) {
    const dated = posts.filter((p): p is Post & { date: NonNullable<Post['date']> } => p.date !== undefined);
    const entries = dated.flatMap((p) => postRedirects(p, permalink(config.permalink, p)).entries);
    if (entries.length === 0) return;
    entries.push(...configRedirects(config));
    const pages = new Map<string, Claim>();
    for (const post of dated)
      pages.set(outputPathOf(permalink(config.permalink, post)).toLowerCase(), {
        post,
        what: `the page of ${post.file}`,
      });
    for (const path of [
      '/',
      '/tags/',
      '/404.html',
      feedPath(config),
      '/sitemap.xml',
      '/robots.txt',
      '/_redirects',
    ])
      pages.set(outputPathOf(path), { what: `the generated page \`${path}\`` });
    const claimOf = (output: string) =>
      pages.get(output) ?? GENERATED.find((g) => output.startsWith(g.prefix));
    for (const problem of checkRedirects(entries, claimOf)) {
      if (!problem.post) continue;
      report(problem.post, {
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
        ...(problem.span ? { span: problem.span } : {}),
        ...(problem.related.length ? { related: problem.related } : {}),
      });
    }
  },
};
