/** @fileoverview What rules that look across posts need to know: every post by file and by permalink. */

import type { SiteConfig } from '../config/schema.ts';
import { postFileKey } from '../util/post-file-key.ts';
import { createUrls, normaliseOldPath, permalink } from '../util/urls.ts';
import type { Post } from './post.ts';

/** Front-matter keys that list a post's old paths (as `site/redirects.ts` reads them). */
const REDIRECT_KEYS = ['aliases', 'redirect_from'] as const;

export interface BlogIndex {
  /** Every post by `postFileKey(post.file)`. */
  byFile: Map<string, Post>;
  byPermalink: Map<string, Post>;
  /** Every post by the old paths it redirects from (`aliases`, `redirect_from`), normalised (`/old/`). */
  byRedirect: Map<string, Post>;
  /** Matches any path the permalink pattern could give (`/posts/anything/`), so other site paths are left alone. */
  permalinkShape: RegExp;
  /**
   * False for patterns such as `/:slug/`, where any one-segment path looks like a post: `/about/` may be a
   * page the blog does not make, so only a path close to a real post's is reported there.
   */
  permalinkHasPrefix: boolean;
  /** `/` or `/blog/`. */
  basePath: string;
}

export function indexBlog(posts: readonly Post[], config: SiteConfig): BlogIndex {
  const byFile = new Map<string, Post>();
  const byPermalink = new Map<string, Post>();
  const byRedirect = new Map<string, Post>();
  for (const post of posts) {
    byFile.set(postFileKey(post.file), post);
    if (!post.date) continue;
    byPermalink.set(permalink(config.permalink, { slug: post.slug, date: post.date }), post);
    for (const key of REDIRECT_KEYS)
      for (const old of [post.data[key]].flat()) {
        const normal = typeof old === 'string' ? normaliseOldPath(old) : undefined;
        if (normal && 'path' in normal) byRedirect.set(normal.path, post);
      }
  }
  const shape = config.permalink
    .split(/(:year|:month|:day|:slug)/)
    .map((part) =>
      part === ':year'
        ? '\\d{4}'
        : part === ':month' || part === ':day'
          ? '\\d{2}'
          : part === ':slug'
            ? '[^/]+'
            : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
    // `/posts/x` and `/posts/x/` are the same page to a server.
    .replace(/\/$/, '/?');
  return {
    byFile,
    byPermalink,
    byRedirect,
    permalinkShape: new RegExp(`^${shape}$`),
    permalinkHasPrefix: !config.permalink.startsWith('/:'),
    basePath: createUrls(config.baseUrl).basePath,
  };
}
