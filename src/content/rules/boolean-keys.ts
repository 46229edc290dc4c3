/** @fileoverview `draft` and `toc` are `true` or `false`, not a string such as "no". */
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

const TRUTHY = /^(yes|y|on|true)$/i;
const FALSY = /^(no|n|off|false)$/i;

/** The rule that `key`, when set, is a boolean; a yes/no string is fixed to one. */
function booleanKey(key: string, severity: 'error' | 'warning'): Rule {
  return {
    id: `frontmatter/${key}`,
    meta: { description: `\`${key}\` is a boolean`, severity, fixable: true },
    checkPost({ post, report }) {
      const value = post.data[key];
      if (value === undefined || value === null || typeof value === 'boolean') return;
      const span = valueSpan(post.source, key);
      const meant =
        typeof value === 'string'
          ? TRUTHY.test(value)
            ? 'true'
            : FALSY.test(value)
              ? 'false'
              : undefined
          : undefined;
      report({
        message: `Unexpected ${describe(value)} for \`${key}\`, expected \`true\` or \`false\``,
        ...(meant ? { hint: `Did you mean \`${meant}\`?` } : {}),
        span,
        // Unquoted, so YAML reads a boolean.
        ...(meant && span
          ? { fix: { range: [span.offset, span.end] as [number, number], text: meant } }
          : {}),
      });
    },
  };
}

/** A draft read wrongly would publish it: an error. */
export const draft = booleanKey('draft', 'error');
/** A table of contents read wrongly is only shown or not: a warning. */
export const toc = booleanKey('toc', 'warning');
