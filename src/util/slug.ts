/** @fileoverview URL slugs for posts and tags: transliterated, lowercase, URL-safe. */
import { createHash } from 'node:crypto';
import slugifyLib from '@sindresorhus/slugify';

const cache = new Map<string, string>();

/** Text that is already a slug: slugify would give it back unchanged (test/util/slug.test.ts checks). */
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  // Most post file names are slugs already; transliterating them cost about 0.15 ms each.
  if (PLAIN_SLUG.test(text)) return text;
  let slug = cache.get(text);
  if (slug === undefined) {
    slug = slugifyMixed(narrow(text)) || 'untitled';
    cache.set(text, slug);
  }
  return slug;
}

/**
 * Compatibility characters as the letters they stand for (Unicode's NFKC): fullwidth `ＡＷＳ２０２４` (what a
 * Japanese or Chinese input method types) and the ideographic space, halfwidth katakana `ﾌﾞﾛｸﾞ`, the ligatures a
 * title pasted from a PDF carries (`Conﬁguration`), `x²`, `H₂O`, `Ⅻ`, `ǅ`. The library has no transliteration for
 * them, so they were kept or split apart (`con-ﬁ-guration`), and the tag `ＡＷＳ` or `ﾌﾞﾛｸﾞ` had a page of its own
 * beside `AWS`'s or `ブログ`'s.
 */
function narrow(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Letters of scripts with no Latin transliteration (日本語, 한국어) keep their letters, as hosts serve UTF-8
 * paths; the rest goes through the library. Both in one title too: `掌握Java` is `掌握-java`, not `java`, which
 * the tag `Java` already has (a Chinese Hexo blog's tags and post names shared pages and lost their words).
 */
function slugifyMixed(text: string): string {
  if (![...text].some(keptLetter)) return slugifyLib(text, { decamelize: false });
  const parts: string[] = [];
  let run = '';
  let runKept = false;
  const flush = () => {
    if (run) parts.push(runKept ? run.toLowerCase() : slugifyLib(run, { decamelize: false }));
  };
  for (const piece of text) {
    const kept = keptLetter(piece);
    if (kept !== runKept) {
      flush();
      run = '';
      runKept = kept;
    }
    run += piece;
  }
  flush();
  return parts.filter(Boolean).join('-');
}

const keptCache = new Map<string, boolean>();

/** A letter or digit the library drops (it has no Latin transliteration). */
function keptLetter(c: string): boolean {
  let kept = keptCache.get(c);
  if (kept === undefined) {
    kept = /^[\p{L}\p{N}]$/u.test(c) && slugifyLib(c, { decamelize: false }) === '';
    keptCache.set(c, kept);
  }
  return kept;
}

export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:[-_][\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * The one place that decides a tag's page name (`/tags/<slug>/`). `#` and `+` after a letter or digit are read
 * out, so `C`, `C#` and `C++` get `c`, `c-sharp` and `c-plus-plus` instead of sharing `/tags/c/`. Tags that still
 * share a slug (`Café` and `Cafe`) are reported by the blog/tag-collision rule.
 */
export function tagSlug(tag: string): string {
  // A blog has a few hundred distinct tags, asked for tens of thousands of times (plan, lint rules): 46 ms of
  // a rebuild at 10,000 posts before they were remembered.
  let slug = tagSlugs.get(tag);
  if (slug === undefined) {
    if (tagSlugs.size >= TAG_SLUGS_KEPT) tagSlugs.clear();
    slug = pageSlug(
      slugify(
        narrow(tag).replace(/(?<=[\p{L}\p{N}+#])([#+])/gu, (sign) => (sign === '#' ? ' sharp ' : ' plus ')),
      ),
    );
    tagSlugs.set(tag, slug);
  }
  return slug;
}
const tagSlugs = new Map<string, string>();
/** Distinct tags remembered at most (`blog serve` runs build after build in one process). */
const TAG_SLUGS_KEPT = 20_000;

/**
 * A generated page's folder name (a tag's, a series', an author's) that fits the file system: a slug longer than
 * MAX_SLUG_BYTES is cut and given a hash of the whole, so two long names that start alike keep two pages; a name
 * Windows keeps for a device (the tag `CON`) gets `-page`, as no folder so named can be made or checked out
 * there. A post's own slug is the writer's to change, and the slug rule asks for that instead.
 */
export function pageSlug(slug: string): string {
  if (windowsReservedName(slug)) return `${slug}-page`;
  if (Buffer.byteLength(slug) <= MAX_SLUG_BYTES) return slug;
  const hash = createHash('sha1').update(slug).digest('hex').slice(0, 8);
  let out = '';
  let bytes = 0;
  for (const c of slug) {
    bytes += Buffer.byteLength(c);
    if (bytes > MAX_SLUG_BYTES - hash.length - 1) break;
    out += c;
  }
  return `${out.replace(/[-_]+$/, '')}-${hash}`;
}

/**
 * The longest slug `blog new` and `blog import` make, in UTF-8 bytes: with the `YYYY-MM-DD-` prefix, `.md` and
 * the temp-file suffix of an atomic write, a file name stays far below the 255 bytes file systems allow.
 */
export const MAX_SLUG_BYTES = 100;

/** A slug cut to MAX_SLUG_BYTES at a `-` when one is near the end, else at a whole character. */
export function capSlug(slug: string): string {
  if (Buffer.byteLength(slug) <= MAX_SLUG_BYTES) return slug;
  let out = '';
  let bytes = 0;
  for (const c of slug) {
    bytes += Buffer.byteLength(c);
    if (bytes > MAX_SLUG_BYTES) break;
    out += c;
  }
  const dash = out.lastIndexOf('-');
  return (dash >= out.length / 2 ? out.slice(0, dash) : out).replace(/[-_]+$/, '');
}

/** The slug a title gives a new post: slugified, then capped. */
export function slugFromTitle(title: string): string {
  return capSlug(slugify(title));
}

/**
 * Names Windows keeps for devices, in any case and with any extension (`con`, `CON.txt`, `lpt1.tar.gz`): a file
 * or folder so named cannot be created there, so a post page in `con/` could not be checked out or served.
 * The list is Microsoft's ("Naming Files, Paths, and Namespaces"), superscript digits included.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The device name a slug's folder would take on Windows (`con` for `con.txt`), or undefined when it is free. */
export function windowsReservedName(slug: string): string | undefined {
  for (const segment of slug.split('/')) {
    // Windows reads the name up to the first dot, and ignores spaces before it (`con .txt` is `con` too).
    const name = segment.split('.')[0]!.trimEnd();
    if (WINDOWS_RESERVED.test(name)) return name;
  }
  return undefined;
}

/** A slug to offer instead of a reserved one: the title's when it is free, else the name with `-post`. */
export function unreservedSlug(slug: string, title: string): string {
  const fromTitle = slugFromTitle(title);
  if (fromTitle !== slug && !windowsReservedName(fromTitle)) return fromTitle;
  return `${slugify(slug)}-post`;
}
