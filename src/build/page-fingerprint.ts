/** @fileoverview What a page is made from, as one hash: a rebuild leaves a page whose fingerprint is unchanged alone. */
import { hashOf } from '../cache/fingerprint.ts';
import type { Page, PageData } from '../site/plan.ts';

/**
 * @param themeKey hash of every theme file
 * @param htmlHash hash of the post's HTML for a post page ('' for other pages)
 */
export function pageFingerprint(themeKey: string, page: Page, htmlHash: string): string {
  return `page:${hashOf(themeKey, page.template, pageJson(page.data), htmlHash)}`;
}

/**
 * What the search index reads of a post page with the theme's own `post.eta`, as one hash: the related posts
 * and the links to the previous and next posts are outside its `data-pagefind-body` element, so another
 * post's new title does not make this page's part of the index out of date. (A blog's own `post.eta` may put
 * them anywhere: for it, the page's fingerprint is what counts.)
 */
export function indexedFingerprint(themeKey: string, page: Page, htmlHash: string): string {
  const { post } = page.data;
  if (!post) return pageFingerprint(themeKey, page, htmlHash);
  const body = {
    ...page,
    data: { ...page.data, post: { ...post, related: [], prev: undefined, next: undefined } },
  };
  return pageFingerprint(themeKey, body, htmlHash);
}

/** Post cards are shared by many pages (lists, prev/next, related): each is serialised and hashed once. */
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

/**
 * The page data as JSON, with each post card by its hash and without the post's HTML (fingerprints use its
 * hash; the HTML may not be loaded). JSON.stringify without a replacer is several times faster.
 */
function pageJson(data: PageData): string {
  const { post, list } = data;
  let postView: Record<string, unknown> | undefined;
  if (post) {
    postView = {};
    for (const k of Object.keys(post)) if (k !== 'html') postView[k] = post[k as keyof typeof post];
    postView.prev = cardKey(post.prev);
    postView.next = cardKey(post.next);
    postView.related = post.related.map(cardKey);
  }
  return JSON.stringify({
    ...data,
    ...(postView && { post: postView }),
    ...(list && { list: { ...list, posts: list.posts.map(cardKey) } }),
  });
}
