/** @fileoverview Images in a body that point at files that are not there (beside the post, or under `static/`). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Rule } from '../rule.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MD_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi;

export const missingImage: Rule = {
  id: 'content/missing-image',
  meta: { description: 'images in the body are files that exist', severity: 'warning' },
  checkPost({ post, root, report }) {
    let offset = post.bodyOffset;
    let inFence = false;
    for (const line of post.body.split('\n')) {
      if (FENCE.test(line)) inFence = !inFence;
      else if (!inFence) {
        for (const pattern of [MD_IMAGE, HTML_IMAGE]) {
          for (const m of line.matchAll(pattern)) {
            const url = m[1]!;
            if (isRemote(url) || exists(url, post.path, root)) continue;
            const at = offset + m.index + m[0].indexOf(url);
            report({
              message: `Unexpected image \`${url}\`, no such file`,
              hint: url.startsWith('/')
                ? `Put it at \`static${decodeURI(url.split(/[?#]/)[0]!)}\`, or fix the path.`
                : 'Put it beside the post (a folder with index.md), or fix the path.',
              span: { offset: at, end: at + url.length },
            });
          }
        }
      }
      offset += line.length + 1;
    }
  },
};

function isRemote(url: string): boolean {
  // Template leftovers are reported by content/template-syntax, not twice here.
  return /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.includes('{{') || url.includes('{%');
}

function exists(url: string, postPath: string, root: string): boolean {
  let clean: string;
  try {
    clean = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return false;
  }
  const candidates = clean.startsWith('/')
    ? [join(root, 'static', clean)]
    : [join(dirname(postPath), clean), join(root, 'static', clean)];
  return candidates.some((c) => existsSync(c));
}
