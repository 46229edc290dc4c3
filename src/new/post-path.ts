/** @fileoverview Where a new post goes (`posts/YYYY-MM-DD-slug.md` or `posts/slug/index.md`), and whether it is free. */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { POSTS_DIR, toPosix } from '../content/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { isInside } from '../fs/inside.ts';
import { windowsReservedName } from '../util/slug.ts';

export interface PostPathOptions {
  root: string;
  /** Folder under the blog root, `posts` or below it. */
  dir: string;
  slug: string;
  ymd: string;
  bundle: boolean;
}

/** The folder a post is written in, checked to be `posts/` or inside it (the build reads nothing else). */
export function resolvePostsDir(root: string, dir: string): string {
  const postsRoot = join(root, POSTS_DIR);
  // A Windows path typed on any system (`posts\guides`) names the folder it names there, not one called `posts\guides`.
  const abs = resolve(root, dir.replaceAll('\\', '/'));
  const rel = relative(postsRoot, abs);
  if (!isInside(postsRoot, abs) || rel.split(sep).some((part) => part.startsWith('.')))
    throw new BlogError(
      'USAGE',
      `Unexpected --dir \`${dir}\`, expected \`${POSTS_DIR}\` or a folder inside it.`,
      {
        hint: `Posts are read from ${POSTS_DIR}/ only, e.g. \`--dir ${POSTS_DIR}/guides\`; nothing was written.`,
      },
    );
  return abs;
}

/** Why a slug Windows keeps for a device (`con`, `nul`, `com1`) is no post's: one wording for the flag, the title and the prompt. */
export function reservedReason(name: string): string {
  return `Windows keeps the name \`${name}\` for a device, so the post's folder could not be checked out or served there`;
}

/** Absolute path of the new post's file. */
export function postPath(o: PostPathOptions): string {
  const dir = resolvePostsDir(o.root, o.dir);
  return o.bundle ? join(dir, o.slug, 'index.md') : join(dir, `${o.ymd}-${o.slug}.md`);
}

/** The post that keeps the new post's URL as an old address of its own (`aliases`), for a slug; or undefined. */
export type UrlOwner = (slug: string) => { url: string; file: string } | undefined;

/** What already stands where the post would go: the file (relative to the blog root) and a clause naming it. */
export function takenBy(
  o: PostPathOptions,
  slugs: ReadonlyMap<string, string>,
  urlOwner?: UrlOwner,
): { file: string; reason: string } | undefined {
  const path = postPath(o);
  const reserved = windowsReservedName(o.slug);
  // No file holds it: the name itself is taken, by Windows (a slug from the title `Con`, or typed at the prompt).
  if (reserved)
    return {
      file: '',
      reason: reservedReason(reserved),
    };
  if (existsSync(path)) {
    const file = toPosix(o.root, path);
    return { file, reason: `${file} already exists` };
  }
  if (o.bundle && existsSync(dirname(path))) {
    const file = `${toPosix(o.root, dirname(path))}/`;
    return { file, reason: `the folder ${file} already exists` };
  }
  const owner = slugs.get(o.slug);
  if (owner) return { file: owner, reason: `the slug \`${o.slug}\` is taken by ${owner}` };
  const kept = urlOwner?.(o.slug);
  if (kept)
    return {
      file: kept.file,
      reason: `its URL \`${kept.url}\` is an old address ${kept.file} redirects from`,
    };
  return undefined;
}

/** The first of `slug-2`, `slug-3`, … that no post, no file and no old address uses. */
export function freeSlug(
  o: PostPathOptions,
  slugs: ReadonlyMap<string, string>,
  urlOwner?: UrlOwner,
): string {
  const base = o.slug.replace(/-\d+$/, '');
  for (let n = 2; ; n++) {
    const slug = `${base}-${n}`;
    if (!takenBy({ ...o, slug }, slugs, urlOwner)) return slug;
  }
}
