/** @fileoverview Liquid tags and Hugo shortcodes left over from an old blog are printed as text by this one. */
import type { Rule } from '../rule.ts';

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s).replace(/\s+/g, ' ');

export const bodyTemplateSyntax: Rule = {
  id: 'body/template-syntax',
  meta: {
    description: 'no Liquid (`{% … %}`, `{{ … }}`) or Hugo shortcodes (`{{< … >}}`) outside code',
    severity: 'warning',
    lintOnly: true,
  },
  checkPost({ report, body }) {
    for (const tag of body().templateTags) {
      const kind = /^\{\{[<%]/.test(tag.text)
        ? 'Hugo shortcode'
        : tag.text.startsWith('{%')
          ? 'Liquid tag'
          : 'template expression';
      report({
        message: `Unexpected ${kind} \`${shorten(tag.text)}\`, it is shown as text`,
        hint: 'Rewrite it as Markdown or HTML, or put it in a code span if it is an example.',
        span: { offset: tag.offset, end: tag.end },
      });
    }
  },
};
