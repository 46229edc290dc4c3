/**
 * @fileoverview A post's series as its front-matter writes it: `series: Name` (or Hugo's taxonomy form, a
 * one-item list `series: [Name]`) and its place in the series, `seriesOrder` (or `series_order`).
 */
import { tagSlug } from '../util/slug.ts';

/** The keys of a post's place in its series, the first one present read. */
export const SERIES_ORDER_KEYS = ['seriesOrder', 'series_order'] as const;

/** The series' name as written (trimmed), from a string or the first item of a list; undefined when none. */
export function readSeries(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  return first.trim() || undefined;
}

/** The post's explicit place in its series, when `seriesOrder`/`series_order` is a finite number. */
export function readSeriesOrder(data: Record<string, unknown>): number | undefined {
  const value = data[SERIES_ORDER_KEYS[0]] ?? data[SERIES_ORDER_KEYS[1]];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Spellings of one series that differ only in case or spacing (`Zero trust  networks`) share this key. */
export function seriesKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** The slug of a series' page (`/series/<slug>/`): the one slug function tag pages use too. */
export function seriesSlug(name: string): string {
  return tagSlug(name);
}
