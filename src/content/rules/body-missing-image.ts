/** @fileoverview An image (`![alt](src)`, `<img src>`) that names a local file that does not exist. */
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileInBlog, likelyFile, localUrl } from '../body/local-url.ts';
import type { Rule } from '../rule.ts';

export const bodyMissingImage: Rule = {
  id: 'body/missing-image',
  meta: {
    description: 'local images exist, beside the post or under `static/`',
    severity: 'error',
  },
  checkPost({ post, root, report, body, blog }) {
    for (const image of body().links) {
      if (image.kind !== 'image' || image.syntax === 'reference') continue;
      const target = localUrl(image.url);
      if (!target) continue;
      const { basePath } = blog();
      const inSite =
        target.rootRelative && target.path.startsWith(basePath)
          ? `/${target.path.slice(basePath.length)}`
          : target.path;
      // A browser resolves `/../x.png` to `/x.png`: never look outside `static/` for a site path.
      const path = target.rootRelative ? posix.normalize(inSite) : inSite;
      const dir = target.rootRelative ? join(root, 'static') : dirname(post.path);
      const file = fileInBlog(root, dir, target.rootRelative ? `.${path}` : path);
      if (!file) {
        report({
          message: `Unexpected image \`${image.url}\`, it points outside the blog`,
          span: { offset: image.urlOffset, end: image.urlEnd },
        });
        continue;
      }
      if (existsSync(file)) continue;
      const meant = likelyFile(root, dirname(file), posix.basename(path));
      report({
        message: `Unexpected image \`${image.url}\`, no such file ${target.rootRelative ? 'under `static/`' : 'beside the post'}`,
        ...(meant
          ? { hint: `Did you mean \`${posix.join(posix.dirname(path), meant).replace(/^\.\//, '')}\`?` }
          : {}),
        span: { offset: image.urlOffset, end: image.urlEnd },
      });
    }
  },
};
