/** @fileoverview Hexo accepts front-matter with only its closing `---`; here it would be read as body text. */
import type { Rule } from '../rule.ts';
import { splitOpenerless } from '../split-front-matter.ts';

export const missingOpener: Rule = {
  id: 'content/missing-opener',
  meta: { description: 'front-matter starts with its own `---` line', severity: 'error' },
  checkPost({ post, report }) {
    if (post.source.language !== null) return;
    const text = post.source.text.replace(/^\uFEFF/, '');
    const end = post.source.text.indexOf('\n');
    // `----` or ` ---` above `key: value` lines: meant as the opener, read as a Markdown rule and text.
    const dashes = /^( *-{3,})[ \t]*\r?\n(?=[A-Za-z_][\w-]*:)/.exec(text);
    if (dashes) {
      report({
        message: `Unexpected ${dashes[1]!.startsWith(' ') ? 'indented ' : ''}\`${dashes[1]!.trim()}\` as the front-matter's opening line, expected \`---\` at its start, it would be read as text`,
        hint: 'Make the first line exactly three dashes.',
        span: { offset: 0, end: end < 0 ? post.source.text.length : end },
      });
      return;
    }
    if (!splitOpenerless(text)) return;
    report({
      message: 'Unexpected front-matter without its opening `---`, it would be read as text',
      hint: 'Add a `---` line at the top (`blog import hexo` does it for you).',
      span: { offset: 0, end: end < 0 ? post.source.text.length : end },
    });
  },
};
