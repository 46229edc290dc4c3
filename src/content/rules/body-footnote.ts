/**
 * @fileoverview Footnotes that do not pair up: a reference `[^2]` that no `[^2]:` defines is shown as the text
 * `[^2]`, and a definition nothing refers to is left off the page (marked-footnote lists only referenced notes).
 */
import { suggest } from '../../util/suggest.ts';
import type { Rule } from '../rule.ts';

export const bodyFootnote: Rule = {
  id: 'body/footnote',
  meta: {
    description:
      'each footnote reference `[^1]` has a definition `[^1]: …` (else the page shows `[^1]` as text), and each definition is referred to (else it is left off the page)',
    severity: 'warning',
  },
  checkPost({ report, body }) {
    const { references, definitions } = body().footnotes;
    if (references.length === 0 && definitions.length === 0) return;
    // Labels match exactly, as marked-footnote compares them: `[^Note]` is not `[^note]`.
    const defined = new Set(definitions.map((d) => d.label));
    const referred = new Set(references.map((r) => r.label));
    const unused = [...defined].filter((label) => !referred.has(label));
    for (const ref of references) {
      if (defined.has(ref.label) || ref.beforeParen) continue;
      const otherCase = unused.find((label) => label.toLowerCase() === ref.label.toLowerCase());
      const meant = otherCase ?? suggest(ref.label, unused);
      report({
        message: `Unexpected footnote \`[^${ref.label}]\` without a definition, the page shows it as text`,
        hint: meant
          ? `Did you mean \`[^${meant}]\`?${otherCase ? ' Footnote labels are case-sensitive.' : ''}`
          : `Define it on a line of its own after a blank line, usually at the end of the post: \`[^${ref.label}]: The note.\``,
        span: { offset: ref.offset, end: ref.end + 1 },
      });
    }
    const seen = new Set<string>();
    for (const def of definitions) {
      if (referred.has(def.label)) continue;
      // A second definition of a label is never used either; the first is the one to name.
      if (seen.has(def.label)) continue;
      seen.add(def.label);
      report({
        message: `Unexpected footnote definition \`[^${def.label}]\` that nothing refers to, it is left off the page`,
        hint: `Refer to it with \`[^${def.label}]\` where the note belongs, or remove it.`,
        span: { offset: def.offset, end: def.end + 1 },
      });
    }
  },
};
