/** @fileoverview `aliases` and `redirect_from` list paths of this site: no URLs, no `..`, no queries. */
import { postRedirects } from '../../site/redirects.ts';
import type { Rule } from '../rule.ts';

export const redirectPath: Rule = {
  id: 'frontmatter/redirect-path',
  meta: { description: '`aliases` and `redirect_from` are paths inside the site', severity: 'error' },
  checkPost({ post, report }) {
    for (const problem of postRedirects(post, '').problems)
      report({ message: problem.message, ...(problem.span ? { span: problem.span } : {}) });
  },
};
