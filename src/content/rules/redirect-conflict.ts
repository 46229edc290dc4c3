/**
 * @fileoverview One old URL, one owner: no two posts (or a post and the config's `redirects`) redirect from
 * the same path, and no redirect replaces a post's page or a page the blog generates. The build checks
 * the same against every planned page (and the config's targets) before writing.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigText } from '../../config/load.ts';
import { feedPath } from '../../site/feed.ts';
import { type Claim, checkRedirects, configRedirects, postRedirects } from '../../site/redirects.ts';
import { SEARCH_DIR } from '../../site/search-parts.ts';
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
  checkBlog({ posts, config, root, report }) {
    const dated = posts.filter((p): p is Post & { date: NonNullable<Post['date']> } => p.date !== undefined);
    const entries = dated.flatMap((p) => postRedirects(p, permalink(config.permalink, p)).entries);
    if (entries.length === 0) return;
    entries.push(
      ...configRedirects(config, Object.keys(config.redirects).length ? readConfigText(root) : undefined),
    );
    const pages = new Map<string, Claim>();
    /** Each bundle's folder in the output, and the post: its other files are published there as they are. */
    const bundles = new Map<string, Post>();
    for (const post of dated) {
      const page = outputPathOf(permalink(config.permalink, post)).toLowerCase();
      pages.set(page, { post, what: `the page of ${post.file}` });
      if (post.bundleDir) bundles.set(page.slice(0, -'index.html'.length), post);
    }
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
    const generated = config.search
      ? [
          ...GENERATED,
          { prefix: `${SEARCH_DIR}/`, what: `in \`/${SEARCH_DIR}/\`, the search index's folder` },
        ]
      : GENERATED;
    // A file of `static/` or of a bundle is published at its own path: a redirect page there would replace it.
    const copiedFile = (output: string): Claim | undefined => {
      const published = fileNamed(join(root, 'static'), output);
      if (published) return { what: `the file \`static/${published}\`` };
      const folder = output.slice(0, output.lastIndexOf('/') + 1);
      const post = bundles.get(folder);
      if (post?.bundleDir && fileNamed(post.bundleDir, output.slice(folder.length)))
        return { post, what: `a file of the bundle of ${post.file}` };
      return undefined;
    };
    const claimOf = (output: string) =>
      pages.get(output) ?? generated.find((g) => output.startsWith(g.prefix)) ?? copiedFile(output);
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

/**
 * The file at `path` (forward slashes) below `folder`, matched without regard to case as the redirect check
 * compares URLs (`/Logo.png` and `static/logo.png` are one URL to many hosts), spelt as it is on disk; else
 * undefined.
 */
function fileNamed(folder: string, path: string): string | undefined {
  let dir = folder;
  const found: string[] = [];
  const parts = path.split('/');
  for (const [i, part] of parts.entries()) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return undefined;
    }
    const name = names.find((n) => n.toLowerCase() === part.toLowerCase());
    if (name === undefined) return undefined;
    dir = join(dir, name);
    found.push(name);
    if (i === parts.length - 1 && !statSync(dir, { throwIfNoEntry: false })?.isFile()) return undefined;
  }
  return found.join('/');
}
