/** @fileoverview `draft` is `true` or `false`, not a string such as "no". */
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

const TRUTHY = /^(yes|y|on|true)$/i;
const FALSY = /^(no|n|off|false)$/i;

export const draft: Rule = {
  id: 'frontmatter/draft',
  meta: { description: '`draft` is a boolean', severity: 'error', fixable: true },
  checkPost({ post, report }) {
    const value = post.data.draft;
    if (value === undefined || value === null || typeof value === 'boolean') return;
    const span = valueSpan(post.source, 'draft');
    const meant =
      typeof value === 'string'
        ? TRUTHY.test(value)
          ? 'true'
          : FALSY.test(value)
            ? 'false'
            : undefined
        : undefined;
    report({
      message: `Unexpected ${describe(value)} for \`draft\`, expected \`true\` or \`false\``,
      ...(meant ? { hint: `Did you mean \`${meant}\`?` } : {}),
      span,
      // Unquoted, so YAML reads a boolean.
      ...(meant && span ? { fix: { range: [span.offset, span.end] as [number, number], text: meant } } : {}),
    });
  },
};
