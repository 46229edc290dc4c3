/** @fileoverview What `blog new` must know of the posts already there: the tags in use and who owns each slug. */
import type { SiteConfig } from '../config/schema.ts';
import { parseSourceFile, type SourceFile } from '../content/frontmatter.ts';
import { listPostFiles, readSourceFiles } from '../content/load.ts';
import { toPost } from '../content/post.ts';
import { splitFrontMatter } from '../content/split-front-matter.ts';
import { REDIRECT_KEYS } from '../site/redirects.ts';
import { normaliseOldPath, outputPathOf } from '../util/urls.ts';

export interface TagUse {
  tag: string;
  count: number;
}

export interface ExistingPosts {
  /** Tags in use, most used first, then by name. */
  tags: TagUse[];
  /** Slug → the file (relative to the blog root) of the first post that uses it. */
  slugs: Map<string, string>;
  /**
   * Old URLs the posts keep (`aliases`, `redirect_from`) → the file: a redirect page is written there, so no
   * new post's page may be. Keyed by the file written for the URL, in lower case, as the build compares them.
   */
  oldUrls: Map<string, string>;
}

/** Reads every post tolerantly: a post with broken front-matter still claims the slug its file name implies. */
export function readExistingPosts(root: string, config: SiteConfig): ExistingPosts {
  const counts = new Map<string, number>();
  const slugs = new Map<string, string>();
  const oldUrls = new Map<string, string>();
  // One file at a time, and only its front-matter: on a 10,000-post blog, holding every text and parsing
  // every body doubled the time, most of it in the garbage collector.
  for (const path of listPostFiles(root)) {
    const [source] = readSourceFiles(root, [path]) as [SourceFile];
    const block = splitFrontMatter(source.text);
    const head = block?.closed ? source.text.slice(0, block.bodyStart) : undefined;
    const post = toPost(parseSourceFile(head ? { ...source, text: head } : source), config);
    if (!slugs.has(post.slug)) slugs.set(post.slug, post.file);
    for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    for (const key of REDIRECT_KEYS)
      for (const old of [post.data[key]].flat()) {
        const normal = typeof old === 'string' ? normaliseOldPath(old) : undefined;
        if (normal && 'path' in normal) oldUrls.set(urlKey(normal.path), post.file);
      }
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count }));
  tags.sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return { tags, slugs, oldUrls };
}

/** The key of a site path in `oldUrls`. */
export function urlKey(path: string): string {
  return outputPathOf(path).toLowerCase();
}
