/** @fileoverview A link or image whose address the page does not keep (`ftp:`, `javascript:`, `data:`…) is shown as `#`: say so. */
import { isSafeUrl } from '../../render/sanitize.ts';
import type { Rule } from '../rule.ts';

export const bodyLinkScheme: Rule = {
  id: 'body/link-scheme',
  meta: {
    description: 'links and images are http(s), mailto or tel addresses, or paths: the page keeps no other',
    severity: 'warning',
  },
  checkPost({ config, report, body }) {
    for (const link of body().links) {
      // A reference is checked once, at its definition.
      if (link.syntax === 'reference' || isSafeUrl(link.url)) continue;
      // Not on the page at all (inside a `<foreignObject>`): `content/removed-html` says so.
      if (link.droppedIn && !config.markdown.allowHtml) continue;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them in a scheme, as isSafeUrl does
      const scheme = /^[^:]*:/.exec(link.url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[0] ?? link.url;
      report({
        message: `Unexpected \`${scheme}\` ${link.kind}, the page shows \`#\` in its place`,
        hint: 'Only http(s), mailto and tel addresses and paths are kept: link to a web page that offers it instead.',
        span: { offset: link.urlOffset, end: link.urlEnd },
      });
    }
  },
};
