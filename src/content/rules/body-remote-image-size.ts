/**
 * @fileoverview A remote image (`![chart](https://…/a.png)`) with no size: the build gives each local image the
 * `width` and `height` of its file, so the page keeps its box while it loads, but never fetches a remote one to
 * read them; without them the text below jumps when it arrives.
 */
import type { Rule } from '../rule.ts';

const WEB = /^\s*(?:https?:)?\/\//i;
const HAS = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']?\\s*\\d`, 'i');
const WIDTH = HAS('width');
const HEIGHT = HAS('height');

export const bodyRemoteImageSize: Rule = {
  id: 'body/remote-image-size',
  meta: {
    description:
      'a remote image has its `width` and `height` written (the build reads a local image’s, never a remote one’s), so the page does not jump when it loads',
    severity: 'warning',
    lintOnly: true,
  },
  checkPost({ config, report, body }) {
    const { links, tags } = body();
    for (const image of links) {
      if (image.kind !== 'image' || image.syntax === 'definition' || !WEB.test(image.url)) continue;
      if (image.droppedIn && !config.markdown.allowHtml) continue;
      const alt = image.text?.replace(/["<>&]/g, '') ?? '';
      const html = `<img src="${image.url}" alt="${alt}" width="800" height="450">`;
      if (image.syntax === 'html') {
        const attributes = tags.find((tag) => tag.offset === image.offset)?.attributes ?? '';
        if (WIDTH.test(attributes) && HEIGHT.test(attributes)) continue;
        report({
          message: `Unexpected remote image \`${image.url}\` without \`width\` and \`height\`, the page jumps when it loads`,
          hint: 'Add its size in pixels, e.g. `width="800" height="450"`, or copy the file into the blog: the build reads a local image’s size.',
          span: { offset: image.offset, end: image.end },
        });
      } else {
        report({
          message: `Unexpected remote image \`${image.url}\` without a size, the page jumps when it loads`,
          hint: `Markdown cannot give an image a size: write it as \`${html}\` with its size in pixels, or copy the file into the blog (the build reads a local image’s size).`,
          span: { offset: image.offset, end: image.end },
        });
      }
    }
  },
};
