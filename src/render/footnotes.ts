/**
 * @fileoverview Footnotes (`[^1]`, `[^note]`) with marked-footnote, their back-links named by number.
 *
 * marked-footnote names every back-link after the footnote's label: a screen reader heard "Back to reference
 * note" under a note the page numbers 2, and the same "Back to reference a" for each of a note's two
 * mentions. Here each is named as the reader sees it: "Back to reference 2", "Back to reference 1, mention 2".
 */
import type { MarkedExtension, RendererExtension } from 'marked';
import markedFootnote from 'marked-footnote';
import { escapeHtml } from './escape.ts';
import type { ThemeStrings } from './theme-strings.ts';

/** Given to marked-footnote as the back-links' name, then replaced: the input's NULs are removed before it is parsed. */
const PLACEHOLDER = '\u0000';

interface FootnotesToken {
  items: { refs: unknown[] }[];
}

export function footnotesExtension(t: ThemeStrings['t']): MarkedExtension {
  const extension = markedFootnote({
    headingClass: 'visually-hidden',
    backRefLabel: PLACEHOLDER,
    description: escapeHtml(t('footnotes')),
  });
  const list = extension.extensions?.find(
    (e): e is RendererExtension => e.name === 'footnotes' && 'renderer' in e,
  );
  if (!list) throw new Error('marked-footnote has no `footnotes` renderer');
  const render = list.renderer;
  list.renderer = function (token) {
    const html = render.call(this, token);
    if (typeof html !== 'string') return html;
    // The back-links in the order they are written: each note's, in the order of its mentions.
    const names = (token as unknown as FootnotesToken).items.flatMap((item, i) =>
      item.refs.map((_, k) =>
        k === 0
          ? t('backToReference', { number: i + 1 })
          : t('backToMention', { number: i + 1, mention: k + 1 }),
      ),
    );
    let next = 0;
    return html.replaceAll(
      `aria-label="${PLACEHOLDER}"`,
      () => `aria-label="${escapeHtml(names[next++] ?? t('backToReference', { number: '' }).trim())}"`,
    );
  };
  return extension;
}
