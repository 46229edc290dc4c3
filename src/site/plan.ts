/** @fileoverview Posts in, pages out: every page of the site with its URL, template and data. Pure and sorted. */
import type { SiteConfig } from '../config/schema.ts';
import type { PostDate } from '../content/dates.ts';
import { formatDate } from '../content/dates.ts';
import type { Post } from '../content/post.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import type { RenderedMarkdown } from '../render/markdown.ts';
import { firstGrapheme, truncateText } from '../util/text.ts';
import { createUrls, outputPathOf, permalink, type SiteUrls } from '../util/urls.ts';
import { type FeedEntry, feedPath } from './feed.ts';
import { paginate } from './paginate.ts';
import type { SitemapEntry } from './sitemap.ts';
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
  template: 'post' | 'list' | 'tags' | '404';
  data: PageData;
  /** The post file the page comes from, for conflict messages. */
  source?: string;
}

export interface DateView {
  iso: string;
  ymd: string;
  display: string;
}

export interface PostCard {
  title: string;
  url: string;
  date: DateView;
  excerpt: string;
  draft: boolean;
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
    homeUrl: string;
    tagsUrl: string;
    nav: LinkView[];
    cta: SiteConfig['cta'];
    feed: { url: string; type: string };
    stylesheet: string;
    copyrightYear: string;
    authors: string[];
  };
  page: {
    title: string;
    description: string;
    canonical: string;
    kind: Page['template'] | 'index' | 'tag';
    noindex: boolean;
  };
  post?: {
    title: string;
    date: DateView;
    updated: DateView | undefined;
    readingMinutes: number;
    tags: { name: string; url: string }[];
    html: string;
    authors: string[];
    draft: boolean;
    image: string | undefined;
    prev: PostCard | undefined;
    next: PostCard | undefined;
    related: PostCard[];
  };
  list?: {
    heading: string;
    tag: string | undefined;
    posts: PostCard[];
    page: number;
    totalPages: number;
    prevUrl: string | undefined;
    nextUrl: string | undefined;
  };
  tags?: { name: string; url: string; count: number }[];
}

export interface SitePlan {
  pages: Page[];
  feed: { path: string; entries: FeedEntry[] };
  sitemap: SitemapEntry[];
  urls: SiteUrls;
  /** Post paths by source file, for copying page-bundle files beside their page. */
  postPaths: Map<string, string>;
}

/** Newest first; same-day posts by slug so the order never depends on the file system. */
export function sortPosts<P extends { date: PostDate; slug: string }>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => b.date.epoch - a.date.epoch || compareStrings(a.slug, b.slug));
}

export interface PlanOptions {
  stylesheet: string;
  /** For each post (in `posts` order), the indexes of its related posts. */
  related: number[][];
}

/** Plans every page. `posts` must already be sorted with `sortPosts`. */
export function planSite(posts: readonly RenderedPost[], config: SiteConfig, options: PlanOptions): SitePlan {
  const urls = createUrls(config.baseUrl);
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
  const cards = posts.map(
    (p, i): PostCard => ({
      title: p.title,
      url: urls.link(paths[i]!),
      date: dateView(p.date),
      excerpt: p.rendered.excerptText,
      draft: p.draft,
    }),
  );
  const taxonomy = buildTaxonomy(posts);
  const indexOf = new Map(posts.map((p, i) => [p, i]));
  const fp = feedPath(config);

  const site = (currentPath: string): PageData['site'] => ({
    title: config.title,
    mark: firstGrapheme(config.title),
    tagline: config.tagline,
    description: config.description,
    language: config.language,
    homeUrl: urls.link('/'),
    tagsUrl: urls.link('/tags/'),
    nav: config.nav.map((n) => {
      const internal = n.url.startsWith('/');
      return {
        label: n.label,
        url: internal ? urls.link(n.url) : n.url,
        current: internal && n.url === currentPath,
      };
    }),
    cta: config.cta && {
      ...config.cta,
      url: config.cta.url.startsWith('/') ? urls.link(config.cta.url) : config.cta.url,
    },
    feed: {
      url: urls.link(fp),
      type: config.feed.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
    },
    stylesheet: urls.link(options.stylesheet),
    copyrightYear: posts[0]?.date.year ?? '',
    authors: config.authors.map((a) => a.name),
  });
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

  const pages: Page[] = [];
  posts.forEach((post, i) => {
    const path = paths[i]!;
    const tagViews = taxonomy.tagsOf(post).map((t: Tag) => ({ name: t.name, url: urls.link(t.path) }));
    pages.push({
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
        post: {
          title: post.title,
          date: dateView(post.date),
          updated: post.updated && post.updated.epoch > post.date.epoch ? dateView(post.updated) : undefined,
          readingMinutes: Math.max(1, Math.round(post.rendered.wordCount / 230)),
          tags: tagViews,
          // A getter: a cached post's HTML is read only if this page is rendered.
          get html() {
            return post.rendered.html;
          },
          authors: post.authors.length ? post.authors : config.authors.slice(0, 1).map((a) => a.name),
          draft: post.draft,
          image: post.image,
          // Posts are newest first: the previous post is the next one in the list.
          prev: cards[i + 1],
          next: cards[i - 1],
          related: (options.related[i] ?? []).map((j) => cards[j]!),
        },
      },
    });
  });

  const listPages = (items: readonly RenderedPost[], base: string, heading: string, tag: Tag | undefined) => {
    for (const pg of paginate(items, config.postsPerPage, base)) {
      const title = tag
        ? `${heading}${pg.page > 1 ? ` (page ${pg.page})` : ''}`
        : pg.page > 1
          ? `${config.title} (page ${pg.page})`
          : config.title;
      pages.push({
        path: pg.path,
        outputPath: outputPathOf(pg.path),
        template: 'list',
        data: {
          site: site(pg.path),
          page: pageMeta(
            title,
            tag ? `Posts tagged ${tag.name}` : config.description || config.tagline,
            pg.path,
            tag ? 'tag' : 'index',
          ),
          list: {
            heading,
            tag: tag?.name,
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
    listPages(taxonomy.postsByTag.get(tag.slug)!, tag.path, `Tagged “${tag.name}”`, tag);

  pages.push({
    path: '/tags/',
    outputPath: 'tags/index.html',
    template: 'tags',
    data: {
      site: site('/tags/'),
      page: pageMeta('Tags', `All tags of ${config.title}`, '/tags/', 'tags'),
      tags: taxonomy.tags.map((t) => ({
        name: t.name,
        url: urls.link(t.path),
        count: taxonomy.postsByTag.get(t.slug)!.length,
      })),
    },
  });
  pages.push({
    path: '/404.html',
    outputPath: '404.html',
    template: '404',
    data: {
      site: site('/404.html'),
      page: pageMeta('Page not found', '', '/404.html', '404', true),
      list: {
        heading: 'Latest posts',
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
        authors: p.authors,
        tags: taxonomy.tagsOf(p).map((t) => t.name),
      }),
    );
  const postByFile = new Map(posts.map((p) => [p.file, p]));
  const sitemap: SitemapEntry[] = pages
    .filter((p) => !p.data.page.noindex)
    .map((p) => {
      const post = p.source ? postByFile.get(p.source) : undefined;
      return post ? { path: p.path, lastmod: (post.updated ?? post.date).ymd } : { path: p.path };
    });
  return { pages, feed: { path: fp, entries: feedEntries }, sitemap, urls, postPaths };
}
