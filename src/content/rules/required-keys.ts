/** @fileoverview Keys the config lists in `frontMatter.required`, beyond title and date. */
import { pick } from '../post.ts';
import type { Rule } from '../rule.ts';

export const requiredKeys: Rule = {
  id: 'frontmatter/required',
  meta: { description: 'every key in `frontMatter.required` is present', severity: 'error' },
  checkPost({ post, config, report }) {
    const aliases = config.frontMatter.aliases as Record<string, string[]>;
    for (const key of config.frontMatter.required) {
      if (key === 'title' || key === 'date') continue; // their own rules say more
      if (!pick(post.data, key, aliases[key] ?? []))
        report({ message: `Missing \`${key}\`, required by the config` });
    }
  },
};
