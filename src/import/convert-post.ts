/** @fileoverview One source post → the text of a blog post: front-matter mapped to the blog's keys, body tags rewritten. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Document, isMap, isScalar } from 'yaml';
import { defaultAliases, knownFrontMatterKeys } from '../config/defaults.ts';
import type { SiteConfig } from '../config/schema.ts';
import { dateFromFileName, parseDate } from '../content/dates.ts';
import { isJobTitle } from '../content/job-title.ts';
import { booleanMeant } from '../content/rules/boolean-keys.ts';
import { findTemplateSyntax } from '../content/template-syntax.ts';
import { lineAt } from '../diagnostics/position.ts';
import { now } from '../util/clock.ts';
import { SLUG_PATTERN, slugify } from '../util/slug.ts';
import { truncateText } from '../util/text.ts';
import { decodeUrlPath } from '../util/urls.ts';
import { type BodyContext, type BodyConverter, outsideCode, WHOLE_BODY } from './convert-body.ts';
import { keysOf, type SourceMatter, writeMatter } from './front-matter.ts';
import type { HugoFileName } from './hugo-filename-date.ts';
import { mapSeries } from './series.ts';
import { themeCoverFolders } from './theme-cover-folders.ts';
import type { FoundPost, Note, SameNote, SourceKind, SourceSite } from './types.ts';

export interface ReadPost {
  found: FoundPost;
  text: string;
  matter: SourceMatter;
  /** YYYY-MM-DD in the blog's time zone, when the post has a date. */
  ymd: string | undefined;
  title: string;
  /** Relative to the blog root: `posts/2019-08-04-welcome.md` or `posts/my-bundle/index.md`. */
  target: string;
  changed: Note[];
  /** For a person, placed on the new file's lines once it is written: at a key, or at line 1. */
  left: { key?: string; message: string }[];
  /** The source's `slug`, when it had to be rewritten: the old URL was made from it. */
  oldSlug?: string;
  /** The import gave the post a `slug` its source did not have (to tell it from another post): not in the old URL. */
  slugAdded?: boolean;
  /** Jekyll: its categories as Jekyll reads them (folders above `_posts/`, then `categories`/`category`), for `:categories`. */
  categories?: string[];
  /** Hexo: `categories` (else `category`) as written, before they became tags, for `:category`. */
  sourceCategories?: unknown;
  /** Hugo: what its `[frontmatter]` `:filename` handler took from the file name (its slug, its dates). */
  hugoFileName?: HugoFileName;
}

/**
 * The name with its date written in full: Jekyll reads `2015-7-1-report.md` as dated 2015-07-01 (its file-name
 * pattern takes one-digit months and days, as Let's Encrypt's posts are named), this blog only `2015-07-01-`.
 */
export function padNameDate(name: string): string {
  return name.replace(
    /^(\d{4})-(\d{1,2})-(\d{1,2})-/,
    (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}-`,
  );
}

/**
 * The line in the source text where a front-matter key is written (YAML `key:` or TOML `key =`). Only spaces and
 * tabs may indent it: `\s` would reach back over a line end (`^` also matches after a Windows `\r`), one line early.
 */
export function lineOfKey(text: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `key:` (YAML), `key =` (TOML), or a TOML table's header, `[key]` (a post's `[params]`, Zola's `[taxonomies]`).
  const at = new RegExp(
    `^[ \\t]*(?:["']?${escaped}["']?[ \\t]*[:=]|\\[[ \\t]*["']?${escaped}["']?[ \\t]*\\][ \\t]*$)`,
    'm',
  ).exec(text);
  return at ? lineAt(text, at.index) : 1;
}

/**
 * A front-matter list as its generator reads it. Jekyll splits a plural key's string at spaces (`categories: a b`)
 * but takes a singular key's whole (`category: Web Development` is one category: `Utils.pluralized_array_from_hash`).
 */
const asList = (value: unknown, kind: SourceKind, singular = false): string[] => {
  if (singular && typeof value === 'string') return [value];
  if (Array.isArray(value))
    return value
      .flat(2)
      .filter((v) => v !== null && typeof v !== 'object')
      .map(String);
  if (typeof value === 'string') return kind === 'jekyll' ? value.split(/\s+/) : value.split(',');
  return value == null || typeof value === 'object' ? [] : [String(value)];
};

/** Eleventy's date values that say where to read the date from. */
const ELEVENTY_DATES = /^(?:git )?(?:last modified|created)$/i;

/** `[text](url)`, as Docsy (opentelemetry.io) and v8.dev write their bylines. */
const MARKDOWN_LINK = /\[([^[\]]*)\]\([^()\s]*\)/;

/** Name particles written in lowercase (`Wouter van Oortmerssen`), not a sign of a role. */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'y',
]);

/**
 * Whether a part of a byline after its first name is a role rather than a name: v8.dev writes `Mathias Bynens
 * (…), V8 historian` and `Théotime Grohens, <i lang="fr">le savant de Data-Vue</i>`. A name's words start
 * with a capital (or are particles) and hold no digit or HTML, and make no job title (`Software Engineer`,
 * `isJobTitle`); `Cisco` still passes, and so does a name after a label (`DevTools warrior Alexey Kozyatinskiy`).
 */
function looksLikeRole(part: string): boolean {
  if (/<[a-z/]/i.test(part) || /\d/.test(part) || isJobTitle(part)) return true;
  const words = part.split(' ');
  if (!words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  // A name after its label (`DevTools warrior Alexey Kozyatinskiy`) is still a name.
  return !words.slice(-2).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The names in a byline written in Markdown or as one line: `[Laurent Quérel](https://github.com/lquerel) (F5),
 * [Joshua MacDonald](…) (ServiceNow)` is Laurent Quérel and Joshua MacDonald. Parts are split at commas, `and`
 * and `&` outside parentheses; each keeps its links' text without the parentheses that follow a name. What
 * follows a dash (`… — main thread liberators`), a group's label (`the jank busters: …`) and the parts after
 * the first that read as roles (`V8 historian`) are the `roles`, no names.
 */
export function authorNames(byline: string): { names: string[]; roles: string[] } {
  const parts: string[] = [];
  const roles: string[] = [];
  let depth = 0;
  let part = '';
  let text = byline.replace(new RegExp(MARKDOWN_LINK.source, 'g'), '$1').replace(/\s+/g, ' ');
  const label = /^([^():,]+):\s/.exec(text);
  if (label) {
    roles.push(label[1]!.trim());
    text = text.slice(label[0].length);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    const dash = depth === 0 ? /^\s+[—–]\s+/.exec(text.slice(i)) : null;
    if (dash) {
      roles.push(text.slice(i + dash[0].length).trim());
      break;
    }
    const and = depth === 0 ? /^(?:,|\s+(?:and|&)\s)/.exec(text.slice(i)) : null;
    if (and) {
      parts.push(part);
      part = '';
      i += and[0].length - 1;
    } else part += c;
  }
  parts.push(part);
  const names: string[] = [];
  for (const p of parts) {
    const name = p
      .replace(/\([^()]*\)/g, '')
      .replace(/^\s*(?:and|&)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) continue;
    if (names.length && looksLikeRole(name)) roles.push(name.replace(/<[^>]*>/g, ''));
    else names.push(name);
  }
  return { names: [...new Set(names)], roles };
}

/**
 * Hugo's `expiryDate`: from that day on Hugo no longer published the page. One already past was not on the
 * old site, so it comes as a draft rather than back online; one to come is left for a person, as this
 * blog has no expiry.
 */
function expire(
  post: Omit<ReadPost, 'target' | 'ymd'>,
  timeZone: string,
  change: (key: string, message: string) => void,
): void {
  const { doc } = post.matter;
  const value = doc.get('expiryDate');
  const parsed = parseDate(value, timeZone);
  if (!parsed.ok) {
    post.left.push({ key: 'expiryDate', message: `kept \`expiryDate\`, unused here: not a date Hugo reads` });
    return;
  }
  if (parsed.date.epoch > now()) {
    post.left.push({
      key: 'expiryDate',
      message: `kept \`expiryDate: ${parsed.date.ymd}\`, unused here: Hugo would stop publishing the post that day, this blog does not; set \`draft: true\` then`,
    });
    return;
  }
  doc.delete('expiryDate');
  if (doc.get('draft') === true) {
    change('expiryDate', `removed \`expiryDate: ${parsed.date.ymd}\` (a draft)`);
    return;
  }
  doc.set('draft', true);
  change(
    'expiryDate',
    `\`expiryDate: ${parsed.date.ymd}\` has passed, so Hugo no longer published the post: \`draft: true\`, not back online`,
  );
}

/** Themes' own keys for the cover image's alt text beside `image:`: 18F's `image_alt`. */
const COVER_ALT_KEYS = ['image_alt'];

/** The cover's alt text under a theme's key → `imageAlt`, when there is a cover and no `imageAlt`. */
function mapCoverAlt(doc: Document, change: (key: string, message: string) => void): void {
  if (!doc.has('image') || doc.has('imageAlt')) return;
  const key = COVER_ALT_KEYS.find((k) => {
    const value = doc.get(k);
    return typeof value === 'string' && value.trim() !== '';
  });
  if (!key) return;
  doc.set('imageAlt', doc.get(key));
  doc.delete(key);
  change(key, `\`${key}\` → \`imageAlt\` (the cover image's alt text)`);
}

/**
 * Themes' own keys for the cover image: Ananke's `featured_image`, LoveIt's and DoIt's `featuredImage`, Clarity's
 * `featureImage`, Hux Blog's `header-img`.
 */
const COVER_KEYS = ['featured_image', 'featuredImage', 'featureImage', 'header-img'];

/** Keys whose relative path is from the site's root: Hux Blog shows `{{ site.baseurl }}/{{ page.header-img }}`. */
const FROM_SITE_ROOT = new Set(['header-img']);

/**
 * A theme's cover image (a key above, Minimal Mistakes' `header: { image, … }`, or PaperMod's `cover: { image, alt }`)
 * → `image` and `imageAlt`.
 */
function mapCoverImage(doc: Document, change: (key: string, message: string) => void): void {
  const key = COVER_KEYS.find((k) => {
    const value = doc.get(k);
    return typeof value === 'string' && value.trim() !== '';
  });
  if (key) {
    const value = String(doc.get(key)).trim();
    const fromRoot = FROM_SITE_ROOT.has(key) && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(value);
    doc.set('image', fromRoot ? `/${value}` : doc.get(key));
    doc.delete(key);
    change(
      key,
      fromRoot
        ? `\`${key}: ${value}\` → \`image: /${value}\` (the cover image, a path from the site's root)`
        : `\`${key}\` → \`image\` (the cover image)`,
    );
    return;
  }
  // Minimal Mistakes keeps the cover under `header:` (its hero `image` or `overlay_image`, list `teaser`,
  // `og_image`); the rest of `header` (caption, overlay_filter) is the old theme's, left as it is.
  const header = doc.get('header');
  if (isMap(header)) {
    const inHeader = ['image', 'overlay_image', 'teaser', 'og_image'].find((k) => {
      const v = header.get(k);
      return typeof v === 'string' && v.trim() !== '';
    });
    if (inHeader) {
      doc.set('image', header.get(inHeader));
      const alt = ['image_description', 'og_image_alt']
        .map((k) => header.get(k))
        .find((v) => typeof v === 'string');
      if (alt) doc.set('imageAlt', alt);
      change('header', `\`header.${inHeader}\` → \`image\` (the cover image)`);
      return;
    }
  }
  const cover = (doc.toJS() as Record<string, unknown> | null)?.cover;
  if (typeof cover !== 'object' || cover === null) return;
  const { image, alt } = cover as { image?: unknown; alt?: unknown };
  if (typeof image !== 'string' || !image.trim()) return;
  doc.set('image', image);
  doc.deleteIn(['cover', 'image']);
  const withAlt = typeof alt === 'string' && alt.trim() !== '' && !doc.has('imageAlt');
  if (withAlt) {
    doc.set('imageAlt', alt);
    doc.deleteIn(['cover', 'alt']);
  }
  // What is left (`caption`, `hidden`…) stays under `cover`, listed as kept.
  if (Object.keys((doc.toJS() as { cover: object }).cover).length === 0) doc.delete('cover');
  change(
    'cover',
    `\`cover.image\` → \`image\`${withAlt ? ', `cover.alt` → `imageAlt`' : ''} (the cover image)`,
  );
}

/** Maps the front-matter to the blog's keys, in place; returns notes on the source file. */
/**
 * A relative cover that is not beside the post but at the old site's root is a path from the root, as Jekyll
 * themes show it (`{{ site.baseurl }}/{{ page.image }}`): vespa-engine/blog's `image: assets/<post>/cover.png`.
 */
function coverFromSiteRoot(
  doc: Document,
  post: Omit<ReadPost, 'target' | 'ymd'>,
  site: SourceSite,
  change: (key: string, message: string) => void,
): void {
  const value = doc.get('image');
  if (typeof value !== 'string') return;
  const src = value.trim();
  if (!src || /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src) || src.includes('{{') || src.includes('{%')) return;
  const clean = decodeUrlPath(src.split(/[?#]/)[0]!);
  if (clean.split('/').includes('..') || existsSync(join(dirname(post.found.path), clean))) return;
  if (site.staticDirs.some((dir) => existsSync(join(dir, clean)))) {
    doc.set('image', `/${src}`);
    change('image', `\`image: ${src}\` → \`image: /${src}\` (the cover image, a path from the site's root)`);
    return;
  }
  // Else in the folder the old theme's layouts show it from (`{{ site.url }}/thumbs/{{ page.image }}`).
  if (site.kind !== 'jekyll') return;
  const folder = themeCoverFolders(site.root).find((f) => existsSync(join(site.root, f, clean)));
  if (!folder) return;
  doc.set('image', `/${folder}/${src}`);
  change(
    'image',
    `\`image: ${src}\` → \`image: /${folder}/${src}\` (the cover image, in \`${folder}/\` where the old theme's layouts show it)`,
  );
}

export function mapFrontMatter(
  post: Omit<ReadPost, 'target' | 'ymd'>,
  site: SourceSite,
  config: SiteConfig,
): void {
  const { doc } = post.matter;
  const { rel } = post.found;
  const at = (key: string) => lineOfKey(post.text, key);
  const change = (key: string, message: string) => post.changed.push({ file: rel, line: at(key), message });
  const has = (key: string) => doc.has(key);

  for (const key of post.matter.duplicateKeys ?? [])
    change(
      key,
      `\`${key}\` written more than once: kept the last, \`${truncateText(JSON.stringify(doc.toJS()[key]), 60)}\`, the one Jekyll read`,
    );
  for (const key of post.matter.indentedKeys ?? [])
    change(key, `\`${key}\`: the quoted value's lines after the first indented, as YAML 1.2 needs`);
  for (const key of post.matter.flowKeys ?? [])
    change(key, `\`${key}\`: the bracketed list's lines indented with spaces, as YAML 1.2 needs`);
  excerptSeparator(post, site);
  kramdownToc(post, site);
  titleHeading(post);
  if (has('layout')) {
    change('layout', `removed \`layout: ${String(doc.get('layout'))}\` (the theme decides)`);
    doc.delete('layout');
  }

  // Hugo and Jekyll keep a slug's capitals in the URL (`database-to-app-TLS`); here a slug is lowercase, and the
  // old URL becomes an alias.
  const slug = doc.get('slug');
  if (typeof slug === 'string' && slug.trim() && !SLUG_PATTERN.test(slug.trim())) {
    const fixed = slugify(slug.trim());
    post.oldSlug = slug;
    doc.set('slug', fixed);
    change('slug', `\`slug: ${slug}\` → \`${fixed}\` (lowercase letters, digits and dashes)`);
  }

  // Tags: `tags`, `categories` (list, Jekyll's space-separated string, Hexo's nested lists) and `category`.
  // Jekyll's `populate_categories`: the folders above `_posts/`, then `categories`, then `category`; the
  // old URL's `:categories` is made from them before they become tags.
  if (site.kind === 'jekyll') {
    const all = [
      ...(post.found.categories ?? []),
      ...asList(doc.toJS()?.categories, 'jekyll'),
      ...asList(doc.toJS()?.category, 'jekyll', true),
    ];
    post.categories = [...new Set(all.map((c) => c.trim()).filter(Boolean))];
  }
  if (site.kind === 'hexo') post.sourceCategories = doc.toJS()?.categories ?? doc.toJS()?.category;
  const sources = ['tags', 'categories', 'category'].filter(has);
  if (sources.length) {
    const merged: string[] = [];
    const lower = new Set<string>();
    const dropped: string[] = [];
    for (const key of sources)
      for (const raw of asList(doc.toJS()[key], site.kind, site.kind === 'jekyll' && key === 'category')) {
        const tag = raw.trim();
        if (!tag) continue;
        if (site.collectionTags.includes(tag)) {
          dropped.push(tag);
          continue;
        }
        // `Release` and `release` are one tag page; the first spelling is kept.
        if (lower.has(tag.toLowerCase())) continue;
        merged.push(tag);
        lower.add(tag.toLowerCase());
      }
    const original = JSON.stringify(doc.toJS().tags ?? null);
    for (const key of sources) doc.delete(key);
    if (merged.length) doc.set('tags', merged);
    for (const key of sources.filter((k) => k !== 'tags')) change(key, `\`${key}\` → \`tags\``);
    if (dropped.length)
      change(
        'tags',
        `dropped the collection tag${dropped.length > 1 ? 's' : ''} ${dropped.map((t) => `\`${t}\``).join(', ')}`,
      );
    else if (
      sources.length === 1 &&
      sources[0] === 'tags' &&
      original !== JSON.stringify(merged) &&
      merged.length
    )
      change('tags', `\`tags\` written as a list: ${merged.map((t) => `\`${t}\``).join(', ')}`);
  }

  redirectTo(post);
  if (has('published')) {
    if (doc.get('published') === false) {
      doc.set('draft', true);
      change('published', '`published: false` → `draft: true`');
    } else {
      // Only the boolean unpublishes: Jekyll published `published: "false"`, so it is no draft here either.
      const value = doc.get('published');
      change(
        'published',
        value === true
          ? 'removed `published: true`'
          : `removed \`published: ${JSON.stringify(value)}\`: only \`false\` kept a post off the old site, so it is published`,
      );
    }
    doc.delete('published');
  }
  // `draft: yes` (the Kubernetes contributor site): a draft to Hugo's and Jekyll's YAML 1.1; `true` here.
  const meant = booleanMeant(doc.get('draft'));
  if (meant !== undefined) {
    change('draft', `\`draft: ${String(doc.get('draft'))}\` → \`draft: ${meant}\``);
    doc.set('draft', meant);
  }
  if (post.found.draft && doc.get('draft') !== true) {
    doc.set('draft', true);
    post.changed.push({ file: rel, line: 1, message: 'from the drafts folder: `draft: true`' });
  }
  if (has('publishDate')) {
    const when = doc.get('publishDate');
    change(
      'publishDate',
      `\`publishDate\` → \`date\` (the day it appears)${has('date') ? `; it was \`${String(doc.get('date'))}\`` : ''}`,
    );
    doc.set('date', when);
    doc.delete('publishDate');
  }
  // Hugo's `lastmod`; Jekyll's `last_modified_at` (jekyll-seo-tag's dateModified, jekyll-sitemap's lastmod,
  // Minimal Mistakes' "Updated:").
  // Only a date on or after the post's own: `updated` before `date` stops the build (basically-basic's
  // future-dated post, 9999-12-31, was last modified in 2017).
  const notUpdated: string[] = [];
  for (const key of ['lastmod', 'last_modified_at'])
    if (has(key) && !has('updated')) {
      const when = parseDate(doc.get(key), config.timeZone);
      const written = doc.get('date');
      const day = written ?? dateFromFileName(padNameDate(basename(post.found.path)))?.ymd;
      const posted = day == null ? undefined : parseDate(day, config.timeZone);
      if (!when.ok || (posted?.ok && when.date.epoch < posted.date.epoch)) {
        post.left.push({
          key,
          message: `kept \`${key}\`, not made \`updated\`: ${when.ok ? "it is before the post's date" : when.reason}`,
        });
        notUpdated.push(key);
        continue;
      }
      change(key, `\`${key}\` → \`updated\``);
      doc.set('updated', doc.get(key));
      doc.delete(key);
    }
  // Jekyll shows `title: 2023` or `title: 3.0` as written; here a title is text, so it is quoted as written.
  const title = doc.get('title', true);
  if (isScalar(title) && (typeof title.value === 'number' || typeof title.value === 'boolean')) {
    const written = /^[ \t]*title[ \t]*:[ \t]*([^\s#][^#\n]*?)[ \t]*(?:#.*)?$/m.exec(post.text)?.[1];
    const text = written ?? String(title.value);
    doc.set('title', text);
    change('title', `\`title: ${text}\` written as text`);
  }
  // Jekyll themes (Basically Basic, So Simple) write the cover as `image: { path, thumbnail, caption }`;
  // here its file is `src`.
  const image = doc.get('image');
  if (isMap(image) && !image.has('src') && typeof image.get('path') === 'string') {
    doc.setIn(['image', 'src'], image.get('path'));
    doc.deleteIn(['image', 'path']);
    change('image', '`image: { path }` → `image: { src }` (the cover image)');
  }
  if (!has('image')) mapCoverImage(doc, change);
  coverFromSiteRoot(doc, post, site, change);
  mapCoverAlt(doc, change);
  // Eleventy's `date: Last Modified`, `Created`, `git Last Modified`, `git Created` name where Eleventy read
  // the date (the file or git), not a date: the file's name or time gives it, as for a post without one.
  const special = doc.get('date');
  if (site.kind === 'eleventy' && typeof special === 'string' && ELEVENTY_DATES.test(special.trim())) {
    change(
      'date',
      `removed \`date: ${special.trim()}\` (Eleventy read it from the file or git; not a date here)`,
    );
    doc.delete('date');
  }
  // A byline with links, or several names on one line (which the build would split at its commas only, so
  // `A, B, and C` gave an author `and C`): its names.
  const author = doc.get('author');
  const markdown = typeof author === 'string' && MARKDOWN_LINK.test(author);
  if (typeof author === 'string' && (markdown || author.includes(','))) {
    const { names, roles } = authorNames(author);
    if (names.length && (markdown || names.join(', ') !== author.trim())) {
      doc.set('author', names);
      const left = [
        markdown && 'links and parentheses',
        roles.length && `the role${roles.length > 1 ? 's' : ''} ${roles.map((r) => `\`${r}\``).join(', ')}`,
      ].filter(Boolean);
      change(
        'author',
        `\`author\` written ${markdown ? 'in Markdown' : 'as one line'} → ${names.map((n) => `\`${n}\``).join(', ')}${left.length ? ` (${left.join(', and ')} left out${markdown ? "; a profile's URL goes under `authors` in blog.config.json" : ''})` : ''}`,
      );
    }
  }
  if (!has('title') || !String(doc.get('title') ?? '').trim()) {
    const stem = basename(post.found.path).replace(/\.(md|markdown)$/i, '');
    const name = /^index$/i.test(stem) ? basename(post.found.assetDir ?? stem) : stem;
    const title = padNameDate(name)
      .replace(/^\d{4}-\d{2}-\d{2}-/, '')
      .replace(/[-_]+/g, ' ')
      .replace(/^./, (c) => c.toUpperCase());
    doc.set('title', title);
    post.left.push({ key: 'title', message: `no \`title\`: made \`${title}\` from the file name; check it` });
  }
  // A dated name is the date, or, when no calendar has that day, the date rule's error for a person: the
  // file's time would only hide it.
  // A bundle's name is its folder's (zachleat.com's `_posts/2021-01-30-fluid-images/index.md`), as for its slug.
  const fileName = basename(post.found.path);
  const name =
    /^index\.(md|markdown)$/i.test(fileName) && post.found.assetDir
      ? basename(post.found.assetDir)
      : fileName;
  // `date:` left empty (a draft not yet dated, as vijayanant.github.io's) is no date either.
  const date = doc.get('date');
  const noDate = date == null || (typeof date === 'string' && date.trim() === '');
  if (noDate && !dateFromFileName(padNameDate(name))) {
    const ymd = parseDate(new Date(statSync(post.found.path).mtimeMs), config.timeZone);
    if (ymd.ok) {
      doc.set('date', ymd.date.ymd);
      post.left.push({
        key: 'date',
        message: `no date: used the file's modification day ${ymd.date.ymd}; check it`,
      });
    }
  }
  // A `date:` the old generator read but this blog cannot (scala-lang's `date: 11-9-2017`, which Ruby's
  // Time.parse took as the 11th of September) would stop the first build: the file name's day stands in.
  const named = dateFromFileName(padNameDate(name));
  if (
    named?.real &&
    (typeof date === 'string' || typeof date === 'number') &&
    !noDate &&
    !parseDate(date, config.timeZone).ok
  ) {
    doc.set('date', named.ymd);
    post.left.push({
      key: 'date',
      message: `\`date: ${String(date).trim()}\` is no date here (expected YYYY-MM-DD): used the file name's day ${named.ymd}; check it`,
    });
  }
  if (has('expiryDate')) expire(post, config.timeZone, change);
  mapSeries(doc, site.kind, change, (key, message) => post.left.push({ key, message }));
  for (const key of ['url', 'permalink'])
    if (has(key))
      post.left.push({
        key,
        message: `kept \`${key}\`, unused here (the old URL is kept in \`aliases\` when it differs)`,
      });
  const known = new Set<string>([
    ...knownFrontMatterKeys,
    ...Object.values(defaultAliases).flat(),
    ...config.frontMatter.extraKeys,
  ]);
  const unknown = keysOf(doc).filter(
    (k) => !known.has(k) && !['expiryDate', 'url', 'permalink', ...notUpdated].includes(k),
  );
  if (unknown.length)
    post.left.push({
      key: unknown[0]!,
      message: `kept ${unknown.map((k) => `\`${k}\``).join(', ')}, unused here: delete, or list in \`frontMatter.extraKeys\``,
    });
}

/** How the build finds the end of an excerpt (src/render/markdown.ts). */
const MORE = /<!--\s*more\s*-->/i;

/**
 * Jekyll's `excerpt_separator` (the post's, else the config's) ends the excerpt where the writer put it; here
 * `<!-- more -->` does, so another separator (`<!--excerpt-->`) becomes that, the first outside code, as
 * Jekyll splits at the first. The post's key goes. `"\n\n"`, Jekyll's default, is the first paragraph here too.
 */
function excerptSeparator(post: Omit<ReadPost, 'target' | 'ymd'>, site: SourceSite): void {
  if (site.kind !== 'jekyll') return;
  const { doc } = post.matter;
  const own = doc.get('excerpt_separator');
  const separator = typeof own === 'string' ? own : site.excerptSeparator;
  if (typeof own === 'string' || doc.has('excerpt_separator')) doc.delete('excerpt_separator');
  if (!separator?.trim() || new RegExp(`^${MORE.source}$`, 'i').test(separator.trim())) {
    if (typeof own === 'string')
      post.changed.push({
        file: post.found.rel,
        line: lineOfKey(post.text, 'excerpt_separator'),
        message: `removed \`excerpt_separator\`: ${separator?.trim() ? `\`${separator.trim()}\` ends the excerpt here too` : 'the first paragraph is the excerpt here too'}`,
      });
    return;
  }
  let done = false;
  rewriteProse(post, (body, ctx) => {
    const found = done ? -1 : body.indexOf(separator);
    if (found < 0) return body;
    done = true;
    ctx.change(found, `\`excerpt_separator\` \`${separator.trim()}\` → \`<!-- more -->\``);
    return `${body.slice(0, found)}<!-- more -->${body.slice(found + separator.length)}`;
  });
}

/** Rewrites the post's body outside code, each change noted at its line of the source file. */
function rewriteProse(post: Omit<ReadPost, 'target' | 'ymd'>, convert: BodyConverter): void {
  const body = post.matter.body;
  const at = (offset: number) => post.matter.bodyLine + lineAt(body, offset) - 1;
  post.matter.body = outsideCode(convert)(body, {
    change: (offset, message) => post.changed.push({ file: post.found.rel, line: at(offset), message }),
    linkTo: () => undefined,
    useAsset: () => {},
  });
}

/** kramdown's generated table of contents: a list item (`* TOC`) with `{:toc}` on the line under it. */
const KRAMDOWN_TOC = /^[ \t]*(?:[*+-]|\d+\.)[ \t]+[^\n]*\n[ \t]*\{:\s*toc\s*\}[ \t]*$/m;

/**
 * kramdown's `* TOC` + `{:toc}` (Jekyll) asked for a table of contents where it stood: here the post's
 * `toc: true` puts one on top of the page, and both lines go (left empty, so lines keep their numbers).
 */
function kramdownToc(post: Omit<ReadPost, 'target' | 'ymd'>, site: SourceSite): void {
  if (site.kind !== 'jekyll' || !/\{:\s*toc\s*\}/.test(post.matter.body)) return;
  const { doc } = post.matter;
  let done = false;
  rewriteProse(post, (body, ctx) => {
    const m = done ? null : KRAMDOWN_TOC.exec(body);
    if (!m) return body;
    done = true;
    ctx.change(
      m.index,
      `\`${m[0].replace(/\s+/g, ' ').trim()}\` → \`toc: true\` (a table of contents on top of the page)`,
    );
    return `${body.slice(0, m.index)}\n${body.slice(m.index + m[0].length)}`;
  });
  if (done && !doc.has('toc')) doc.set('toc', true);
}

/** The body's first line when it is a level-1 heading (`# Title`, closing `#`s taken off), at its offset. */
const LEADING_H1 = /^(?:[ \t]*\r?\n)*#[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*\r?$/m;

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A body that opens with its own title as a `# heading` (scala-lang's layout showed the body and not the title):
 * here the page shows the title as its heading, so the copy would stand under it a second time. It goes, its
 * line left empty so the lines keep their numbers.
 */
function titleHeading(post: Omit<ReadPost, 'target' | 'ymd'>): void {
  const title = post.matter.doc.get('title');
  const m = LEADING_H1.exec(post.matter.body);
  if (typeof title !== 'string' || !m || m.index !== 0 || !sameText(m[1]!, title)) return;
  const heading = m[0].trim();
  const at = m[0].length - m[0].trimStart().length;
  post.matter.body = post.matter.body.slice(0, at) + post.matter.body.slice(m[0].length);
  const line = post.matter.bodyLine + lineAt(post.matter.body, at) - 1;
  post.changed.push({
    file: post.found.rel,
    line,
    message: `removed \`${heading}\`, the post's title again: the page shows the title as its heading`,
  });
}

/**
 * jekyll-redirect-from's `redirect_to`: the old page sent its readers on to another address (ben.balter.com's
 * posts written for TechCrunch, front-matter and no body). This blog makes no redirect out of a post, so the
 * post links there instead, below what it says; a page with a title and nothing under it would be all that
 * was left. The link is added before the body is converted, so a link to an old URL of this site is mapped too.
 */
function redirectTo(post: Omit<ReadPost, 'target' | 'ymd'>): void {
  const { doc } = post.matter;
  const value = [doc.toJS()?.redirect_to].flat()[0];
  if (typeof value !== 'string' || !value.trim()) return;
  const url = value.trim();
  let where = url;
  try {
    where = new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    // A path on the old site (`/about/`): its own text.
  }
  const link = `Read this post on [${where}](${url.replace(/[()\s]/g, encodeURIComponent)}).`;
  const body = post.matter.body.replace(/\s+$/, '');
  // At the end, so the body's lines stay the source's and the report's line numbers stay true.
  post.matter.body = body.trim()
    ? `${body}\n\n${link}\n`
    : `${post.matter.body.replace(/\S[\s\S]*$/, '')}${link}\n`;
  post.changed.push({
    file: post.found.rel,
    line: lineOfKey(post.text, 'redirect_to'),
    message: `\`redirect_to: ${url}\` → a link to it in the post: the old site sent its readers there`,
  });
  doc.delete('redirect_to');
}

/** An include tag and the file it names, as the generic note quotes it: `{% include ad.html %}`. */
const INCLUDE_TAG = /^\{%-?\s*include(?:_cached|_relative)?\s+["']?([^\s"'%]+)/;

/** The post's new text, and what is left for a person on its lines; changes are noted on the source's lines. */
export function convertBody(
  post: ReadPost,
  converters: readonly BodyConverter[],
  ctx: Pick<
    BodyContext,
    | 'linkTo'
    | 'linkToFile'
    | 'useAsset'
    | 'liquidValue'
    | 'bundleFile'
    | 'bundleImage'
    | 'includeFile'
    | 'blockTag'
  >,
): { text: string; left: Note[] } {
  const { rel } = post.found;
  let body = post.matter.body;
  const data = (post.matter.doc.toJS() ?? {}) as Record<string, unknown>;
  // Body lines (1-based) of what a converter left for a person; the new file's front-matter is added below.
  const leaves: { line: number; message: string; tag?: string; same?: SameNote }[] = [];
  const context: BodyContext = {
    ...ctx,
    param: (key) => {
      // Hugo's `.Param`: keys in any case, a dotted path into nested maps.
      let value: unknown = data;
      for (const part of key.split('.')) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
        const found = Object.keys(value).find((k) => k.toLowerCase() === part.toLowerCase());
        value = found === undefined ? undefined : (value as Record<string, unknown>)[found];
      }
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
    },
    change: (offset, message, same) => {
      const line = post.matter.bodyLine + lineAt(body, offset) - 1;
      post.changed.push({ file: rel, line, message, ...(same && { same }) });
    },
    leave: (offset, message, tag, same) =>
      leaves.push({
        line: lineAt(body, offset),
        message,
        ...(tag === undefined ? {} : { tag }),
        ...(same && { same }),
      }),
  };
  // Each converter sees the body as the previous one left it; lines never shift, so notes keep source lines.
  for (const convert of converters)
    body = WHOLE_BODY.has(convert) ? convert(body, context) : outsideCode(convert)(body, context);
  if (post.matter.missingOpener)
    post.changed.push({ file: rel, line: 1, message: 'added the opening `---` of the front-matter' });
  if (post.matter.blankLinesAbove)
    post.changed.push({
      file: rel,
      line: 1,
      message: `removed the blank line${post.matter.blankLinesAbove > 1 ? 's' : ''} above the opening \`---\`, so that the front-matter is read as one`,
    });
  if (post.matter.format === 'toml')
    post.changed.push({ file: rel, line: 1, message: 'TOML front-matter (`+++`) → YAML' });
  if (post.matter.format === 'json')
    post.changed.push({ file: rel, line: 1, message: "Hexo's JSON front-matter (`;;;`) → YAML" });
  if (post.matter.format === 'js')
    post.changed.push({
      file: rel,
      line: 1,
      message: 'JavaScript front-matter (`---js`) → YAML: its values, read as data and never run',
    });
  const matter = writeMatter(post.matter.doc as Document);
  const text = matter + body;
  const left: Note[] = post.left.map((l) => ({
    file: post.target,
    line: l.key ? lineOfKey(text, l.key) : 1,
    message: l.message,
  }));
  const matterLines = lineAt(matter, matter.length) - 1;
  for (const l of leaves)
    left.push({
      file: post.target,
      line: matterLines + l.line,
      message: l.message,
      ...(l.same && { same: l.same }),
    });
  // A tag a converter left with a note of its own gets no second one.
  const noted = new Set(leaves.filter((l) => l.tag).map((l) => `${l.line} ${l.tag}`));
  for (const mark of findTemplateSyntax(body)) {
    if (noted.has(`${lineAt(body, mark.offset)} ${mark.text}`)) continue;
    const line = matterLines + lineAt(body, mark.offset);
    const include = INCLUDE_TAG.exec(mark.text)?.[1];
    left.push({
      file: post.target,
      line,
      message: `\`${mark.text}\` is shown as written; rewrite it as Markdown`,
      ...(include && {
        same: {
          key: `include-left ${include}`,
          message: `\`{% include ${include} %}\` is shown as written; rewrite it as Markdown`,
        },
      }),
    });
  }
  return { text, left };
}
