/** @fileoverview An image (`![alt](src)`, `<img src>`) that names a local file that does not exist. */
import { basename, dirname, posix } from 'node:path';
import { likelyFile } from '../body/likely-target.ts';
import type { Rule } from '../rule.ts';

export const bodyMissingImage: Rule = {
  id: 'body/missing-image',
  meta: {
    description: 'local images exist, beside the post, under `static/` or under `images.dir`',
    severity: 'error',
  },
  checkPost({ root, config, report, body, resolve }) {
    for (const image of body().links) {
      if (image.kind !== 'image' || image.syntax === 'reference') continue;
      // Removed with the element around it (`<foreignObject>`): `content/removed-html` says so, at that element.
      if (image.droppedIn && !config.markdown.allowHtml) continue;
      const found = resolve(image.url, 'image');
      if (found.kind === 'remote' || found.kind === 'found') continue;
      const span = { offset: image.urlOffset, end: image.urlEnd };
      if (found.kind === 'outside') {
        report({ message: `Unexpected image \`${image.url}\`, it points outside the blog`, span });
        continue;
      }
      const written = image.url.trim().split(/[?#]/)[0]!;
      const inStatic = written.startsWith('/');
      const meant = likelyFile(root, dirname(found.path), basename(found.path));
      report({
        message: `Unexpected image \`${image.url}\`, no such file ${inStatic ? 'under `static/`' : 'beside the post'}`,
        ...(meant
          ? { hint: `Did you mean \`${posix.join(posix.dirname(written), meant).replace(/^\.\//, '')}\`?` }
          : {}),
        span,
      });
    }
  },
};
