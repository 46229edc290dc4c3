/**
 * @fileoverview What a page's head tells search engines and link previews: canonical URL, Open Graph and
 * Twitter tags, and JSON-LD (BlogPosting, Blog, BreadcrumbList). Computed from the plan; every URL absolute.
 */
import type { SiteConfig } from '../config/schema.ts';
import type { Post } from '../content/post.ts';
import { jsonForScript } from '../render/escape.ts';
import { siteStrings } from '../render/theme-strings.ts';
import type { SiteUrls } from '../util/urls.ts';
import type { Page } from './plan.ts';
import { isSvg, type SocialCard } from './social-card.ts';

export interface MetaImage {
  url: string;
  alt: string;
  width?: number;
  height?: number;
  /** MIME type, when known (`image/png` for a generated card). */
  type?: string;
}

/** `it.meta` in templates, rendered by `partials/meta.eta`. */
export interface MetaView {
  title: string;
  /** For `<meta name="description">` and `og:description`: whole words, at most 200 characters. */
  description: string;
  canonical: string;
  type: 'article' | 'website';
  siteName: string;
  /** `en_US`: Open Graph's language_TERRITORY form of the site's language. */
  locale: string;
  image: MetaImage | undefined;
  article: { publishedTime: string; modifiedTime: string; tags: string[]; authors: string[] } | undefined;
  twitterCard: 'summary_large_image' | 'summary';
  /** One JSON-LD document, already safe to write raw inside `<script type="application/ld+json">`; may be empty. */
  jsonLd: string;
}

/** A JSON-LD document: what the plan holds, made into `MetaView.jsonLd`'s text only for a page that is rendered. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLd[];
}

/**
 * The head metadata as the plan holds it: the JSON-LD as data, not yet text. Every page of a rebuild is
 * planned and fingerprinted but few are rendered: at 10,000 posts, serialising and escaping each page's JSON-LD
 * took 130 ms of planning, and the fingerprint then escaped that text again (58 % of a post page's JSON).
 */
export type PlannedMeta = Omit<MetaView, 'jsonLd'> & { jsonLd: JsonLdDocument | undefined };

/** The metadata as templates read it (`it.meta`): the JSON-LD as text safe inside a `<script>` element. */
export function metaView(meta: PlannedMeta): MetaView {
  return { ...meta, jsonLd: meta.jsonLd ? jsonForScript(meta.jsonLd) : '' };
}

export interface MetaContext {
  config: SiteConfig;
  urls: SiteUrls;
  /** The site card, for list pages. */
  siteCard: SocialCard | undefined;
  /** The publisher's logo in JSON-LD. */
  logo: SocialCard | undefined;
  /** A post's generated card (posts without a cover image have one). */
  cardOf(post: Post): SocialCard | undefined;
  /** The series a post is a part of: its name, its page's absolute URL and the post's place (1-based). */
  seriesOf?(post: Post): { name: string; url: string; position: number } | undefined;
}

type JsonLd = Record<string, unknown>;

const DESCRIPTION_MAX = 200;

/** Text shortened to whole words within `max` characters, with an ellipsis when cut. */
export function summarize(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Open Graph wants `language_TERRITORY`: `en` → `en_US`, `pt-BR` → `pt_BR`, from the Unicode likely-subtags data. */
export function ogLocale(language: string): string {
  // Asked for every page: Intl's lookup took 50 ms of planning at 10,000 posts.
  let locale = ogLocales.get(language);
  if (locale === undefined) {
    try {
      const full = new Intl.Locale(language).maximize();
      locale = full.region ? `${full.language}_${full.region}` : full.language;
    } catch {
      locale = language.replace('-', '_');
    }
    ogLocales.set(language, locale);
  }
  return locale;
}
const ogLocales = new Map<string, string>();

/**
 * A post's cover image as an absolute URL: `image:` in the front-matter, either a string or `{ src, alt }`,
 * with the alt text from the object or from `imageAlt:`. A relative path is beside a page bundle's page,
 * else under `static/` (as the `frontmatter/image` rule finds it).
 */
export function coverImage(post: Post, postPath: string, urls: SiteUrls): MetaImage | undefined {
  const raw = post.data.image;
  const src = typeof raw === 'string' ? raw : isObject(raw) && typeof raw.src === 'string' ? raw.src : '';
  if (!src.trim()) return undefined;
  const alt =
    isObject(raw) && typeof raw.alt === 'string'
      ? raw.alt
      : typeof post.data.imageAlt === 'string'
        ? post.data.imageAlt
        : '';
  const home = urls.absolute('/');
  let url: URL;
  try {
    if (/^https?:\/\//i.test(src) || src.startsWith('//')) url = new URL(src, home);
    else if (src.startsWith('/')) url = new URL(urls.absolute(src));
    else if (post.bundleDir) url = new URL(src, urls.absolute(postPath));
    else url = new URL(urls.absolute(`/${src.replace(/^\.\//, '')}`));
  } catch {
    return undefined;
  }
  return { url: url.href, alt };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cardImage(card: SocialCard, urls: SiteUrls, alt: string): MetaImage {
  return { url: urls.absolute(card.path), alt, width: card.width, height: card.height, type: 'image/png' };
}

function imageObject(image: MetaImage): JsonLd {
  return {
    '@type': 'ImageObject',
    url: image.url,
    ...(image.width && { width: image.width, height: image.height }),
  };
}

/** The head metadata of one planned page; `post` is the post a post page shows. */
export function planMeta(page: Page, post: Post | undefined, ctx: MetaContext): PlannedMeta {
  const { config, urls } = ctx;
  const data = page.data;
  const canonical = data.page.canonical;
  const home = urls.absolute('/');
  const siteName = config.title;
  const locale = ogLocale(config.language);
  const { t } = siteStrings(config);
  const description = summarize(data.page.description);
  const blogRef = { '@type': 'Blog', '@id': `${home}#blog`, name: siteName, url: home };
  const publisher: JsonLd = {
    '@type': 'Organization',
    name: siteName,
    url: home,
    ...(ctx.logo && { logo: imageObject(cardImage(ctx.logo, urls, siteName)) }),
  };
  const breadcrumbs = (items: [name: string, url: string][]): JsonLd => ({
    '@type': 'BreadcrumbList',
    itemListElement: items.map(([name, item], i) => ({ '@type': 'ListItem', position: i + 1, name, item })),
  });
  const document = (graph: JsonLd[]): JsonLdDocument | undefined =>
    graph.length ? { '@context': 'https://schema.org', '@graph': graph } : undefined;

  if (post && data.post) {
    const view = data.post;
    const cover = coverImage(post, page.path, urls);
    // The size of the file as written, when the image pipeline read it: a preview is laid out before the image
    // arrives, and Facebook draws a small one for the first share of an image it has not yet fetched. An image
    // without alt text is named by the post's title.
    const original = view.image?.original;
    const previewable =
      cover && !isSvg(cover.url)
        ? { ...cover, alt: cover.alt || post.title, ...(original && { ...original }) }
        : undefined;
    // A post's own card when cards are drawn per post, else the site's card (`socialCards: "site"`).
    const card = previewable ? undefined : ctx.cardOf(post);
    const image =
      previewable ??
      (card
        ? cardImage(card, urls, `${post.title} · ${siteName}`)
        : ctx.siteCard && cardImage(ctx.siteCard, urls, siteName));
    const published = view.date.iso;
    const modified = view.updated?.iso ?? published;
    const tags = view.tags.map((t) => t.name);
    const authors = view.authors.map((name) => {
      const known = config.authors.find((a) => a.name === name);
      return { '@type': 'Person', name, ...(known?.url && { url: known.url }) };
    });
    const firstTag = view.tags[0];
    const series = ctx.seriesOf?.(post);
    const posting: JsonLd = {
      '@type': 'BlogPosting',
      '@id': `${canonical}#article`,
      headline: summarize(post.title, 110),
      description,
      url: canonical,
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
      datePublished: published,
      dateModified: modified,
      author: authors.length ? authors : [publisher],
      publisher,
      ...(image && { image: imageObject(image) }),
      ...(tags.length && { keywords: tags }),
      inLanguage: config.language,
      ...(series && { position: series.position }),
      isPartOf: series
        ? [
            blogRef,
            {
              '@type': 'CreativeWorkSeries',
              '@id': `${series.url}#series`,
              name: series.name,
              url: series.url,
            },
          ]
        : blogRef,
    };
    const trail: [string, string][] = [[siteName, home]];
    if (firstTag) trail.push([firstTag.name, new URL(firstTag.url, home).href]);
    trail.push([post.title, canonical]);
    return {
      title: data.page.title,
      description,
      canonical,
      type: 'article',
      siteName,
      locale,
      image,
      article: { publishedTime: published, modifiedTime: modified, tags, authors: view.authors },
      twitterCard: image ? 'summary_large_image' : 'summary',
      jsonLd: document([posting, breadcrumbs(trail)]),
    };
  }

  const image = ctx.siteCard ? cardImage(ctx.siteCard, urls, siteName) : undefined;
  const graph: JsonLd[] = [];
  if (data.page.kind === 'index') {
    graph.push({
      ...blogRef,
      ...(description && { description }),
      inLanguage: config.language,
      publisher,
      blogPost: (data.list?.posts ?? []).map((item) => ({
        '@type': 'BlogPosting',
        headline: summarize(item.title, 110),
        url: new URL(item.url, home).href,
        datePublished: item.date.iso,
      })),
    });
  } else if ((data.page.kind === 'tag' || data.page.kind === 'series-posts') && data.list) {
    const firstPage = urls.absolute(page.path.replace(/page\/\d+\/$/, ''));
    const series = data.list.series;
    graph.push(
      {
        '@type': 'CollectionPage',
        '@id': canonical,
        name: data.page.title,
        url: canonical,
        isPartOf: blogRef,
      },
      breadcrumbs([
        [siteName, home],
        series ? [t('series'), urls.absolute('/series/')] : [t('tags'), urls.absolute('/tags/')],
        [series?.name ?? data.list.tag ?? data.page.title, firstPage],
      ]),
    );
    if (series)
      graph.push({
        '@type': 'CreativeWorkSeries',
        '@id': `${firstPage}#series`,
        name: series.name,
        url: firstPage,
        isPartOf: blogRef,
      });
  } else if (data.page.kind === 'tags' || data.page.kind === 'series') {
    graph.push(
      breadcrumbs([
        [siteName, home],
        [data.page.kind === 'tags' ? t('tags') : t('series'), canonical],
      ]),
    );
  }
  return {
    title: data.page.title,
    description,
    canonical,
    type: 'website',
    siteName,
    locale,
    image,
    article: undefined,
    twitterCard: image ? 'summary_large_image' : 'summary',
    jsonLd: document(graph),
  };
}
