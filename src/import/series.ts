/**
 * @fileoverview A post's series as the old site kept it: Hugo's `series` taxonomy (a list, its place in
 * `series_weight`, Hugo's taxonomic weight) becomes `series: Name` and `seriesOrder`; a string (Jekyll's and
 * Hexo's series plugins) is kept as written; an object naming the series and the post's place in it
 * (`series: {id: JEKYLL, index: 2}`, as some Jekyll themes write it) becomes `series: JEKYLL` and `seriesOrder: 2`.
 */
import type { Document } from 'yaml';
import type { SourceKind } from './types.ts';

export function mapSeries(
  doc: Document,
  kind: SourceKind,
  change: (key: string, message: string) => void,
  leave: (key: string, message: string) => void,
): void {
  const value = doc.toJS()?.series as unknown;
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    mapSeriesObject(doc, value as Record<string, unknown>, change, leave);
  else if (Array.isArray(value)) {
    const names = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (names.length === 0) {
      if (value.length === 0) {
        doc.delete('series');
        change('series', 'removed `series: []` (no series)');
      }
    } else {
      doc.set('series', names[0]);
      change('series', `\`series\` list → \`series: ${names[0]}\``);
      if (names.length > 1)
        leave(
          'series',
          `a part of ${names.length} series (${names.map((n) => `\`${n}\``).join(', ')}): kept \`${names[0]}\`, a post is in one series here`,
        );
    }
  }
  // Hugo orders a taxonomy's pages by `<taxonomy>_weight`.
  if (kind === 'hugo' && doc.has('series_weight')) {
    const weight = doc.get('series_weight');
    if (typeof weight === 'number' && !doc.has('seriesOrder') && !doc.has('series_order')) {
      doc.set('seriesOrder', weight);
      doc.delete('series_weight');
      change(
        'series_weight',
        `\`series_weight: ${weight}\` → \`seriesOrder: ${weight}\` (the post's place in its series)`,
      );
    }
  }
}

/** The keys an object form may name its series by, most telling first, and the post's place by. */
const NAME_KEYS = ['name', 'title', 'id'] as const;
const ORDER_KEYS = ['index', 'part', 'order'] as const;

/**
 * `series: {id: JEKYLL, index: 2}` → `series: JEKYLL` + `seriesOrder: 2`. An object with other keys, or with no
 * name, is left as it is: the lint rule `frontmatter/series` then says how to write it.
 */
function mapSeriesObject(
  doc: Document,
  value: Record<string, unknown>,
  change: (key: string, message: string) => void,
  leave: (key: string, message: string) => void,
): void {
  const keys = Object.keys(value);
  const nameKey = NAME_KEYS.find((k) => typeof value[k] === 'string' && (value[k] as string).trim() !== '');
  const orderKey = ORDER_KEYS.find((k) => k in value);
  const order = orderKey === undefined ? undefined : orderOf(value[orderKey]);
  const known = keys.every((k) => (NAME_KEYS as readonly string[]).includes(k) || k === orderKey);
  if (nameKey === undefined || !known || (orderKey !== undefined && order === undefined)) return;
  const name = (value[nameKey] as string).trim();
  const written = keys.map((k) => `${k}: ${JSON.stringify(value[k])}`).join(', ');
  doc.set('series', name);
  const hasOrder = doc.has('seriesOrder') || doc.has('series_order');
  if (order !== undefined && !hasOrder) doc.set('seriesOrder', order);
  change(
    'series',
    `\`series: {${written}}\` → \`series: ${name}\`${order !== undefined && !hasOrder ? ` + \`seriesOrder: ${order}\`` : ''}`,
  );
  if (order !== undefined && hasOrder)
    leave('series', `\`series\` placed the post at ${order}: kept the post's own \`seriesOrder\``);
}

/** A place in a series: a number, or a whole number written as text (`"2"`). */
function orderOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}
