/**
 * @fileoverview A series named a little differently from another (`zero trust networks`, `Zero Trust Netwroks`
 * beside `Zero Trust Networks`) splits one series in two, or shows a stray spelling: likely a slip.
 */
import { compareStrings } from '../../diagnostics/diagnostic.ts';
import { editDistance } from '../../util/suggest.ts';
import { valueSpan } from '../frontmatter.ts';
import { allowedEdits, couldBeTypo } from '../near-miss.ts';
import type { Rule } from '../rule.ts';
import { seriesKey } from '../series.ts';

interface Name {
  count: number;
  /** Spellings of the same key (case, spaces) with their counts. */
  spellings: Map<string, number>;
  /** The spelling most posts use. */
  main: string;
}

export const seriesTypo: Rule = {
  id: 'blog/series-typo',
  meta: {
    description: 'no series name is a near-miss (case, spacing, a typo) of another series',
    severity: 'warning',
  },
  checkBlog({ posts, report }) {
    const names = new Map<string, Name>();
    for (const post of posts) {
      if (post.series === undefined) continue;
      const key = seriesKey(post.series);
      let name = names.get(key);
      if (!name) {
        name = { count: 0, spellings: new Map(), main: post.series };
        names.set(key, name);
      }
      name.count++;
      name.spellings.set(post.series, (name.spellings.get(post.series) ?? 0) + 1);
    }
    for (const name of names.values())
      name.main = [...name.spellings].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
    // A series has a handful of parts: unlike tags, a one-post slip is as likely as its one-post original, so a
    // name is compared with every name used as often or more (both of a tied pair are reported).
    const meant = new Map<string, { name: string; count: number }>();
    for (const [key, name] of names) {
      const max = allowedEdits(key.length);
      if (max === 0) continue;
      let best: { key: string; count: number; distance: number } | undefined;
      for (const [other, o] of names) {
        if (other === key || o.count < name.count || !couldBeTypo(key, other)) continue;
        if (Math.abs(other.length - key.length) > max) continue;
        const distance = editDistance(key, other, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && o.count > best.count))
          best = { key: other, count: o.count, distance };
      }
      if (best) meant.set(key, { name: names.get(best.key)!.main, count: best.count });
    }
    for (const post of posts) {
      if (post.series === undefined) continue;
      const key = seriesKey(post.series);
      const name = names.get(key)!;
      const close =
        meant.get(key) ??
        (post.series !== name.main ? { name: name.main, count: name.spellings.get(name.main)! } : undefined);
      if (!close) continue;
      const span = valueSpan(post.source, 'series');
      report(post, {
        message: `Unexpected series \`${post.series}\`, close to \`${close.name}\` that ${close.count} ${close.count === 1 ? 'post uses' : 'posts use'}`,
        hint: `Did you mean \`${close.name}\`?`,
        ...(span ? { span } : {}),
      });
    }
  },
};
