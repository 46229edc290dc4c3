/** @fileoverview The Post: what the rest of the pipeline knows of one Markdown file, read tolerantly. */
import { basename, dirname } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { slugify } from '../util/slug.ts';
import { type CoverImage, readCoverImage } from './cover-image.ts';
import { dateFromFileName, type FileNameDate, type PostDate, parseDate } from './dates.ts';
import type { ParsedFile } from './frontmatter.ts';
import { isJobTitle } from './job-title.ts';
import { readSeries, readSeriesOrder } from './series.ts';

export interface Post {
  file: string;
  path: string;
  /** Absolute folder of a page bundle (`posts/slug/index.md`), whose other files are copied beside the page. */
  bundleDir: string | undefined;
  slug: string;
  title: string;
  /** Undefined only when the post has no usable date; validation reports it and the build stops. */
  date: PostDate | undefined;
  updated: PostDate | undefined;
  /** Tags as written (trimmed, de-duplicated). */
  tags: string[];
  description: string | undefined;
  draft: boolean;
  authors: string[];
  /** The cover image: the page's hero, the cards' thumbnail. */
  image: CoverImage | undefined;
  /** Slugs pinned with `related:` in the front-matter. */
  relatedPins: string[];
  /** The series the post is a part of (`series:`), as written. */
  series: string | undefined;
  /** Its explicit place in the series (`seriesOrder:`); by date otherwise. */
  seriesOrder: number | undefined;
  data: Record<string, unknown>;
  body: string;
  bodyOffset: number;
  source: ParsedFile;
}

/** A post that passed validation: the date rule guarantees it has one. */
export type DatedPost = Post & { date: PostDate };

const MARKDOWN_EXT = /\.(md|markdown)$/i;

export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_EXT.test(name);
}

/** Whether a post file is a page bundle's page (`hello/index.md`), its images and files beside it. */
export function isBundlePage(file: string): boolean {
  return basename(file).replace(MARKDOWN_EXT, '').toLowerCase() === 'index';
}

/** The slug and date a file's name implies: `2023-02-10-hello.md` and `hello/index.md` both give `hello`. */
export function nameParts(file: string): { stem: string; date: FileNameDate | undefined; bundle: boolean } {
  const bundle = isBundlePage(file);
  const name = bundle ? basename(dirname(file)) : basename(file).replace(MARKDOWN_EXT, '');
  const date = dateFromFileName(name);
  return { stem: date ? name.slice(11) : name, date, bundle };
}

/**
 * The slug a post gets from its file name (without the date). A name saved from a URL (`per%20cent.md`) is
 * decoded first, so it is `per-cent` rather than `per-20cent`; a `%` that decodes to nothing is kept.
 */
export function fileSlug(file: string): string {
  const { stem } = nameParts(file);
  if (!/%[0-9a-f]{2}/i.test(stem)) return slugify(stem);
  try {
    return slugify(decodeURIComponent(stem));
  } catch {
    // `%E9` alone (Latin-1, not UTF-8) is no text: slugified as written.
    return slugify(stem);
  }
}

/** Reads the value of a key or of the first of its aliases that is present. */
export function pick(
  data: Record<string, unknown>,
  key: string,
  aliases: readonly string[],
): { key: string; value: unknown } | undefined {
  for (const k of [key, ...aliases])
    if (data[k] !== undefined && data[k] !== null) return { key: k, value: data[k] };
  return undefined;
}

/** Tags from a list, a comma string or a single value, trimmed, empty ones dropped, first spelling kept. */
export function readTags(value: unknown): string[] {
  const raw = Array.isArray(value)
    ? value.flat(2) // Hexo writes hierarchical categories as nested lists: `- [Diary, Life]`
    : typeof value === 'string'
      ? value.split(',')
      : value == null
        ? []
        : [value];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    if (item === null || typeof item === 'object') continue;
    // NFC: `café` typed as é or as e + a combining accent is one tag, not two that look alike on one page.
    const tag = String(item).trim().normalize('NFC');
    if (!tag || seen.has(tag)) continue;
    seen.add(tag);
    tags.push(tag);
  }
  return tags;
}

/**
 * A post's authors: a list, or one string naming them as prose (`Ana, Bo and Cy`, `Ana, Bo, and Cy`,
 * `Ana & Bo`), split at commas and at a joining `and` or `&`, so no author page is called `and Cy`. A job
 * title after the first name (`Yang Guo, Software Engineer`) is no author, so no author page is called that.
 */
export function readAuthors(value: unknown): string[] {
  if (typeof value !== 'string') return readTags(value);
  const parts = readTags(value.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/i));
  return parts.filter((part, i) => i === 0 || !isJobTitle(part));
}

export function toPost(parsed: ParsedFile, config: SiteConfig): Post {
  const { data } = parsed;
  const aliases = config.frontMatter.aliases;
  const parts = nameParts(parsed.file);
  const slugValue = data.slug;
  const slug = typeof slugValue === 'string' && slugValue.trim() ? slugValue.trim() : fileSlug(parsed.file);

  const rawDate = data.date ?? (parts.date?.real ? parts.date.ymd : undefined);
  const date = rawDate === undefined ? undefined : parseDate(rawDate, config.timeZone);
  const updatedParse = data.updated === undefined ? undefined : parseDate(data.updated, config.timeZone);

  const titleValue = pick(data, 'title', aliases.title)?.value;
  const description = pick(data, 'description', aliases.description)?.value;
  const author = pick(data, 'author', aliases.author)?.value;
  const related = data.related;

  const fields: Omit<Post, 'body'> = {
    file: parsed.file,
    path: parsed.path,
    bundleDir: parts.bundle ? dirname(parsed.path) : undefined,
    slug,
    title: typeof titleValue === 'string' ? titleValue.trim() : titleValue == null ? '' : String(titleValue),
    date: date?.ok ? date.date : undefined,
    updated: updatedParse?.ok ? updatedParse.date : undefined,
    tags: readTags(pick(data, 'tags', aliases.tags)?.value),
    description: typeof description === 'string' && description.trim() ? description.trim() : undefined,
    draft: data.draft === true || data.published === false, // Jekyll's `published: false`
    authors: readAuthors(author),
    image: readCoverImage(data),
    relatedPins: Array.isArray(related) ? related.filter((r): r is string => typeof r === 'string') : [],
    series: readSeries(data.series),
    seriesOrder: readSeriesOrder(data),
    data,
    bodyOffset: parsed.bodyOffset,
    source: parsed,
  };
  return withBody(fields);
}

/**
 * What every post inherits: its body, which is its parsed file's, asked for each time. So a post never holds its
 * text (the file's, read again if it was let go: see `parseSourceFile`), and a cached post's file is read only if
 * something asks. On the prototype, not each post: an accessor of its own would put the post's properties in a
 * slow dictionary (16 MB more at 10,000 posts).
 */
const postPrototype = {
  get body(): string {
    return (this as unknown as Post).source.body;
  },
};

/** The post with its fields, and its body through its source (`postPrototype`). */
export function withBody(fields: Omit<Post, 'body'>): Post {
  return Object.assign(Object.create(postPrototype) as Post, fields);
}

/**
 * A copy of the post with more fields. A post's `body` is a getter on its prototype that asks its source, which
 * may read the file: a spread would lose it (or read every post's file), so copies go through here.
 */
export function withFields<P extends object, F extends object>(post: P, fields: F): Omit<P, keyof F> & F {
  const copy = Object.create(Object.getPrototypeOf(post) as object | null) as P;
  return Object.assign(Object.defineProperties(copy, Object.getOwnPropertyDescriptors(post)), fields);
}
