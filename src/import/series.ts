/**
 * @fileoverview A post's series as the old site kept it: Hugo's `series` taxonomy (a list, its place in
 * `series_weight`, Hugo's taxonomic weight) becomes `series: Name` and `seriesOrder`; a string (Jekyll's and
 * Hexo's series plugins) is kept as written.
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
  if (Array.isArray(value)) {
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
