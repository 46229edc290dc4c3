/** @fileoverview `updated` is a real date, not before `date`. */
import { parseDate, skippedTimeReport } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const updated: Rule = {
  id: 'frontmatter/updated',
  meta: { description: '`updated` is a real date and not before `date`', severity: 'error' },
  checkPost({ post, config, report }) {
    const value = post.data.updated;
    if (value === undefined || value === null) return;
    const parsed = parseDate(value, config.timeZone);
    const span = valueSpan(post.source, 'updated');
    if (!parsed.ok) report({ message: `Unexpected \`updated\`: ${parsed.reason}`, span });
    else if (parsed.skipped)
      report({ ...skippedTimeReport('updated', parsed.skipped, config.timeZone), span, severity: 'warning' });
    if (parsed.ok && post.date && parsed.date.epoch < post.date.epoch) {
      report({
        message: `Unexpected \`updated\` ${parsed.date.ymd}, expected a date on or after \`date\` ${post.date.ymd}`,
        span,
      });
    }
  },
};
