/** @fileoverview `draft` and `toc` are `true` or `false`, not a string such as "no". */
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

const TRUTHY = /^(yes|y|on|true)$/i;
const FALSY = /^(no|n|off|false)$/i;

/** The boolean a string means (`"yes"`, `on` → true; `"no"`, `off` → false), as YAML 1.1 read it. */
export function booleanMeant(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  return TRUTHY.test(value) ? true : FALSY.test(value) ? false : undefined;
}

/** The rule that `key`, when set, is a boolean; a yes/no string is fixed to one. */
function booleanKey(key: string, severity: 'error' | 'warning'): Rule {
  return {
    id: `frontmatter/${key}`,
    meta: { description: `\`${key}\` is a boolean`, severity, fixable: true },
    checkPost({ post, report }) {
      const value = post.data[key];
      if (value === undefined || value === null || typeof value === 'boolean') return;
      const span = valueSpan(post.source, key);
      const meant = booleanMeant(value)?.toString();
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
