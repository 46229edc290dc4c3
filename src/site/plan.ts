/** @fileoverview Posts in, pages out: every page of the site with its URL, template and data. Pure and sorted. */
import type { SiteConfig } from '../config/schema.ts';
import type { PostDate } from '../content/dates.ts';
import { formatDate, formatMonth, yearIn } from '../content/dates.ts';
import type { Post } from '../content/post.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import type { RenderedMarkdown } from '../render/markdown.ts';
import { siteStrings } from '../render/theme-strings.ts';
import { firstGrapheme, truncateText } from '../util/text.ts';
import { autoDirection, textDirection } from '../util/text-direction.ts';
import { createUrls, outputPathOf, permalink, type SiteUrls } from '../util/urls.ts';
import { ARCHIVE_PATH, type ArchiveView, archiveDatePath, planArchivePages } from './archive.ts';
import { AUTHORS_PATH, type Author, buildAuthors, planAuthorsPage } from './authors.ts';
import { type FeedEntry, feedPath } from './feed.ts';
import { coverImage, type PlannedMeta, planMeta } from './meta.ts';
import { paginate } from './paginate.ts';
import { planSearchPage, SEARCH_PATH, type SearchScriptStrings } from './search-page.ts';
import { buildSeries, SERIES_PATH, type Series } from './series.ts';
import type { SitemapEntry } from './sitemap.ts';
import { planSiteCards, type SocialCard } from './social-card.ts';
import { buildTaxonomy, type Tag } from './taxonomy.ts';

/** A post with a usable date and its Markdown rendered. */
export interface RenderedPost extends Post {
  date: PostDate;
  rendered: RenderedMarkdown;
}

export interface Page {
  /** Site path, e.g. `/posts/hello/`. */
  path: string;
  /** Relative to the output folder, e.g. `posts/hello/index.html`. */
  outputPath: string;
  template: 'post' | 'list' | 'tags' | '404' | 'search' | 'archive' | 'authors' | 'series';
  data: PageData;
  /** The post file the page comes from, for conflict messages. */
  source?: string;
}

export interface DateView {
  iso: string;
  ymd: string;
  display: string;
}

/**
 * A picture as templates show it (cover, card thumbnail, logo). `src` is a site URL under the base path (a
 * remote image keeps its absolute URL): the original format at the largest width made, for `og:image` too.
 */
export interface ImageView {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  /** `src`'s format at every width made (`/_img/…-480.jpg 480w, …`), when the image was resized. */
  srcset?: string;
  /** The modern formats (`image/avif`, `image/webp`), each with its own `srcset`, best first. */
  sources?: { type: string; srcset: string }[];
  /**
   * The file as written (the one `og:image` names), when the image pipeline read it: its size upright, and
   * its MIME type.
   */
  original?: { width: number; height: number; type: string };
}

export interface PostCard {
  title: string;
  /** `auto` when the title has right-to-left letters (see `autoDirection`): the element holding it gets `dir="auto"`. */
  titleDir?: 'auto';
  url: string;
  date: DateView;
  excerpt: string;
  /** As `titleDir`, for the excerpt under the title. */
  excerptDir?: 'auto';
  draft: boolean;
  /** The byline: each author's name and page. */
  authors: { name: string; url: string }[];
  image?: ImageView;
}

/** A post's place in its series, for the box on its page: every part, this one marked, and its neighbours. */
export interface SeriesView {
  name: string;
  /** The series' page. */
  url: string;
  /** 1-based. */
  part: number;
  total: number;
  parts: { title: string; titleDir?: 'auto'; url: string; current: boolean }[];
  prev: { title: string; titleDir?: 'auto'; url: string } | undefined;
  next: { title: string; titleDir?: 'auto'; url: string } | undefined;
}

export interface LinkView {
  label: string;
  url: string;
  current: boolean;
}

export interface PageData {
  site: {
    title: string;
    /** The title's first character, whole (an emoji is two UTF-16 units), for the header's mark. */
    mark: string;
    tagline: string;
    description: string;
    language: string;
    /** `rtl` for a language written right to left (`<html dir>`), else `ltr`. */
    dir: 'rtl' | 'ltr';
    homeUrl: string;
    tagsUrl: string;
    /** The search page, when `search` is on: the header's search form submits to it. */
    searchUrl: string | undefined;
    archiveUrl: string;
    authorsUrl: string;
    /** The list of series, when the blog has one. */
    seriesUrl?: string;
    nav: LinkView[];
    cta: SiteConfig['cta'];
    feed: { url: string; type: string };
    stylesheet: string;
    /** KaTeX's stylesheet, when some post has math: the pages of those posts link it. */
    mathStylesheet: string | undefined;
    copyrightYear: string;
    authors: string[];
    /** The config's `logo`, shown in the header instead of the letter tile. */
    logo?: ImageView;
    favicon?: { href: string; type: string };
  };
  page: {
    title: string;
    description: string;
    canonical: string;
    kind: Page['template'] | 'index' | 'tag' | 'author' | 'series-posts';
    noindex: boolean;
  };
  post?: {
    title: string;
    /** As `PostCard.titleDir`, for the page's `<h1>`. */
    titleDir?: 'auto';
    date: DateView;
    updated: DateView | undefined;
    readingMinutes: number;
    tags: { name: string; url: string }[];
    html: string;
    authors: string[];
    /** The authors' names with their pages. */
    byline: { name: string; url: string }[];
    /** The post's month in the archive, where its date links. */
    dateUrl: string;
    draft: boolean;
    /** The cover image, shown as the post's hero. */
    image?: ImageView;
    prev: PostCard | undefined;
    next: PostCard | undefined;
    related: PostCard[];
    /** The table of contents: the `##` headings, each with its `###` ones; empty when the post has none shown. */
    toc: TocEntry[];
    /** The post's series, when it has two parts or more on the site; linked like `related` (see `linkedFingerprint`). */
    series?: SeriesView;
    /** The post has formulas: its page links `site.mathStylesheet`. */
    math: boolean;
  };
  list?: {
    heading: string;
    tag: string | undefined;
    /** On a series' pages: its name and number of parts. */
    series?: { name: string; total: number };
    /** On an author's pages: who they are. */
    author?: { name: string; bio: string | undefined; avatar: string | undefined; url: string | undefined };
    posts: PostCard[];
    page: number;
    totalPages: number;
    prevUrl: string | undefined;
    nextUrl: string | undefined;
  };
  tags?: { name: string; url: string; count: number }[];
  /**
   * The search page: Pagefind's script, the folders of the index's other parts to merge into it (none below
   * about two thousand posts), and the theme's script that shows the results.
   */
  search?: { index: string; parts: string[]; script: string; strings: SearchScriptStrings };
  archive?: ArchiveView;
  /** The list of series: every series with its number of parts. */
  series?: { name: string; url: string; count: number }[];
  /** The authors page: every author with a post. */
  authors?: { name: string; url: string; count: number }[];
  /** Head metadata (canonical, Open Graph, Twitter, JSON-LD), filled in once the page is planned. */
  meta?: PlannedMeta;
}

export interface SitePlan {
  pages: Page[];
  feed: { path: string; entries: FeedEntry[] };
  sitemap: SitemapEntry[];
  urls: SiteUrls;
  /** Post paths by source file, for copying page-bundle files beside their page. */
  postPaths: Map<string, string>;
  /** Social cards to draw (posts without a cover image, the site, its logo tile). */
  cards: SocialCard[];
  /** Each post's page and its card in lists, in the order of the posts planned: what `linkRelated` links. */
  postPages: Page[];
  postCards: PostCard[];
}

/**
 * Fills in each post page's related posts, counted after planning (`related[i]`: indexes into the posts
 * planned, for post `i`): nothing else in the plan depends on them, and the search index reads none of them.
 */
export function linkRelated(plan: SitePlan, related: readonly (readonly number[])[]): void {
  plan.postPages.forEach((page, i) => {
    page.data.post!.related = (related[i] ?? []).map((j) => plan.postCards[j]!);
  });
}

/** Newest first; same-day posts by slug so the order never depends on the file system. */
export function sortPosts<P extends { date: PostDate; slug: string }>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => b.date.epoch - a.date.epoch || compareStrings(a.slug, b.slug));
}

export interface PlanOptions {
  stylesheet: string;
  /** The theme's search script with its version, like `stylesheet`. */
  searchScript?: string;
  /** The build's clock (ms): the footer's copyright year, in the site's time zone. */
  now: number;
  /** Hash of what draws social cards (template, fonts, libraries); no cards are planned without it. */
  cardRenderer?: string;
  /** KaTeX's stylesheet (`build/math-assets.ts`), when some post has math. */
  mathStylesheet?: string;
  /** Cover images by post file, and the site's logo and favicon (see `src/build/images.ts`). */
  images?: {
    covers: ReadonlyMap<string, ImageView>;
    logo?: ImageView;
    favicon?: { href: string; type: string };
  };
}

/** Plans every page. `posts` must already be sorted with `sortPosts`. */
export function planSite(posts: readonly RenderedPost[], config: SiteConfig, options: PlanOptions): SitePlan {
  const urls = createUrls(config.baseUrl);
  const strings = siteStrings(config);
  const { t } = strings;
  const paths = posts.map((p) => permalink(config.permalink, p));
  const postPaths = new Map(posts.map((p, i) => [p.file, paths[i]!]));
  // Formatting through luxon is the slow part of planning; many posts share a day.
  const displays = new Map<number, string>();
  const dateView = (d: PostDate): DateView => {
    let display = displays.get(d.epoch);
    if (display === undefined) {
      display = formatDate(d, config.dateFormat, config.timeZone, config.language);
      displays.set(d.epoch, display);
    }
    return { iso: d.iso, ymd: d.ymd, display };
  };
  const authorship = buildAuthors(posts, config);
  const cards = posts.map(
    (p, i): PostCard => ({
      title: p.title,
      ...withDir('titleDir', p.title),
      url: urls.link(paths[i]!),
      date: dateView(p.date),
      excerpt: p.description ?? p.rendered.excerptText,
      ...withDir('excerptDir', p.description ?? p.rendered.excerptText),
      draft: p.draft,
      authors: authorship.authorsOf(p).map((a) => ({ name: a.name, url: urls.link(a.path) })),
      ...withImage(options.images?.covers.get(p.file)),
    }),
  );
  const taxonomy = buildTaxonomy(posts);
  const seriesIndex = buildSeries(posts);
  const indexOf = new Map(posts.map((p, i) => [p, i]));
  const fp = feedPath(config);

  // The same for every page but the nav's current link: made once, not once per page (13,500 at 10,000 posts).
  const siteCommon: PageData['site'] = {
    title: config.title,
    mark: firstGrapheme(config.title),
    tagline: config.tagline,
    description: config.description,
    language: config.language,
    dir: textDirection(config.language),
    homeUrl: urls.link('/'),
    tagsUrl: urls.link('/tags/'),
    searchUrl: config.search ? urls.link(SEARCH_PATH) : undefined,
    archiveUrl: urls.link(ARCHIVE_PATH),
    authorsUrl: urls.link(AUTHORS_PATH),
    ...(seriesIndex.series.length && { seriesUrl: urls.link(SERIES_PATH) }),
    nav: [],
    cta: config.cta && {
      ...config.cta,
      url: config.cta.url.startsWith('/') ? urls.link(config.cta.url) : config.cta.url,
    },
    feed: {
      url: urls.link(fp),
      type: config.feed.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
    },
    stylesheet: urls.link(options.stylesheet),
    mathStylesheet: options.mathStylesheet && urls.link(options.mathStylesheet),
    copyrightYear: yearIn(options.now, config.timeZone),
    authors: config.authors.map((a) => a.name),
    ...(options.images?.logo && { logo: options.images.logo }),
    ...(options.images?.favicon && { favicon: options.images.favicon }),
  };
  const nav = config.nav ?? [
    { label: t('home'), url: '/' },
    { label: t('archive'), url: ARCHIVE_PATH },
  ];
  const navLinks = nav.map((n) => ({
    label: n.label,
    url: n.url.startsWith('/') ? urls.link(n.url) : n.url,
    path: n.url.startsWith('/') ? n.url : undefined,
  }));
  const withNav = (currentPath: string | undefined): PageData['site'] => ({
    ...siteCommon,
    nav: navLinks.map((n) => ({ label: n.label, url: n.url, current: !!n.path && n.path === currentPath })),
  });
  // Pages the nav does not link to (every post, list and tag page) share one site block: the page
  // fingerprints serialise it once (`build/page-fingerprint.ts`), and templates only read it.
  const elsewhere = withNav(undefined);
  const site = (currentPath: string): PageData['site'] =>
    navLinks.some((n) => n.path === currentPath) ? withNav(currentPath) : elsewhere;
  const pageMeta = (
    title: string,
    description: string,
    path: string,
    kind: PageData['page']['kind'],
    noindex = false,
  ) => ({
    title,
    description,
    canonical: urls.absolute(path),
    kind,
    noindex,
  });

  const seriesBox = (post: RenderedPost): { series?: SeriesView } => {
    const place = seriesIndex.seriesOf(post);
    if (!place || place.series.posts.length < 2) return {};
    const { series, index } = place;
    const link = (p: RenderedPost | undefined) => {
      const card = p && cards[indexOf.get(p)!]!;
      return card && { title: card.title, ...withDir('titleDir', card.title), url: card.url };
    };
    return {
      series: {
        name: series.name,
        url: urls.link(series.path),
        part: index + 1,
        total: series.posts.length,
        parts: series.posts.map((p) => ({ ...link(p)!, current: p === post })),
        prev: link(series.posts[index - 1]),
        next: link(series.posts[index + 1]),
      },
    };
  };

  const pages: Page[] = [];
  const postPages = posts.map((post, i): Page => {
    const path = paths[i]!;
    const tagViews = taxonomy.tagsOf(post).map((t: Tag) => ({ name: t.name, url: urls.link(t.path) }));
    return {
      path,
      outputPath: outputPathOf(path),
      template: 'post',
      source: post.file,
      data: {
        site: site(path),
        page: pageMeta(
          post.title,
          post.description ?? truncateText(post.rendered.excerptText, 300, ''),
          path,
          'post',
          post.draft,
        ),
        post: withHtml(post.rendered, {
          title: post.title,
          ...withDir('titleDir', post.title),
          date: dateView(post.date),
          updated: post.updated && post.updated.epoch > post.date.epoch ? dateView(post.updated) : undefined,
          readingMinutes: Math.max(1, Math.round(post.rendered.wordCount / 230)),
          tags: tagViews,
          authors: post.authors.length ? post.authors : config.authors.slice(0, 1).map((a) => a.name),
          byline: cards[i]!.authors,
          dateUrl: urls.link(archiveDatePath(post.date)),
          draft: post.draft,
          ...withImage(options.images?.covers.get(post.file)),
          // Posts are newest first: the previous post is the next one in the list.
          prev: cards[i + 1],
          next: cards[i - 1],
          related: [], // linked once counted (`linkRelated`)
          toc: tocOf(post.rendered.headings, post.data.toc, config.toc),
          ...seriesBox(post),
          math: post.rendered.math,
        }),
      },
    };
  });
  pages.push(...postPages);

  const listPages = (
    items: readonly RenderedPost[],
    base: string,
    heading: string,
    tag: Tag | undefined,
    author?: Author,
    series?: Series<RenderedPost>,
  ) => {
    for (const pg of paginate(items, config.postsPerPage, base)) {
      const title =
        tag || author || series
          ? pg.page > 1
            ? t('headingPage', { heading, page: pg.page })
            : heading
          : pg.page > 1
            ? t('pageTitle', { page: pg.page }) // the layout adds ` · <site title>`; `<site title> (page 2)` said it twice
            : config.title;
      const about = tag
        ? t('postsTagged', { tag: tag.name })
        : author
          ? author.bio || t('postsBy', { name: author.name })
          : series
            ? t('seriesAbout', { name: series.name, count: series.posts.length })
            : config.description || config.tagline;
      // Each page of a list its own description: the same one on every page is what search consoles flag.
      const description =
        about && pg.page > 1
          ? t('descriptionPage', { description: about, page: pg.page, total: pg.totalPages })
          : about;
      pages.push({
        path: pg.path,
        outputPath: outputPathOf(pg.path),
        template: 'list',
        data: {
          site: site(pg.path),
          page: pageMeta(
            title,
            description,
            pg.path,
            tag ? 'tag' : author ? 'author' : series ? 'series-posts' : 'index',
          ),
          list: {
            heading,
            tag: tag?.name,
            ...(series && { series: { name: series.name, total: series.posts.length } }),
            ...(author && {
              author: {
                name: author.name,
                bio: author.bio,
                avatar: author.avatar?.startsWith('/') ? urls.link(author.avatar) : author.avatar,
                url: author.url,
              },
            }),
            posts: pg.items.map((p) => cards[indexOf.get(p)!]!),
            page: pg.page,
            totalPages: pg.totalPages,
            prevUrl: pg.prevPath && urls.link(pg.prevPath),
            nextUrl: pg.nextPath && urls.link(pg.nextPath),
          },
        },
      });
    }
  };
  listPages(posts, '/', config.title, undefined);
  for (const tag of taxonomy.tags)
    listPages(taxonomy.postsByTag.get(tag.slug)!, tag.path, t('taggedHeading', { tag: tag.name }), tag);

  pages.push({
    path: '/tags/',
    outputPath: 'tags/index.html',
    template: 'tags',
    data: {
      site: site('/tags/'),
      page: pageMeta(t('tags'), t('tagsDescription', { site: config.title }), '/tags/', 'tags'),
      tags: taxonomy.tags.map((t) => ({
        name: t.name,
        url: urls.link(t.path),
        count: taxonomy.postsByTag.get(t.slug)!.length,
      })),
    },
  });
  for (const author of authorship.authors)
    listPages(authorship.postsByAuthor.get(author.slug)!, author.path, author.name, undefined, author);
  if (seriesIndex.series.length) {
    // A series' pages list its parts in reading order, the first part first.
    for (const series of seriesIndex.series)
      listPages(series.posts, series.path, series.name, undefined, undefined, series);
    pages.push({
      path: SERIES_PATH,
      outputPath: outputPathOf(SERIES_PATH),
      template: 'series',
      data: {
        site: site(SERIES_PATH),
        page: pageMeta(t('series'), t('seriesDescription', { site: config.title }), SERIES_PATH, 'series'),
        series: seriesIndex.series.map((s) => ({
          name: s.name,
          url: urls.link(s.path),
          count: s.posts.length,
        })),
      },
    });
  }
  pages.push(planAuthorsPage(authorship, site(AUTHORS_PATH), pageMeta, urls, t));
  pages.push(
    ...planArchivePages(posts, cards, site, pageMeta, urls, t, (d) =>
      formatMonth(d, config.timeZone, config.language),
    ),
  );
  if (config.search)
    pages.push(
      planSearchPage(
        site(SEARCH_PATH),
        pageMeta,
        urls,
        strings,
        options.searchScript ?? '/assets/search.js',
        {
          posts: posts.length,
          htmlBytes: posts.reduce((sum, p) => sum + p.rendered.htmlBytes, 0),
        },
      ),
    );
  pages.push({
    path: '/404.html',
    outputPath: '404.html',
    template: '404',
    data: {
      site: site('/404.html'),
      page: pageMeta(t('notFoundTitle'), '', '/404.html', '404', true),
      list: {
        heading: t('latestPosts'),
        tag: undefined,
        posts: cards.slice(0, 5),
        page: 1,
        totalPages: 1,
        prevUrl: undefined,
        nextUrl: undefined,
      },
    },
  });

  const feedEntries = posts
    .filter((p) => !p.draft)
    .slice(0, config.feed.limit)
    .map(
      (p): FeedEntry => ({
        title: p.title,
        path: postPaths.get(p.file)!,
        published: p.date.iso,
        updated: p.updated && p.updated.epoch > p.date.epoch ? p.updated.iso : undefined,
        summary: p.description ?? p.rendered.excerptText,
        html: p.rendered.html,
        // Names for keys; a post that names no author keeps the feed's own author, as before.
        authors: p.authors.length ? authorship.authorsOf(p).map((a) => a.name) : [],
        tags: taxonomy.tagsOf(p).map((t) => t.name),
        image: coverImage(p, postPaths.get(p.file)!, urls),
      }),
    );
  const postByFile = new Map(posts.map((p) => [p.file, p]));
  const socialCards =
    options.cardRenderer && config.socialCards
      ? planSiteCards(posts, config, config.socialCards, options.cardRenderer, (p) => ({
          date: dateView(p.date).display,
          tags: taxonomy.tagsOf(p).map((t) => t.name),
        }))
      : undefined;
  for (const page of pages) {
    const post = page.source ? postByFile.get(page.source) : undefined;
    page.data.meta = planMeta(page, post, {
      config,
      urls,
      siteCard: socialCards?.site,
      logo: socialCards?.logo,
      cardOf: (p) => socialCards?.posts.get(p.file),
      seriesOf: (p) => {
        const place = seriesIndex.seriesOf(p as RenderedPost);
        return (
          place && {
            name: place.series.name,
            url: urls.absolute(place.series.path),
            position: place.index + 1,
          }
        );
      },
    });
  }
  const sitemap: SitemapEntry[] = pages
    .filter((p) => !p.data.page.noindex)
    .map((p) => {
      const post = p.source ? postByFile.get(p.source) : undefined;
      return post ? { path: p.path, lastmod: (post.updated ?? post.date).ymd } : { path: p.path };
    });
  return {
    pages,
    feed: { path: fp, entries: feedEntries },
    sitemap,
    urls,
    postPaths,
    cards: socialCards?.all ?? [],
    postPages,
    postCards: cards,
  };
}

/**
 * The post's view with its HTML as a getter: a cached post's HTML is read only if its page is rendered. Made
 * at the top level so that the getter holds the rendering alone; one made inside `planSite` would keep every
 * post (and its text) alive while the pages are written.
 */
function withHtml<V extends object>(
  rendered: { readonly html: string },
  view: V,
): V & { readonly html: string } {
  return Object.defineProperty(view, 'html', { get: () => rendered.html, enumerable: true }) as V & {
    readonly html: string;
  };
}

/** `{ [key]: 'auto' }` for a text with right-to-left letters, else no key (the page data is hashed as JSON). */
function withDir<K extends string>(key: K, text: string): { [k in K]?: 'auto' } {
  const dir = autoDirection(text);
  return (dir ? { [key]: dir } : {}) as { [k in K]?: 'auto' };
}

/** `{ image }` when there is one: no `image: undefined` keys in the page data (it is hashed as JSON). */
function withImage(image: ImageView | undefined): { image?: ImageView } {
  return image ? { image } : {};
}

/** One line of a post's table of contents: a heading's anchor and text, and the headings under it. */
export interface TocEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/** Headings a table of contents needs before the config's `toc: true` shows one (a post's `toc: true`: two). */
const TOC_MIN_HEADINGS = 3;

/**
 * The table of contents of a post's `##` and `###` headings (the body's own `#` ones are `##` by now), when
 * the post's `toc` (or else the config's) asks for one and it has headings enough to be worth it.
 */
export function tocOf(
  headings: readonly { depth: number; id: string; text: string }[],
  own: unknown,
  siteDefault: boolean,
): TocEntry[] {
  const wanted = typeof own === 'boolean' ? own : siteDefault;
  const shown = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (!wanted || shown.length < (own === true ? 2 : TOC_MIN_HEADINGS)) return [];
  const toc: TocEntry[] = [];
  for (const h of shown) {
    const parent = toc.at(-1);
    if (h.depth === 3 && parent) parent.children.push({ id: h.id, text: h.text });
    else toc.push({ id: h.id, text: h.text, children: [] });
  }
  return toc;
}
