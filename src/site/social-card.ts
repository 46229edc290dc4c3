/**
 * @fileoverview The social cards a build makes: one for each post without a cover image and one for the site,
 * with what each shows and where it is published. Pure; `src/build/social-cards.ts` draws them.
 */
import { hashOf } from '../cache/fingerprint.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { Post } from '../content/post.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The square logo tile (the site's initial) named as the publisher's logo in JSON-LD. */
export const LOGO_SIZE = 512;

/** What a card template gets as `it.card` (documented in the README: keep it stable). */
export interface CardData {
  /** `logo` is the square tile; it is drawn by the package, not by the card template. */
  kind: 'post' | 'site' | 'logo';
  /** The post's title, or the site's title on the site card. */
  title: string;
  /** The post's description, or the site's tagline. */
  description: string;
  /** As shown on the post page (`February 10, 2023`); empty on the site card. */
  date: string;
  tags: string[];
  authors: string[];
  site: {
    title: string;
    tagline: string;
    /** The first letter of the site title, for the logo tile when there is no logo. */
    initial: string;
  };
}

export interface SocialCard {
  /** Site path, content-addressed: `/cards/<slug>-<hash>.png`. A changed card gets a new URL, so the
   *  networks that cache images by URL show the new one. */
  path: string;
  outputPath: string;
  width: number;
  height: number;
  data: CardData;
  /** Hash of the data and of the renderer (template, fonts, library versions): the cache key of the PNG. */
  key: string;
  /** The post file a post's card is made from, for warnings; none on the site's cards. */
  source?: string;
}

/** The first user-perceived character (a flag or an accented letter stays whole). */
export function initialOf(title: string): string {
  const first = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    .segment(title.trim())
    [Symbol.iterator]()
    .next();
  return first.done ? '' : first.value.segment.toUpperCase();
}

/**
 * @param name file-name stem, already URL-safe (a post's slug, or `site`)
 * @param rendererKey hash of what draws the cards (template, fonts, libraries), from the card stage
 */
export function planCard(name: string, data: CardData, rendererKey: string, source?: string): SocialCard {
  const [width, height] = data.kind === 'logo' ? [LOGO_SIZE, LOGO_SIZE] : [CARD_WIDTH, CARD_HEIGHT];
  const key = hashOf(rendererKey, JSON.stringify(data), `${width}x${height}`);
  const path = `/cards/${name}-${key.slice(0, 10)}.png`;
  return { path, outputPath: path.slice(1), width, height, data, key, ...(source ? { source } : {}) };
}

export interface SiteCards {
  site: SocialCard;
  logo: SocialCard;
  /** By post file: the posts without a cover image. */
  posts: Map<string, SocialCard>;
  /** Every card, each once. */
  all: SocialCard[];
}

/**
 * True when the front-matter names a cover image (`image: x.png` or `image: { src: x.png }`) that link
 * previews can show: Facebook, LinkedIn and X take PNG, JPEG, GIF and WebP, not SVG.
 */
export function hasPreviewImage(post: Pick<Post, 'data'>): boolean {
  const raw = post.data.image;
  const src = typeof raw === 'object' && raw !== null ? (raw as { src?: unknown }).src : raw;
  return typeof src === 'string' && src.trim() !== '' && !isSvg(src);
}

export function isSvg(url: string): boolean {
  return /\.svgz?$/i.test(url.split(/[?#]/)[0]!);
}

/**
 * The cards of a site: one per post without a cover image, the site's own (for list pages) and the logo tile.
 * @param shown the date and tags as the post page shows them
 */
export function planSiteCards<P extends Post>(
  posts: readonly P[],
  config: SiteConfig,
  /** `site`: the site card and the logo only (posts show the site card); `posts`: a card per post too. */
  scope: 'site' | 'posts',
  rendererKey: string,
  shown: (post: P) => { date: string; tags: string[] },
): SiteCards {
  const site: CardData['site'] = {
    title: config.title,
    tagline: config.tagline,
    // No URL on the card: `blog serve` (its own origin) and `blog build` then share every card in the cache.
    initial: initialOf(config.title),
  };
  const siteCard = planCard(
    'site',
    {
      kind: 'site',
      title: config.title,
      description: config.tagline || config.description,
      date: '',
      tags: [],
      authors: [],
      site,
    },
    rendererKey,
  );
  const logo = planCard(
    'logo',
    { kind: 'logo', title: config.title, description: '', date: '', tags: [], authors: [], site },
    rendererKey,
  );
  const byPost = new Map<string, SocialCard>();
  for (const post of scope === 'posts' ? posts : []) {
    if (hasPreviewImage(post)) continue;
    const { date, tags } = shown(post);
    const authors = post.authors.length ? post.authors : config.authors.slice(0, 1).map((a) => a.name);
    byPost.set(
      post.file,
      planCard(
        post.slug,
        { kind: 'post', title: post.title, description: post.description ?? '', date, tags, authors, site },
        rendererKey,
        post.file,
      ),
    );
  }
  return { site: siteCard, logo, posts: byPost, all: [siteCard, logo, ...byPost.values()] };
}
