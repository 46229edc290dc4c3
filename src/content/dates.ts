/** @fileoverview Reads front-matter dates in the site's time zone, never the machine's. */
import { DateTime } from 'luxon';

export interface PostDate {
  /** Milliseconds since the epoch. */
  epoch: number;
  /** ISO 8601 with the offset it has in the site's time zone, to the second. */
  iso: string;
  /** YYYY-MM-DD in the site's time zone. */
  ymd: string;
  year: string;
  month: string;
  day: string;
}

// `2020/12/21` (react.dev's posts, some Hexo blogs) is read like `2024-3-5`: accepted, and lint offers the fix.
const DATE_ONLY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
// `2013/7/13 20:46:25` (old Hexo blogs) too, read like `2013/7/13`. An offset's hour may have one digit
// (`2015-03-17 14:00:00 -4`, 18F's posts), as in YAML 1.1 timestamps that Jekyll and Eleventy read.
const DATE_TIME =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/;

/** Kiribati's +14:00 is the farthest from UTC any place's clock is (Baker Island's −12:00 the other way). */
const MAX_OFFSET_MINUTES = 14 * 60;

export type DateParse =
  | {
      ok: true;
      date: PostDate;
      lenient: boolean;
      /** When lenient: the value in canonical form (`2013-07-13`, or `2013-07-13 20:46:25` with its time). */
      canonical?: string;
      /**
       * A wall-clock time the site's time zone skips (`2024-03-31 02:30` in Europe/Berlin, where clocks go from
       * 02:00 to 03:00): `written` as it was, `readAs` the time it was moved to, with its offset (`03:30+02:00`).
       */
      skipped?: SkippedTime;
    }
  | { ok: false; reason: string };

/**
 * Parses `2023-02-10`, `2023-02-10 09:30`, `2023-02-10T09:30:00Z` or `2019-08-04 10:43:31 -0500`.
 * A date or date-time without an offset is a wall-clock time in `timeZone`. `lenient` is true when the
 * value was accepted but not written in canonical form (`2024-3-5`, `2024/03/05`), which lint offers to fix.
 */
export function parseDate(value: unknown, timeZone: string): DateParse {
  const parsed = parseAnyYear(value, timeZone);
  if (!parsed.ok) return parsed;
  // ISO 8601 writes a year past 9999 as `+010000-01-01`, which feeds, sitemaps and JSON-LD readers refuse;
  // `9999-12-31T23:59:59-12:00` is already that year in UTC, and in the site's time zone east of it.
  const local = Number(parsed.date.year);
  const utc = new Date(parsed.date.epoch).getUTCFullYear();
  if (local > MAX_YEAR || utc > MAX_YEAR) {
    const shown = String(value instanceof Date ? value.toISOString() : value).trim();
    const where = local > MAX_YEAR ? `in the site's time zone (${timeZone})` : 'in UTC';
    return {
      ok: false,
      reason: `\`${shown}\` is in the year ${Math.max(local, utc)} ${where}; dates go up to the end of ${MAX_YEAR}`,
    };
  }
  return parsed;
}

/** The last year a date may fall in (in the site's time zone). */
const MAX_YEAR = 9999;

function parseAnyYear(value: unknown, timeZone: string): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'not a real date' };
    return { ok: true, date: fromDateTime(DateTime.fromJSDate(value).setZone(timeZone)), lenient: false };
  }
  if (typeof value !== 'string')
    return { ok: false, reason: `expected a date such as 2024-05-01, found ${describe(value)}` };
  const text = value.trim();
  let m = DATE_ONLY.exec(text);
  if (m) {
    const [, year, separator, month, day] = m as unknown as [string, string, string, string, string];
    const dt = DateTime.fromObject({ year: +year, month: +month, day: +day }, { zone: timeZone });
    if (!dt.isValid) return { ok: false, reason: `\`${text}\` is not a real date` };
    return {
      ok: true,
      date: fromDateTime(dt),
      lenient: separator === '/' || month.length < 2 || day.length < 2,
    };
  }
  m = DATE_TIME.exec(text);
  if (!m)
    return {
      ok: false,
      reason: `\`${text}\` is not a date, expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS][±HH:MM]`,
    };
  const [, y, separator, mo, d, h, mi, s, frac, offset] = m;
  const parts = {
    year: +y!,
    month: +mo!,
    day: +d!,
    hour: +h!,
    minute: +mi!,
    second: s ? +s : 0,
    millisecond: frac ? Math.round(Number(`0.${frac}`) * 1000) : 0,
  };
  let zone = timeZone;
  if (offset) {
    if (/^(z|utc)$/i.test(offset)) zone = 'UTC';
    else {
      const [, sign, hourText, minuteText] = /^([+-])(\d{1,2}?):?(\d{2})?$/.exec(offset)!;
      const [hours, minutes] = [+hourText!, +(minuteText ?? 0)];
      // Luxon takes `-25:00` or `+99:99` as it is, moving the post by days without a word: a typo, never a zone.
      if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES)
        return {
          ok: false,
          reason: `\`${text}\` has no real UTC offset: \`${offset}\` is beyond the ±14:00 every time zone keeps within`,
        };
      zone = `UTC${sign}${hourText!.padStart(2, '0')}:${minuteText ?? '00'}`;
    }
  }
  const dt = DateTime.fromObject(parts, { zone });
  if (!dt.isValid) return { ok: false, reason: `\`${text}\` is not a real date-time` };
  // Luxon moves a time in a daylight-saving gap forward by the gap, without a word: say so.
  const skipped =
    dt.hour !== parts.hour || dt.minute !== parts.minute
      ? {
          written: `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')} ${text.slice(text.search(/[T ]/) + 1)}`,
          readAs: dt.toFormat(s ? 'HH:mm:ssZZ' : 'HH:mmZZ'),
          // Luxon reads the skipped time at the offset before the change (02:30+01:00 is 03:30+02:00).
          offsetBefore: dt.minus({ days: 1 }).toFormat('ZZ'),
        }
      : undefined;
  if (separator === '/')
    return {
      ok: true,
      date: fromDateTime(dt.setZone(timeZone)),
      lenient: true,
      canonical: `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}${text.slice(text.search(/[T ]/))}`,
      skipped,
    };
  return { ok: true, date: fromDateTime(dt.setZone(timeZone)), lenient: false, skipped };
}

/** A wall-clock time that a daylight-saving change skips, as `parseDate` read it. */
export interface SkippedTime {
  /** The day and time as written: `2024-03-31 02:30`. */
  written: string;
  /** The time it was read as, with the offset: `03:30+02:00`. */
  readAs: string;
  /** The same instant as the written time at the offset in force before the change: `+01:00`. */
  offsetBefore: string;
}

/** The lint report for a `date` or `updated` (`key`) whose time the site's time zone skips. */
export function skippedTimeReport(
  key: string,
  skipped: SkippedTime,
  timeZone: string,
): { message: string; hint: string } {
  const day = skipped.written.slice(0, 10);
  return {
    message: `Unexpected \`${key}\` time ${skipped.written.slice(11)} on ${day}: ${timeZone} has no such time (its clocks skip it when daylight saving time starts), so it was read as ${skipped.readAs}`,
    hint: `Write the time meant, e.g. \`${day} ${skipped.readAs.slice(0, -6)}\`, or give the offset, e.g. \`${skipped.written} ${skipped.offsetBefore}\`.`,
  };
}

function fromDateTime(dt: DateTime): PostDate {
  return {
    epoch: dt.toMillis(),
    iso: dt.toISO({ suppressMilliseconds: true })!,
    ymd: dt.toISODate()!,
    // From the fields rather than toFormat: formatting three times cost about 0.1 ms per post.
    year: String(dt.year).padStart(4, '0'),
    month: String(dt.month).padStart(2, '0'),
    day: String(dt.day).padStart(2, '0'),
  };
}

/**
 * A date as readers see it, in the site's language and time zone: the config's `dateFormat` (a luxon pattern)
 * when it has one, else the language's own long date (`February 10, 2023`, `10. Februar 2023`, `2023年2月10日`).
 */
export function formatDate(
  date: PostDate,
  format: string | undefined,
  timeZone: string,
  locale: string,
): string {
  if (format !== undefined)
    return DateTime.fromMillis(date.epoch, { zone: timeZone, locale }).toFormat(format);
  return dateFormatter(locale, timeZone, 'long').format(date.epoch);
}

/** A month as the archive heads it, in the site's language and time zone: `February 2023`, `Februar 2023`. */
export function formatMonth(date: PostDate, timeZone: string, locale: string): string {
  return dateFormatter(locale, timeZone, 'month').format(date.epoch);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, timeZone: string, kind: 'long' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}\0${timeZone}\0${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      locale,
      kind === 'long' ? { dateStyle: 'long', timeZone } : { year: 'numeric', month: 'long', timeZone },
    );
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The year of an instant in the site's time zone (23:30 UTC on 31 December is already next year in Tokyo). */
export function yearIn(epoch: number, timeZone: string): string {
  return String(DateTime.fromMillis(epoch, { zone: timeZone }).year);
}

/** A file name's leading `YYYY-MM-DD-`: `real` is false for a day no calendar has (`2015-02-30`, `2015-05-00`). */
export interface FileNameDate {
  ymd: string;
  real: boolean;
}

/**
 * The date a file name starts with (`2023-02-10-title.md`), if any. The one reader of file-name dates: the
 * slug drops the prefix whether or not it is a real day, and only a real one dates the post.
 */
export function dateFromFileName(name: string): FileNameDate | undefined {
  const m = /^((\d{4})-(\d{2})-(\d{2}))-/.exec(name);
  if (!m) return undefined;
  const [, ymd, year, month, day] = m as unknown as [string, string, string, string, string];
  // A calendar day is the same in every zone, so UTC answers for all of them.
  const real = DateTime.fromObject({ year: +year, month: +month, day: +day }, { zone: 'UTC' }).isValid;
  return { ymd, real };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  // No article: messages read "Unexpected list for `tags`", and "found list" beside "found number `7`".
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  if (typeof value === 'string') return `string \`${value}\``;
  return `${typeof value} \`${String(value)}\``;
}
