/** @fileoverview The archive: `/archive/` lists every post by year and month, `/archive/<year>/` one year. */
import type { PostDate } from '../content/dates.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import type { ThemeStrings } from '../render/theme-strings.ts';
import { outputPathOf, type SiteUrls } from '../util/urls.ts';
import type { Page, PageData, PostCard } from './plan.ts';
import type { PageMeta } from './search-page.ts';

export const ARCHIVE_PATH = '/archive/';

export interface ArchiveMonth {
  /** `2024-05`: the anchor a post's date links to. */
  id: string;
  /** `May 2024`, in the site's language. */
  name: string;
  posts: PostCard[];
}

export interface ArchiveYear {
  year: string;
  url: string;
  count: number;
  months: ArchiveMonth[];
}

export interface ArchiveView {
  heading: string;
  /** Every year, newest first, for the year links; `current` on a year's own page. */
  years: { year: string; url: string; count: number; current: boolean }[];
  /** The years this page lists. */
  shown: ArchiveYear[];
}

export function archiveYearPath(year: string): string {
  return `${ARCHIVE_PATH}${year}/`;
}

/** Where a post's date links: its month on its year's archive page. */
export function archiveDatePath(date: PostDate): string {
  return `${archiveYearPath(date.year)}#${date.year}-${date.month}`;
}

/**
 * The archive pages, from posts sorted newest first and their cards.
 * @param monthName formats a date as a month and year (`May 2024`) in the site's language and time zone
 */
export function planArchivePages(
  posts: readonly { date: PostDate }[],
  cards: readonly PostCard[],
  site: (path: string) => PageData['site'],
  pageMeta: PageMeta,
  urls: SiteUrls,
  t: ThemeStrings['t'],
  monthName: (date: PostDate) => string,
): Page[] {
  // Grouped by key, not by runs: posts dated with different offsets may cross a month boundary out of order.
  const byYear = new Map<string, ArchiveYear>();
  const byMonth = new Map<string, ArchiveMonth>();
  posts.forEach((post, i) => {
    const { year, month } = post.date;
    let y = byYear.get(year);
    if (!y) {
      y = { year, url: urls.link(archiveYearPath(year)), count: 0, months: [] };
      byYear.set(year, y);
    }
    const id = `${year}-${month}`;
    let m = byMonth.get(id);
    if (!m) {
      m = { id, name: monthName(post.date), posts: [] };
      byMonth.set(id, m);
      y.months.push(m);
    }
    m.posts.push(cards[i]!);
    y.count++;
  });
  const years = [...byYear.values()].sort((a, b) => compareStrings(b.year, a.year));
  for (const y of years) y.months.sort((a, b) => compareStrings(b.id, a.id));
  const page = (path: string, title: string, description: string, shown: ArchiveYear[]): Page => ({
    path,
    outputPath: outputPathOf(path),
    template: 'archive',
    data: {
      site: site(path),
      page: pageMeta(title, description, path, 'archive'),
      archive: {
        heading: title,
        years: years.map((y) => ({
          year: y.year,
          url: y.url,
          count: y.count,
          current: shown.length === 1 && shown[0] === y,
        })),
        shown,
      },
    },
  });
  return [
    page(ARCHIVE_PATH, t('archive'), t('archiveDescription'), years),
    ...years.map((y) =>
      page(
        archiveYearPath(y.year),
        t('postsFromYear', { year: y.year }),
        t('yearDescription', { year: y.year }),
        [y],
      ),
    ),
  ];
}
