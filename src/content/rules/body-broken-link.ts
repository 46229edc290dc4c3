/** @fileoverview A link to another post (`./2019-01-01-x.md`, `/posts/x/`) or a file of the blog that does not exist. */
import { basename, dirname, posix } from 'node:path';
import { postFileKey } from '../../util/post-file-key.ts';
import { permalink } from '../../util/urls.ts';
import { likelyFile, likelyPost, likelyUrl, relativeFrom } from '../body/likely-target.ts';
import { nameParts } from '../post.ts';
import { localUrl } from '../resolve-reference.ts';
import type { Rule } from '../rule.ts';

const MARKDOWN = /\.(md|markdown)$/i;
const HAS_EXTENSION = /\.[a-z0-9]{1,8}$/i;

export const bodyBrokenLink: Rule = {
  id: 'body/broken-link',
  meta: {
    description: 'links to other posts and to files of the blog point at something that exists',
    severity: 'error',
  },
  checkPost({ post, root, config, report, body, blog, resolve }) {
    for (const link of body().links) {
      // A reference is checked once, at its definition.
      if (link.kind !== 'link' || link.syntax === 'reference') continue;
      // Removed with the element around it (`<foreignObject>`): `content/removed-html` says so, at that element.
      if (link.droppedIn && !config.markdown.allowHtml) continue;
      const target = localUrl(link.url);
      if (!target) continue;
      const span = { offset: link.urlOffset, end: link.urlEnd };
      const index = blog();
      if (!target.rootRelative && MARKDOWN.test(target.path)) {
        const file = posix.normalize(posix.join(posix.dirname(post.file), target.path));
        if (index.byFile.has(postFileKey(file))) continue;
        const meant = likelyPost(nameParts(file).stem, index.byFile.values());
        report({
          message: `Unexpected link to \`${link.url}\`, no post has that file`,
          ...(meant
            ? { hint: `Did you mean \`${relativeFrom(posix.dirname(post.file), meant.file)}\`?` }
            : {}),
          span,
        });
      } else if (target.rootRelative) {
        const inSite = target.path.startsWith(index.basePath)
          ? `/${target.path.slice(index.basePath.length)}`
          : target.path;
        // `/posts/x/index.html` is the page `/posts/x/`.
        const path = posix.normalize(inSite).replace(/\/index\.html$/, '/');
        // An old URL a post keeps (`aliases`, `redirect_from`) is a redirect page to it, whatever its shape:
        // `/archive/2006/02/05/Tables.aspx` too, which hosts serve from the page `/archive/2006/02/05/Tables.aspx/`.
        if (index.byRedirect.has(path) || index.byRedirect.has(`${path.replace(/\/$/, '')}/`)) continue;
        if (index.permalinkShape.test(path) && !SITE_PAGES.test(path)) {
          const page = path.endsWith('/') || path.endsWith('.html') ? path : `${path}/`;
          // An old URL a post keeps (`aliases`) is a redirect page to it: the link works.
          if (index.byPermalink.has(page) || index.byRedirect.has(page)) continue;
          const slug = page
            .replace(/\/$/, '')
            .split('/')
            .pop()!
            .replace(/\.html$/, '');
          const meant = likelyPost(slug, index.byFile.values());
          if (!index.permalinkHasPrefix && !meant) continue;
          report({
            message: `Unexpected link to \`${link.url}\`, no post has that address`,
            ...(meant?.date
              ? {
                  hint: `Did you mean \`${permalink(config.permalink, { slug: meant.slug, date: meant.date })}\`?`,
                }
              : {}),
            span,
          });
        } else if (HAS_EXTENSION.test(path) && !GENERATED.test(path)) {
          const found = resolve(link.url, 'file');
          if (found.kind === 'outside')
            report({ message: `Unexpected link to \`${link.url}\`, it points outside the blog`, span });
          else if (found.kind === 'missing')
            report({ message: `Unexpected link to \`${link.url}\`, no such file under \`static/\``, span });
        }
      } else if ((HAS_EXTENSION.test(target.path) && !/\.html?$/i.test(target.path)) || likelyUrl(link.url)) {
        const found = resolve(link.url, 'file');
        if (found.kind === 'outside') {
          report({ message: `Unexpected link to \`${link.url}\`, it points outside the blog`, span });
          continue;
        }
        if (found.kind !== 'missing') continue;
        // `[x](www.graphql.org)`: an address written without `https://` is a path to a browser too.
        const url = likelyUrl(link.url);
        const meant = url ?? likelyFile(root, dirname(found.path), basename(found.path));
        report({
          message: `Unexpected link to \`${link.url}\`, no such file beside the post`,
          ...(meant
            ? { hint: `Did you mean \`${url ?? posix.join(posix.dirname(target.path), meant)}\`?` }
            : {}),
          span,
        });
      }
    }
  },
};

/** Pages the build makes besides posts. */
const SITE_PAGES = /^\/(tags|page)(\/|$)/;

/** Files the build writes itself, which are not in `static/`. */
const GENERATED = /^\/(atom\.xml|rss\.xml|feed\.xml|sitemap\.xml|robots\.txt|404\.html|assets\/)/;
