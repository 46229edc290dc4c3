/** @fileoverview What a missing link or image was probably meant to be: a post or a file with a close name. */
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { isReallyInside } from '../../fs/inside.ts';
import { isHiddenName } from '../../fs/walk-files.ts';
import { suggest } from '../../util/suggest.ts';
import { nameParts, type Post } from '../post.ts';

/** A path as written from `fromDir` (`./2019-01-01-x.md`, `../x/index.md`). */
export function relativeFrom(fromDir: string, file: string): string {
  const rel = posix.relative(fromDir, file);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The post a missing link most likely meant: one with the same slug (renamed or re-dated), else a close one. */
export function likelyPost(wanted: string, posts: Iterable<Post>): Post | undefined {
  const target = wanted.toLowerCase();
  const bySlug = new Map<string, Post>();
  for (const post of posts) {
    const stem = nameParts(post.file).stem.toLowerCase();
    if (post.slug === target || stem === target) return post;
    bySlug.set(post.slug, post);
  }
  const close = suggest(target, bySlug.keys());
  if (close) return bySlug.get(close);
  // A slug that grew (`backups` → `backups-revisited`).
  if (target.length >= 5) for (const [slug, post] of bySlug) if (slug.startsWith(target)) return post;
  return undefined;
}

/**
 * A file beside the missing one with a close name (`diagram.svg` for `diagarm.svg`), only inside the blog;
 * spelt as a URL names it, so the hint can be pasted: `h%23sh.svg` for `h#sh.svg` (`/h#sh.svg` is `/h`).
 */
export function likelyFile(root: string, dir: string, name: string): string | undefined {
  if (!isReallyInside(root, dir)) return undefined;
  let found: string | undefined;
  try {
    found = suggest(
      name,
      readdirSync(dir).filter((n) => !isHiddenName(n)),
    );
  } catch {
    return undefined;
  }
  return found?.replace(/[%#? ]/g, (c) => encodeURIComponent(c));
}

/** `jobs@example.com`: an address, not a file. */
const EMAIL = /^[^\s@/]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/**
 * `www.graphql.org`, `example.com/path`, `graphql.org`: a host, as a browser's address bar would take it. A
 * bare name needs a common top-level domain, so `notes.txt` and `diagram.png` stay files.
 */
const HOST =
  /^(www\.[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/|[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|dev|app|edu|gov)$)/i;

/**
 * The address a link written without its scheme was probably meant to be (`www.graphql.org` →
 * `https://www.graphql.org`, `jobs@example.com` → `mailto:jobs@example.com`): written so, it is a path beside
 * the post.
 */
export function likelyUrl(written: string): string | undefined {
  const url = written.trim();
  if (EMAIL.test(url)) return `mailto:${url}`;
  if (HOST.test(url)) return `https://${url}`;
  return undefined;
}
