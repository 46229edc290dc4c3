/**
 * @fileoverview The names Hexo put in post URLs: `:title` is the post's path under `_posts/` read with the
 * `new_post_name` pattern (hexo `lib/plugins/processor/post.ts`, `parseFilename`), and `:post_title` the title
 * through hexo-util's `slugize`.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { parseDate } from '../content/dates.ts';

/** The tokens `new_post_name` may hold that Hexo reads as numbers; any other token is `(.+?)`. */
const SEGMENTS: Record<string, string> = {
  year: '(\\d{4})',
  month: '(\\d{2})',
  day: '(\\d{2})',
  i_month: '(\\d{1,2})',
  i_day: '(\\d{1,2})',
  hash: '([0-9a-f]{12})',
};

/**
 * Hexo's slug of a post (its `:title`): with `new_post_name: :year-:month-:day-:title.md`,
 * `2020-01-01-hello.md` is `hello`; with the default `:title.md`, the whole path without its extension
 * (`2020/hello` for `_posts/2020/hello.md`). A path the pattern does not fit is slugized whole.
 */
export function hexoSlug(pathUnderPosts: string, newPostName: string): string {
  const withoutExt = (p: string) => p.slice(0, p.length - posix.extname(p).length);
  const path = withoutExt(pathUnderPosts);
  const params: string[] = [];
  const source = withoutExt(newPostName)
    .replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&')
    .replace(/:(\w*[^_\W])/g, (_, param: string) => {
      params.push(param);
      return Object.hasOwn(SEGMENTS, param) ? SEGMENTS[param]! : '(.+?)';
    });
  const match = new RegExp(`^${source}$`).exec(path);
  const at = params.lastIndexOf('title');
  return match && at >= 0 ? match[at + 1]! : hexoSlugize(path);
}

/**
 * hexo-util's `slugize`: accents off, control characters dropped, each run of spaces and signs one `-`, none
 * at either end. (Hexo's accent table also spells out a few letters NFD cannot split, such as `ø` and `ł`;
 * those are kept here.)
 */
export function hexoSlugize(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped.
      .replace(/[\u0000-\u001f]/g, '')
      .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * Hexo's `:hash` (lib/plugins/filter/post_permalink.ts): the first 12 hex digits of the SHA-1 of the post's
 * slug followed by its date in Unix seconds, the date read in the old site's `timezone`. Undefined without a
 * date Hexo would have read the same way (it dates such a post by the file's creation time).
 */
export function hexoHash(slug: string, date: unknown, timeZone: string): string | undefined {
  if (!slug || date === undefined || date === null) return undefined;
  const parsed = parseDate(date, timeZone);
  if (!parsed.ok) return undefined;
  const seconds = Math.floor(parsed.date.epoch / 1000);
  return createHash('sha1').update(`${slug}${seconds}`).digest('hex').slice(0, 12);
}

/** What Hexo's config says about category slugs: `default_category`, `category_map`, `filename_case`. */
export interface HexoCategoryConfig {
  defaultCategory: string;
  categoryMap: Record<string, string>;
  /** 0 as written, 1 lowercase, 2 uppercase. */
  filenameCase: number;
}

/** Reads the category settings from Hexo's `_config.yml` (its defaults when unset). */
export function readHexoCategoryConfig(config: Record<string, unknown> | undefined): HexoCategoryConfig {
  const map = config?.category_map;
  return {
    defaultCategory: typeof config?.default_category === 'string' ? config.default_category : 'uncategorized',
    categoryMap:
      map && typeof map === 'object' && !Array.isArray(map)
        ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, String(v)]))
        : {},
    filenameCase: Number(config?.filename_case ?? 0),
  };
}

/**
 * Hexo's `:category` (lib/plugins/filter/post_permalink.ts): the slug of the post's last category, which
 * holds its parents' (`categories: [Tech, JS]` is one branch, `Tech/JS`; `[[Tech, JS], Life]` two, the last
 * `Life`), each name through `category_map` then `slugize` in the `filename_case`; `default_category` when none.
 */
export function hexoCategory(categories: unknown, config: HexoCategoryConfig): string {
  const names = (list: unknown[]) => list.filter((c) => c !== null && typeof c !== 'object').map(String);
  let branch: string[] = [];
  if (Array.isArray(categories))
    branch = categories.some(Array.isArray)
      ? [categories.at(-1)].flatMap((last) => (Array.isArray(last) ? names(last) : names([last])))
      : names(categories);
  else if (categories !== null && categories !== undefined && typeof categories !== 'object')
    branch = [String(categories)];
  branch = branch.filter((name) => name.trim() !== '');
  if (!branch.length) return config.defaultCategory;
  const slug = (name: string) => {
    const s = hexoSlugize(config.categoryMap[name] ?? name);
    return config.filenameCase === 1 ? s.toLowerCase() : config.filenameCase === 2 ? s.toUpperCase() : s;
  };
  return branch.map(slug).join('/');
}
