/**
 * @fileoverview Authors: a post's `author`/`authors` resolved against the config's profiles (by key or name),
 * one page per author at `/authors/<slug>/`, and the bylines that link to it.
 */
import type { SiteConfig } from '../config/schema.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import type { ThemeStrings } from '../render/theme-strings.ts';
import { pageSlug, slugify } from '../util/slug.ts';
import { outputPathOf, type SiteUrls } from '../util/urls.ts';
import type { Page, PageData } from './plan.ts';
import type { PageMeta } from './search-page.ts';

export const AUTHORS_PATH = '/authors/';

export interface Author {
  slug: string;
  name: string;
  path: string;
  bio: string | undefined;
  avatar: string | undefined;
  url: string | undefined;
}

export interface Authors<P> {
  /** Every author with at least one post, by name. */
  authors: Author[];
  postsByAuthor: Map<string, P[]>;
  /** A post's authors in the order written; the config's first author when it names none. */
  authorsOf(post: P): Author[];
}

/** Resolves every post's authors; posts keep their order (newest first) in each author's list. */
export function buildAuthors<P extends { authors: string[] }>(
  posts: readonly P[],
  config: Pick<SiteConfig, 'authors'>,
): Authors<P> {
  const profiles = config.authors.map((a): Author => {
    const slug = pageSlug(slugify(a.key ?? a.name));
    return { slug, name: a.name, path: `${AUTHORS_PATH}${slug}/`, bio: a.bio, avatar: a.avatar, url: a.url };
  });
  // A post may name an author by key, by name, or by anything that slugs the same (`jane doe`).
  const known = new Map<string, Author>();
  config.authors.forEach((a, i) => {
    for (const name of [a.key, a.name, profiles[i]!.slug])
      if (name !== undefined && !known.has(name.toLowerCase())) known.set(name.toLowerCase(), profiles[i]!);
  });
  const bySlug = new Map<string, Author>();
  const resolve = (name: string): Author => {
    const found = known.get(name.toLowerCase()) ?? known.get(pageSlug(slugify(name)));
    if (found) return found;
    const slug = pageSlug(slugify(name));
    const guest = bySlug.get(slug) ?? {
      slug,
      name,
      path: `${AUTHORS_PATH}${slug}/`,
      bio: undefined,
      avatar: undefined,
      url: undefined,
    };
    return guest;
  };
  const fallback = profiles.slice(0, 1);
  const postsByAuthor = new Map<string, P[]>();
  const authorsByPost = new Map<P, Author[]>();
  for (const post of posts) {
    const list: Author[] = [];
    for (const a of post.authors.length ? post.authors.map(resolve) : fallback) {
      if (list.includes(a)) continue;
      list.push(a);
      bySlug.set(a.slug, a);
      let mine = postsByAuthor.get(a.slug);
      if (!mine) {
        mine = [];
        postsByAuthor.set(a.slug, mine);
      }
      mine.push(post);
    }
    authorsByPost.set(post, list);
  }
  const authors = [...bySlug.values()].sort(
    (a, b) => compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.slug, b.slug),
  );
  return { authors, postsByAuthor, authorsOf: (post) => authorsByPost.get(post) ?? [] };
}

/** `/authors/`: every author with the number of their posts. */
export function planAuthorsPage<P>(
  authorship: Authors<P>,
  site: PageData['site'],
  pageMeta: PageMeta,
  urls: SiteUrls,
  t: ThemeStrings['t'],
): Page {
  return {
    path: AUTHORS_PATH,
    outputPath: outputPathOf(AUTHORS_PATH),
    template: 'authors',
    data: {
      site,
      page: pageMeta(t('authors'), t('authorsDescription', { site: site.title }), AUTHORS_PATH, 'authors'),
      authors: authorship.authors.map((a) => ({
        name: a.name,
        url: urls.link(a.path),
        count: authorship.postsByAuthor.get(a.slug)!.length,
      })),
    },
  };
}
