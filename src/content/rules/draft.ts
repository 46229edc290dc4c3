/** @fileoverview `draft` is `true` or `false`, not a string such as "no". */
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

const TRUTHY = /^(yes|y|on|true)$/i;
const FALSY = /^(no|n|off|false)$/i;

/** The boolean a `draft` string means (`"yes"`, `on` → true; `"no"`, `off` → false), as YAML 1.1 read it. */
export function draftMeant(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  return TRUTHY.test(value) ? true : FALSY.test(value) ? false : undefined;
}

export const draft: Rule = {
  id: 'frontmatter/draft',
  meta: { description: '`draft` is a boolean', severity: 'error', fixable: true },
  checkPost({ post, report }) {
    const value = post.data.draft;
    if (value === undefined || value === null || typeof value === 'boolean') return;
    const span = valueSpan(post.source, 'draft');
    const meant = draftMeant(value)?.toString();
    report({
      message: `Unexpected ${describe(value)} for \`draft\`, expected \`true\` or \`false\``,
      ...(meant ? { hint: `Did you mean \`${meant}\`?` } : {}),
      span,
      // Unquoted, so YAML reads a boolean.
      ...(meant && span ? { fix: { range: [span.offset, span.end] as [number, number], text: meant } } : {}),
    });
  },
};
