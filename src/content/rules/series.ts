/** @fileoverview `series` names one series (a string, or Hugo's one-item list) and `seriesOrder` is a number. */
import { describe } from '../dates.ts';
import { keySpan, valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';
import { readSeries, SERIES_ORDER_KEYS } from '../series.ts';

export const series: Rule = {
  id: 'frontmatter/series',
  meta: {
    description: '`series` is one name (a string or a one-item list) and `seriesOrder` a number',
    severity: 'error',
  },
  checkPost({ post, report }) {
    const value = post.data.series;
    const span = valueSpan(post.source, 'series');
    if (value !== undefined && value !== null) {
      const items = Array.isArray(value) ? value : [value];
      const name = readSeries(value);
      if (name === undefined) {
        const first = items[0];
        report({
          message:
            items.length === 0 || (typeof first === 'string' && !first.trim())
              ? 'Unexpected empty `series`, expected the name of the series'
              : `Unexpected ${describe(first)} for \`series\`, expected the name of the series`,
          hint:
            typeof first === 'object' && first !== null
              ? 'Write the name alone (`series: Zero Trust Networks`) and the place as `seriesOrder: 2`.'
              : 'Write `series: Zero Trust Networks`.',
          ...(span ? { span } : {}),
        });
      } else if (items.length > 1) {
        report({
          message: `Unexpected ${items.length} series in \`series\`, expected one: only \`${name}\` is used`,
          hint: 'A post is a part of one series here; keep one name.',
          severity: 'warning',
          ...(span ? { span } : {}),
        });
      }
    }
    for (const key of SERIES_ORDER_KEYS) {
      const order = post.data[key];
      if (order === undefined || order === null) continue;
      if (typeof order !== 'number' || !Number.isFinite(order)) {
        const s = valueSpan(post.source, key);
        report({
          message: `Unexpected ${describe(order)} for \`${key}\`, expected a number (the post's place in its series)`,
          ...(typeof order === 'string' && Number.isFinite(Number(order)) && order.trim()
            ? { hint: `Did you mean \`${key}: ${order.trim()}\`, without quotes?` }
            : {}),
          ...(s ? { span: s } : {}),
        });
      } else if (value === undefined || value === null) {
        const s = keySpan(post.source, key);
        report({
          message: `Unexpected \`${key}\` in a post with no \`series\``,
          hint: 'Add the series it orders the post in: `series: Zero Trust Networks`.',
          severity: 'warning',
          ...(s ? { span: s } : {}),
        });
      }
    }
  },
};
