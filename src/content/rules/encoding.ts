/** @fileoverview A post is UTF-8 text: a UTF-16 file (Notepad's "Unicode") or Latin-1 bytes are named, not shown as `�`. */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Rule } from '../rule.ts';

export const encoding: Rule = {
  id: 'content/encoding',
  meta: { description: 'the post is UTF-8 text', severity: 'error' },
  checkPost({ post, report }) {
    // Every post is read as UTF-8, which turns each byte it cannot decode into U+FFFD: only a post with one is
    // read again as bytes, to tell a file that is not UTF-8 from a `�` written on purpose.
    const at = post.source.text.indexOf('\uFFFD');
    if (at < 0) return;
    let bytes: Buffer;
    try {
      bytes = readFileSync(post.path);
    } catch {
      return;
    }
    if (isUtf8(bytes)) return;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      report({
        message: 'Unexpected UTF-16 text, expected UTF-8: nothing in this file can be read',
        hint: 'Save the file as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8).',
      });
      return;
    }
    report({
      message: 'Unexpected bytes that are not UTF-8, shown on the page as `�`',
      hint: 'Save the file as UTF-8; it is probably Windows-1252 or Latin-1 (`iconv -f windows-1252 -t utf-8`).',
      span: { offset: at, end: at + 1 },
      // The rest of the post reads as written: the site still builds.
      severity: 'warning',
    });
  },
};
