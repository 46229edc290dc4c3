/** @fileoverview `date` is a real date (front-matter, or the file name's `YYYY-MM-DD-`); canonical form is fixable. */
import { parseDate, skippedTimeReport } from '../dates.ts';
import { replaceScalar } from '../fix.ts';
import { foreignKeyFor } from '../foreign-keys.ts';
import { keySpan, valueSpan } from '../frontmatter.ts';
import { nameParts } from '../post.ts';
import type { Rule } from '../rule.ts';

/** Before this year a date is probably a placeholder (`0000-01-01`) or a slip of the keyboard (`0204` for `2024`). */
export const EARLIEST_LIKELY_YEAR = 1000;

const EARLY_HINT =
  'The post is published with that year (in the feed, the sitemap and /archive/). Write the day it was posted, e.g. `date: 2024-05-01`.';
const EARLY_NAME_HINT =
  'The post is published with that year (in the feed, the sitemap and /archive/). Rename the file to start with the day it was posted, or add `date:` to the front-matter.';

export const date: Rule = {
  id: 'frontmatter/date',
  meta: {
    description: '`date` is a real date such as 2024-05-01, or the file name starts with one',
    severity: 'error',
    fixable: true,
    essential: true,
  },
  checkPost({ post, config, report }) {
    const value = post.data.date;
    if (value === undefined || value === null) {
      const named = nameParts(post.file).date;
      if (named?.real) {
        if (Number(named.ymd.slice(0, 4)) < EARLIEST_LIKELY_YEAR)
          report({
            message: `Unexpected file name date ${named.ymd}, expected a year from ${EARLIEST_LIKELY_YEAR} on`,
            hint: EARLY_NAME_HINT,
            severity: 'warning',
          });
        return;
      }
      if (named) {
        report({
          message: `Unexpected file name date ${named.ymd}: not a real date, and no \`date:\` to use instead`,
          hint: 'Add `date:` to the front-matter, or rename the file to start with a real date.',
        });
        return;
      }
      const foreign = foreignKeyFor('date', Object.keys(post.data));
      if (foreign) {
        // Astro's `pubDate` right there: "add `date:`" would have the writer date the post twice.
        report({
          message: `Missing \`date\`: \`${foreign}\` is not read here`,
          hint: `Rename \`${foreign}\` to \`date\`.`,
          span: keySpan(post.source, foreign),
        });
        return;
      }
      report({
        message: 'Missing `date`, expected YYYY-MM-DD',
        hint: 'Add `date: 2024-05-01` to the front-matter, or start the file name with the date.',
      });
      return;
    }
    const span = valueSpan(post.source, 'date');
    const parsed = parseDate(value, config.timeZone);
    if (!parsed.ok) {
      report({ message: `Unexpected date: ${parsed.reason}`, span });
      return;
    }
    if (Number(parsed.date.year) < EARLIEST_LIKELY_YEAR)
      report({
        message: `Unexpected date \`${parsed.date.ymd}\` in the year ${Number(parsed.date.year)}, expected a year from ${EARLIEST_LIKELY_YEAR} on`,
        span,
        hint: EARLY_HINT,
        // It builds; only a person can tell whether the year is meant.
        severity: 'warning',
      });
    // It builds, at another time than the one written: only a person knows which was meant.
    if (parsed.skipped)
      report({ ...skippedTimeReport('date', parsed.skipped, config.timeZone), span, severity: 'warning' });
    if (parsed.lenient && span) {
      const canonical = parsed.canonical ?? parsed.date.ymd;
      report({
        message: `Unexpected date \`${String(value)}\`, expected \`${canonical}\``,
        span,
        fix: replaceScalar(post.source.text, span, canonical),
        // The build reads it; only its spelling is off.
        severity: 'warning',
      });
    }
  },
};
