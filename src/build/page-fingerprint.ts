/** @fileoverview What a page is made from, as one hash: a rebuild leaves a page whose fingerprint is unchanged alone. */
import { hashOf } from '../cache/fingerprint.ts';
import type { Page, PageData } from '../site/plan.ts';

export interface PageFingerprints {
  /** Everything the page is made from. */
  page: string;
  /**
   * What the search index reads of a post page with the theme's own `post.eta`: the related posts, the
   * links to the previous and next posts and the series box are outside its `data-pagefind-body` element (or
   * `data-pagefind-ignore="all"` inside it), so another post's new title does not make this page's part of the
   * index out of date. The page's own for every other page.
   */
  indexed: string;
}

/**
 * Both fingerprints of a page, from one serialisation of its data: a post page's is its indexed fingerprint
 * followed by the hash of the cards it links to (the related posts, the previous and next, its series' parts), so that the
 * indexed one can be read back from a manifest (`indexedOf`).
 * @param themeKey hash of every theme file
 * @param htmlHash hash of the post's HTML for a post page ('' for other pages)
 */
export function fingerprintPage(themeKey: string, page: Page, htmlHash: string): PageFingerprints {
  const indexed = indexedFingerprint(themeKey, page, htmlHash);
  return { page: linkedFingerprint(indexed, page), indexed };
}

/** What the search index reads of a page (the theme's `post.eta`): all of it but a post's links to others. */
export function indexedFingerprint(themeKey: string, page: Page, htmlHash: string): string {
  return `page:${hashOf(themeKey, page.template, pageJson(page.data), htmlHash)}`;
}

/** The whole page's fingerprint from its indexed one: a post page's links added, once they are linked. */
export function linkedFingerprint(indexed: string, page: Page): string {
  const { post } = page.data;
  if (!post) return indexed;
  const links = JSON.stringify([
    cardKey(post.prev),
    cardKey(post.next),
    post.related.map(cardKey),
    // Other parts' titles: a series box is a list of links, as the related posts are.
    ...(post.series ? [post.series] : []),
  ]);
  return `${indexed}/${hashOf(links)}`;
}

/** The indexed fingerprint inside a page fingerprint (of `fingerprintPage`), as a manifest recorded it. */
export function indexedOf(pageFingerprint: string): string {
  const slash = pageFingerprint.indexOf('/');
  return slash < 0 ? pageFingerprint : pageFingerprint.slice(0, slash);
}

/**
 * Post cards are shared by many pages (lists, prev/next, related), and so is the site block of every page the
 * nav does not link to: each is serialised and hashed once.
 */
const cardKeys = new WeakMap<object, string>();
function cardKey<C extends object | undefined>(card: C): string | C {
  if (!card) return card;
  let key = cardKeys.get(card);
  if (key === undefined) {
    key = hashOf(JSON.stringify(card));
    cardKeys.set(card, key);
  }
  return key;
}

/** The fields of a post page's post that are other posts' cards: hashed apart, as `fingerprintPage` says. */
const LINKS = new Set(['html', 'related', 'prev', 'next', 'series']);

/**
 * The page data as JSON, with each list card by its hash and without the post's HTML (fingerprints use its
 * hash; the HTML may not be loaded: the post's getters other than its own fields are never called) or its
 * links to other posts. JSON.stringify without a replacer is several times faster.
 */
function pageJson(data: PageData): string {
  const { post, list } = data;
  let postView: Record<string, unknown> | undefined;
  if (post) {
    postView = {};
    for (const k of Object.keys(post)) if (!LINKS.has(k)) postView[k] = post[k as keyof typeof post];
  }
  return JSON.stringify({
    ...data,
    site: cardKey(data.site),
    ...(postView && { post: postView }),
    ...(list && { list: { ...list, posts: list.posts.map(cardKey) } }),
  });
}
