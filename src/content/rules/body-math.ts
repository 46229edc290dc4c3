/** @fileoverview Each formula in a post is TeX that KaTeX renders, with no command it refuses (`\href`, `\url`…). */
import { renderTex } from '../../render/math.ts';
import type { Rule } from '../rule.ts';

const SUPPORTED = 'KaTeX lists what it supports at https://katex.org/docs/supported.html.';

export const bodyMath: Rule = {
  id: 'body/math',
  meta: { description: 'formulas are TeX that KaTeX renders', severity: 'warning' },
  checkPost({ report, body }) {
    for (const formula of body().math) {
      const rendered = renderTex(formula.tex, formula.display);
      const whole = { offset: formula.offset, end: formula.end };
      if ('error' in rendered) {
        const { message, offset, length } = rendered.error;
        const at = offset === undefined ? undefined : formula.texStart + offset;
        report({
          message: `Unexpected TeX: ${message}`,
          hint: `The page shows this formula as written, as code, until it renders. ${SUPPORTED}`,
          span: at === undefined ? whole : { offset: at, end: at + Math.max(length ?? 0, 1) },
        });
      } else
        for (const problem of rendered.problems)
          report({
            message: problem.message,
            hint: 'The page shows the command as red text: put the link or image outside the formula.',
            span: whole,
          });
    }
  },
};
