/** @fileoverview `tags` is a list of strings; a comma string is accepted with a fixable warning. */
import { stringify } from 'yaml';
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import { pick, readTags } from '../post.ts';
import type { Rule } from '../rule.ts';

export const tags: Rule = {
  id: 'frontmatter/tags',
  meta: { description: '`tags` is a list of strings', severity: 'error', fixable: true },
  checkPost({ post, config, report }) {
    const found = pick(post.data, 'tags', config.frontMatter.aliases.tags);
    if (!found) return;
    const { key, value } = found;
    const span = valueSpan(post.source, key);
    if (typeof value === 'string') {
      // A single tag (`category: Security`) is fine for an alias; a comma string is a list written flat.
      if (!value.includes(',') && key !== 'tags') return;
      const list = readTags(value);
      report({
        message: `Unexpected comma string for \`${key}\`, expected a list`,
        hint: `Write \`${key}: [${list.join(', ')}]\`.`,
        span,
        ...(span
          ? {
              fix: {
                range: [span.offset, span.end] as [number, number],
                text:
                  post.source.language === 'json'
                    ? JSON.stringify(list)
                    : stringify(list, { flow: true }).trim(),
              },
            }
          : {}),
        severity: 'warning',
      });
      return;
    }
    if (!Array.isArray(value)) {
      report({ message: `Unexpected ${describe(value)} for \`${key}\`, expected a list of strings`, span });
      return;
    }
    for (const item of value) {
      if (typeof item !== 'string' && typeof item !== 'number') {
        report({ message: `Unexpected ${describe(item)} in \`${key}\`, expected a string`, span });
        return;
      }
    }
    const allowed = config.frontMatter.allowedTags;
    if (allowed) {
      const set = new Set(allowed);
      for (const tag of readTags(value)) {
        if (!set.has(tag))
          report({
            message: `Unexpected tag \`${tag}\`, expected one of the tags allowed in the config`,
            span,
          });
      }
    }
  },
};
