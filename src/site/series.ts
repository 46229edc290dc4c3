/**
 * @fileoverview Post series: the posts that name one series (by slug, as tags are grouped), in reading order,
 * named in the spelling most of them use, with a page each at `/series/<slug>/`.
 */
import type { PostDate } from '../content/dates.ts';
import { seriesSlug } from '../content/series.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';

export const SERIES_PATH = '/series/';

export interface SeriesPart {
  series: string | undefined;
  seriesOrder: number | undefined;
  date: PostDate;
  title: string;
  slug: string;
}

export interface Series<P> {
  slug: string;
  name: string;
  path: string;
  /** In reading order: the first part first. */
  posts: P[];
}

export interface SeriesIndex<P> {
  /** Every series with a post, by name. */
  series: Series<P>[];
  /** The series a post is a part of, and its place (0-based) in the series' posts. */
  seriesOf(post: P): { series: Series<P>; index: number } | undefined;
}

/**
 * Reading order: parts with an explicit `seriesOrder` first, by it (as Pelican's `series_index` puts them), then
 * the others; ties by date (oldest first), then title, then slug, so the order never depends on the files' order.
 */
export function compareParts(a: SeriesPart, b: SeriesPart): number {
  const ao = a.seriesOrder;
  const bo = b.seriesOrder;
  if (ao !== undefined || bo !== undefined) {
    if (ao === undefined) return 1;
    if (bo === undefined) return -1;
    if (ao !== bo) return ao - bo;
  }
  return a.date.epoch - b.date.epoch || compareStrings(a.title, b.title) || compareStrings(a.slug, b.slug);
}

export function buildSeries<P extends SeriesPart>(posts: readonly P[]): SeriesIndex<P> {
  const groups = new Map<string, { posts: P[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    if (post.series === undefined) continue;
    const slug = seriesSlug(post.series);
    if (!slug) continue;
    let group = groups.get(slug);
    if (!group) {
      group = { posts: [], spellings: new Map() };
      groups.set(slug, group);
    }
    group.posts.push(post);
    group.spellings.set(post.series, (group.spellings.get(post.series) ?? 0) + 1);
  }
  const places = new Map<P, { series: Series<P>; index: number }>();
  const series: Series<P>[] = [];
  for (const [slug, group] of groups) {
    const name = [...group.spellings].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
    const one: Series<P> = {
      slug,
      name,
      path: `${SERIES_PATH}${slug}/`,
      posts: group.posts.sort(compareParts),
    };
    one.posts.forEach((post, index) => {
      places.set(post, { series: one, index });
    });
    series.push(one);
  }
  series.sort(
    (a, b) => compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.slug, b.slug),
  );
  return { series, seriesOf: (post) => places.get(post) };
}
