/** @fileoverview A file named `2024-05-01-x.md` should say `date: 2024-05-01`: one of the two is wrong. */
import { valueSpan } from '../frontmatter.ts';
import { nameParts } from '../post.ts';
import type { Rule } from '../rule.ts';

export const fileNameDate: Rule = {
  id: 'frontmatter/file-name-date',
  meta: { description: 'the date in the file name is the date in `date:`', severity: 'warning' },
  checkPost({ post, report }) {
    const named = nameParts(post.file).date;
    const written = post.data.date;
    if (!named || written === undefined || written === null || !post.date) return;
    // `2019-08-04 23:43:31 -0500` is the 4th where it was written, whatever day it is in the site's zone.
    const asWritten = typeof written === 'string' ? written.trim().slice(0, 10) : undefined;
    if (post.date.ymd === named || asWritten === named) return;
    report({
      message: `Unexpected \`date\` ${post.date.ymd}, the file name says ${named}`,
      hint: 'Rename the file or correct `date:`; the build uses `date:`.',
      span: valueSpan(post.source, 'date'),
    });
  },
};
