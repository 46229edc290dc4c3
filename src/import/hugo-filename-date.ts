/**
 * @fileoverview What Hugo's `:filename` date handler takes from a page's file name: its date and, unless the
 * front matter has a `slug`, the rest of the name as the slug, which changes the page's URL
 * (resources/page/pagemeta/page_frontmatter.go: `dateAndSlugFromBaseFilename`, `newDateFilenameHandler`).
 */
import { DateTime } from 'luxon';
import { parseDate } from '../content/dates.ts';
import { DATE_KINDS, type DateKind, type HugoDateHandlers } from './hugo-front-matter-config.ts';

/** A date read from a file name: its day, and its time when the name has one (`2017-02-01-10-20-30-x`). */
export interface NameDate {
  ymd: string;
  time?: string;
}

/** What the handlers took from the file name. */
export interface HugoFileName {
  /** The slug from the file name, when a `:filename` handler found a date and the front matter has no `slug`. */
  slug: string | undefined;
  /** For each date Hugo took from the file name (`:filename` came first in its list, or earlier ones found nothing). */
  dates: Partial<Record<DateKind, NameDate>>;
}

/** Delimiters Hugo trims off both ends of the slug. */
const DELIMITERS = /^[ _-]+|[ _-]+$/g;

/**
 * `dateAndSlugFromBaseFilename`: a `YYYY-MM-DD-HH-MM-SS` (any one character between date and time) or
 * `YYYY-MM-DD` prefix (Hugo reads each `-` of the time as `:`), and the rest without the delimiters ` -_` at its ends. `baseName` is Hugo's
 * `ContentBaseName`: the file name without extension and language, or a leaf bundle's folder name; Hugo still
 * cuts what follows its last `.` (`paths.FileAndExt`), so `2017-02-01-hugo-0.16` has the slug `hugo-0`.
 */
export function dateAndSlugFromBaseFilename(baseName: string): { date: NameDate; slug: string } | undefined {
  const base = baseName.replace(/\.[^./]*$/, '');
  if (base.length < 10) return undefined;
  const dateTime = /^(\d{4}-\d{2}-\d{2}).(\d{2})[-:](\d{2})[-:](\d{2})/.exec(base);
  if (
    dateTime &&
    realDay(dateTime[1]!) &&
    Number(dateTime[2]) < 24 &&
    Number(dateTime[3]) < 60 &&
    Number(dateTime[4]) < 60
  )
    return {
      date: { ymd: dateTime[1]!, time: dateTime.slice(2, 5).join(':') },
      slug: base.slice(19).replace(DELIMITERS, ''),
    };
  const day = /^\d{4}-\d{2}-\d{2}/.exec(base)?.[0];
  if (day && realDay(day)) return { date: { ymd: day }, slug: base.slice(10).replace(DELIMITERS, '') };
  return undefined;
}

/** Go's time parsing refuses a day no calendar has (`2015-02-30`). */
const realDay = (ymd: string) => DateTime.fromISO(ymd, { zone: 'UTC' }).isValid;

/**
 * Runs each date's handlers as `HandleDates` does (date, lastmod, publishDate, expiryDate; in each list the
 * first handler that finds a date wins) to learn what Hugo took from the file name. `frontMatter` is the
 * page's front matter as written; Hugo reads its keys lowercased.
 */
export function hugoFileName(
  handlers: HugoDateHandlers,
  frontMatter: Record<string, unknown>,
  baseName: string,
): HugoFileName {
  const fields = Object.fromEntries(Object.entries(frontMatter).map(([k, v]) => [k.toLowerCase(), v]));
  const fromName = dateAndSlugFromBaseFilename(baseName);
  const result: HugoFileName = { slug: undefined, dates: {} };
  for (const kind of DATE_KINDS)
    for (const handler of handlers.lists[kind]) {
      if (handler === ':filename') {
        if (!fromName) continue;
        result.dates[kind] = fromName.date;
        // An empty slug (`2017-02-01.md`) is no slug: the URL falls back to the file name.
        if (!Object.hasOwn(fields, 'slug')) result.slug = fromName.slug || undefined;
        break;
      }
      // The file's modification time is always there; Git's author date only with `enableGitInfo`
      // (this assumes the file is committed).
      if (handler === ':filemodtime' || (handler === ':git' && handlers.gitInfo)) break;
      if (handler !== ':git' && isDate(fields[handler])) break;
    }
  return result;
}

/** `newDateFieldHandler`: an empty or missing value finds nothing, and so does one that does not parse. */
function isDate(value: unknown): boolean {
  if (value == null || value === '') return false;
  // cast.ToTime reads a number as Unix time.
  return typeof value === 'number' || parseDate(value, 'UTC').ok;
}
