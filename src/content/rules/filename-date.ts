/** @fileoverview A file name's date that differs from `date:` (often an offset moving it a day): the front-matter wins. */
import { parseDate } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import { nameParts } from '../post.ts';
import type { Rule } from '../rule.ts';
import { EARLIEST_LIKELY_YEAR } from './date.ts';

export const filenameDate: Rule = {
  id: 'content/filename-date',
  meta: { description: 'the file name’s date matches `date:`', severity: 'warning' },
  checkPost({ post, config, report }) {
    const named = nameParts(post.file).date?.ymd;
    if (!named || post.data.date == null) return;
    const parsed = parseDate(post.data.date, config.timeZone);
    if (!parsed.ok || parsed.date.ymd === named) return;
    // `date: 0000-01-01` is a placeholder (frontmatter/date says so): renaming the file to it is no advice.
    if (Number(parsed.date.year) < EARLIEST_LIKELY_YEAR) return;
    report({
      message: `Unexpected file name date ${named}, \`date:\` gives ${parsed.date.ymd} in ${config.timeZone} (the front-matter wins)`,
      hint: `Rename the file to start with ${parsed.date.ymd}, or correct \`date:\`.`,
      span: valueSpan(post.source, 'date'),
    });
  },
};
