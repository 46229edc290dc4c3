/** @fileoverview The config file's shape, validated with zod; every key has a default. */
import { z } from 'zod';
import {
  baseMessage,
  placeholdersOf,
  THEME_STRING_IDS,
  type ThemeStringId,
} from '../render/theme-strings.ts';
import { suggest } from '../util/suggest.ts';
import { isExternalTarget, normaliseOldPath } from '../util/urls.ts';
import { defaultAliases } from './defaults.ts';
import { ESSENTIAL_RULE_IDS, RULE_IDS } from './rule-ids.ts';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** `en`, `en-US`, `pt-BR`, `zh-Hant-TW`: what `<html lang>` and `Intl` accept (`en_US` is not one). */
const isLanguageTag = (tag: string) => {
  try {
    return tag.length >= 2 && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/**
 * A URL the site links to (nav, call to action, an author's page): anything but a script. Browsers
 * run `javascript:` (and `vbscript:`, and open `data:` documents) when the link is followed, whitespace and
 * control characters inside the scheme ignored, and every page carries these links.
 */
const linkUrl = z
  .string()
  .min(1)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters inside a scheme.
  .refine((url) => !/^(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, '')), {
    message: 'Unexpected script URL, expected a web address (https://…), a site path (/about/) or mailto:',
  });

const link = z.strictObject({ label: z.string().min(1), url: linkUrl });

const authorProfile = z.strictObject({
  /** What posts write in `author:` to mean this author; also the slug of their page. */
  key: z.string().min(1).optional(),
  name: z.string().min(1),
  email: z.string().optional(),
  url: linkUrl.optional(),
  bio: z.string().optional(),
  /** An image URL, or a site path such as `/images/jane.jpg` (from `static/`). */
  avatar: z.string().optional(),
});
type AuthorProfile = z.output<typeof authorProfile>;
const author = z.union([
  z
    .string()
    .min(1)
    .transform((name): AuthorProfile => ({ name })),
  authorProfile,
]);
/** A list, or a map from key to profile: `{ "jane": { "name": "Jane Doe" } }`. */
const authors = z.union([
  z.array(author),
  z
    .record(z.string().min(1), authorProfile.omit({ key: true }))
    .transform((map): AuthorProfile[] => Object.entries(map).map(([key, a]) => ({ key, ...a }))),
]);

const severitySetting = z.enum(['off', 'warn', 'error']);

/** What `lint.rules` says of an id that is no rule's (also of `__proto__`, which zod never shows the schema). */
export function unknownRuleMessage(id: string): string {
  const guess = suggest(id, RULE_IDS, 4);
  return `Unknown rule \`${id}\`${guess ? `. Did you mean \`${guess}\`?` : '; the rules are listed in the README under `blog lint`'}`;
}

/** What a permalink pattern may hold after a `:` (src/util/urls.ts fills them in). */
const PLACEHOLDERS = [':year', ':month', ':day', ':slug'];

const pluralMessage = z.strictObject({
  zero: z.string().optional(),
  one: z.string().optional(),
  two: z.string().optional(),
  few: z.string().optional(),
  many: z.string().optional(),
  other: z.string(),
});

/**
 * Each message id a key of its own (an unknown one is an unknown key, with a did-you-mean); a text may hold
 * only the placeholders the English one has (`{count}` in `minRead`), or it would show as written.
 */
function themeStringsSchema() {
  const message = (id: ThemeStringId) =>
    z.union([z.string(), pluralMessage]).superRefine((value, ctx) => {
      const allowed = placeholdersOf(baseMessage(id));
      for (const name of placeholdersOf(value))
        if (!allowed.includes(name))
          ctx.addIssue({
            code: 'custom',
            message: `Unexpected \`{${name}}\`, expected ${allowed.length ? allowed.map((a) => `\`{${a}}\``).join(' or ') : 'no placeholder'}`,
          });
    });
  return z.strictObject(
    Object.fromEntries(THEME_STRING_IDS.map((id) => [id, message(id).optional()])) as Record<
      ThemeStringId,
      z.ZodOptional<ReturnType<typeof message>>
    >,
  );
}

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1).default('My Blog'),
  tagline: z.string().default(''),
  description: z.string().default(''),
  baseUrl: z
    .url({
      protocol: /^https?$/,
      error: 'Expected an absolute http(s) URL such as `https://example.com/blog/`',
    })
    // Every link is the base URL's path and a page's path: a query or fragment would be dropped without a word.
    .refine(
      (url) => !/[?#]/.test(url),
      'Expected a URL without a query or fragment (`?…`, `#…`), such as `https://example.com/blog/`',
    )
    .default('http://localhost:4000/'),
  language: z
    .string()
    .superRefine((tag, ctx) => {
      if (isLanguageTag(tag)) return;
      const guess = tag.replace(/_/g, '-');
      ctx.addIssue({
        code: 'custom',
        message: `Expected a BCP 47 language tag such as \`en\` or \`en-US\`${isLanguageTag(guess) ? `. Did you mean \`${guess}\`?` : ''}`,
      });
    })
    .default('en'),
  authors: authors.default([]),
  postsPerPage: z.number().int().min(1).max(1000).default(10),
  related: z
    .strictObject({
      count: z.number().int().min(0).max(50).default(3),
      weights: z
        .strictObject({
          tags: z.number().min(0).default(1),
          text: z.number().min(0).default(1),
        })
        .prefault({}),
      minScore: z.number().min(0).max(100).default(0),
      includeNewer: z.boolean().default(true),
    })
    .prefault({}),
  timeZone: z
    .string()
    .refine(isTimeZone, 'Expected an IANA time zone such as `Europe/Paris` or `UTC`')
    .default('UTC'),
  /** A luxon pattern (`LLLL d, yyyy`); without one, the language's own long date (`10. Februar 2023`). */
  dateFormat: z.string().min(1).optional(),
  permalink: z
    .string()
    .regex(/^\/.*(\/|\.html)$/, 'Expected a path starting with `/` and ending with `/` or `.html`')
    .refine((p) => p.includes(':slug'), 'Expected the pattern to contain `:slug`')
    // Anything else after a `:` would be written into the path as it is: a folder named `:nope` on every post.
    .superRefine((p, ctx) => {
      for (const [word] of p.matchAll(/:[A-Za-z_]\w*/g))
        if (!PLACEHOLDERS.includes(word))
          ctx.addIssue({
            code: 'custom',
            message: `Unexpected \`${word}\`, expected one of ${PLACEHOLDERS.map((w) => `\`${w}\``).join(', ')}`,
          });
    })
    .refine(
      (p) =>
        !p.includes('\\') && !p.includes('//') && !p.split('/').some((seg) => seg === '..' || seg === '.'),
      'Expected a path inside the site, without `.` or `..` segments, `//` or `\\`',
    )
    .refine(
      (p) => !/[?#\s%]/.test(p),
      'Expected a path without `?`, `#`, `%` or spaces (they would make every post unreachable)',
    )
    .default('/posts/:slug/'),
  // `~` is the shell's: here it made a folder named `~` in the blog, which a later `rm -rf ~` would not remove.
  outDir: z
    .string()
    .min(1)
    .refine(
      (dir) => !/^~(?:[\\/]|$)/.test(dir),
      'Unexpected `~`: no shell reads this file, so it is not your home folder. Expected a path such as `dist` or an absolute one',
    )
    .default('dist'),
  feed: z
    .strictObject({
      format: z.enum(['atom', 'rss']).default('atom'),
      limit: z.number().int().min(1).default(20),
    })
    .prefault({}),
  /** Without one, Home and Archive in the site's language. */
  nav: z.array(link).optional(),
  /** The theme's words by message id (`"relatedPosts": "Lies auch"`), over the language's own. */
  strings: themeStringsSchema().default({}),
  cta: z
    .strictObject({
      title: z.string(),
      text: z.string().default(''),
      label: z.string(),
      url: linkUrl,
    })
    .nullable()
    .default(null),
  frontMatter: z
    .strictObject({
      required: z.array(z.string()).default(['title', 'date']),
      extraKeys: z.array(z.string()).default([]),
      allowedTags: z.array(z.string()).nullable().default(null),
      aliases: z
        .strictObject({
          title: z.array(z.string()).default(defaultAliases.title),
          tags: z.array(z.string()).default(defaultAliases.tags),
          description: z.array(z.string()).default(defaultAliases.description),
          author: z.array(z.string()).default(defaultAliases.author),
        })
        .prefault({}),
      descriptionLength: z
        .strictObject({ min: z.number().int().min(0).default(50), max: z.number().int().min(1).default(160) })
        .prefault({}),
    })
    .prefault({}),
  /** A file under `static/` (`/logo.svg`), shown in the header instead of the letter tile. */
  logo: z
    .union([z.string().min(1), z.strictObject({ src: z.string().min(1), alt: z.string().optional() })])
    .nullable()
    .default(null),
  /** A file under `static/` (`/favicon.svg`, `.png` or `.ico`), linked from every page. */
  favicon: z.string().min(1).nullable().default(null),
  images: z
    .strictObject({
      // Where a bare `image: cover.png` is looked for after the post's folder and `static/`.
      dir: z
        .string()
        .regex(/^static(\/[^/\\]+)*\/?$/, 'Expected a folder under `static/`, such as `static/images`')
        .refine((d) => !d.split('/').includes('..'), 'Expected a folder under `static/`, without `..`')
        .default('static/images'),
      /** Widths made of every local raster image (never wider than the original). */
      widths: z.array(z.number().int().min(16).max(8192)).min(1).default([480, 800, 1200, 1600]),
      /** Modern formats offered beside the original one, best first. */
      formats: z.array(z.enum(['avif', 'webp'])).default(['webp']),
      quality: z.number().int().min(1).max(100).default(80),
    })
    .prefault({}),
  /** Full-text search: a Pagefind index of the post pages, a search box in the header, a `/search/` page. */
  search: z.boolean().default(true),
  /**
   * A table of contents (the post's `##` and `###` headings) on top of every post with at least three of them;
   * a post's own `toc: true` or `toc: false` decides for it.
   */
  toc: z.boolean().default(false),
  markdown: z.strictObject({ allowHtml: z.boolean().default(false) }).prefault({}),
  /**
   * Generated link-preview images (1200×630 PNG); see the README. `"site"`: one card of the site, shown for
   * every page without a cover image (cheap: one card per build). `"posts"` (or `true`): a card of each post
   * without a cover image as well (about 30 ms of CPU per new card). `false`: none.
   */
  socialCards: z
    .union([z.boolean(), z.enum(['site', 'posts'])])
    .default('site')
    .transform((v): 'site' | 'posts' | false => (v === true ? 'posts' : v)),
  /**
   * Font files in the blog (`static/fonts/NotoSansSC-Bold.otf`) that social cards fall back on, in order, for
   * letters Inter lacks (Chinese, Arabic, Hindi…). TrueType, OpenType or WOFF: satori does not read WOFF2.
   * The build checks that each is a font inside the blog.
   */
  socialCardFonts: z
    .array(
      z
        .string()
        .min(1)
        .refine(
          (path) => !/\.woff2$/i.test(path),
          'Expected a .ttf, .otf or .woff file: the card renderer (satori) cannot read WOFF2',
        ),
    )
    .default([]),
  redirects: z
    .record(z.string(), z.string())
    .superRefine((map, ctx) => {
      for (const [from, to] of Object.entries(map)) {
        const old = normaliseOldPath(from);
        if ('problem' in old)
          ctx.addIssue({
            code: 'custom',
            path: [from],
            message: `Unexpected redirect from \`${from}\`, expected a path of this site such as \`/old-post/\` (it ${old.problem})`,
          });
        else if (!isExternalTarget(to) && !(to.trim().startsWith('/') && 'path' in normaliseOldPath(to)))
          ctx.addIssue({
            code: 'custom',
            path: [from],
            message: `Unexpected redirect target \`${to}\`, expected a site path such as \`/posts/new/\` or a full \`https://\` URL`,
          });
      }
    })
    .default({}),
  lint: z
    .strictObject({
      rules: z
        .record(z.string(), severitySetting)
        .superRefine((settings, ctx) => {
          for (const [id, setting] of Object.entries(settings)) {
            if (!RULE_IDS.includes(id)) {
              ctx.addIssue({ code: 'custom', path: [id], message: unknownRuleMessage(id) });
            } else if (ESSENTIAL_RULE_IDS.includes(id) && setting !== 'error')
              ctx.addIssue({
                code: 'custom',
                path: [id],
                message: `Rule \`${id}\` cannot be turned ${setting}: the build needs it`,
              });
          }
        })
        .default({}),
    })
    .prefault({}),
});

export type ConfigInput = z.input<typeof configSchema>;
export type SiteConfig = z.output<typeof configSchema>;
