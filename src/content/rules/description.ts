/** @fileoverview A description helps search results and link previews; warn when missing or out of bounds. */
import { valueSpan } from '../frontmatter.ts';
import { pick } from '../post.ts';
import type { Rule } from '../rule.ts';

export const description: Rule = {
  id: 'frontmatter/description',
  meta: { description: '`description` is present and of a length search engines show', severity: 'warning' },
  checkPost({ post, config, report }) {
    const found = pick(post.data, 'description', config.frontMatter.aliases.description);
    if (!found) {
      report({ message: 'Missing `description`, recommended for search results and link previews' });
      return;
    }
    const span = valueSpan(post.source, found.key);
    if (typeof found.value !== 'string') {
      report({ message: `Unexpected ${typeof found.value} for \`${found.key}\`, expected a string`, span });
      return;
    }
    const { min, max } = config.frontMatter.descriptionLength;
    const length = found.value.trim().length;
    if (length > max)
      report({ message: `Unexpected description of ${length} characters, expected at most ${max}`, span });
    else if (length < min)
      report({ message: `Unexpected description of ${length} characters, expected at least ${min}`, span });
  },
};
