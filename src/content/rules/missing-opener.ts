/** @fileoverview Hexo accepts front-matter with only its closing `---`; here it would be read as body text. */
import type { Rule } from '../rule.ts';
import { splitOpenerless } from '../split-front-matter.ts';

export const missingOpener: Rule = {
  id: 'content/missing-opener',
  meta: { description: 'front-matter starts with its own `---` line', severity: 'error' },
  checkPost({ post, report }) {
    if (post.source.language !== null || !splitOpenerless(post.source.text)) return;
    const end = post.source.text.indexOf('\n');
    report({
      message: 'Unexpected front-matter without its opening `---`, it would be read as text',
      hint: 'Add a `---` line at the top (`blog import hexo` does it for you).',
      span: { offset: 0, end: end < 0 ? post.source.text.length : end },
    });
  },
};
