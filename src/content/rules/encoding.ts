/** @fileoverview A post is UTF-8 text: a UTF-16 file (Notepad's "Unicode") or Latin-1 bytes are named, not shown as `�`. */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { isUtf16 } from '../../util/utf16.ts';
import type { Rule } from '../rule.ts';

export const encoding: Rule = {
  id: 'content/encoding',
  meta: { description: 'the post is UTF-8 text', severity: 'error' },
  checkPost({ post, report }) {
    // Every post is read as UTF-8, which turns each byte it cannot decode into U+FFFD: only a post with one is
    // read again as bytes, to tell a file that is not UTF-8 from a `�` written on purpose.
    // A NUL is valid UTF-8, so it is looked for too: UTF-16 without a byte-order mark (ASCII with a NUL beside
    // each letter) decodes without a `�`, and reads as a post with no front-matter.
    const at = post.source.text.indexOf('\uFFFD');
    const nul = post.source.text.indexOf('\0');
    if (at < 0 && nul < 0) return;
    let bytes: Buffer;
    try {
      bytes = readFileSync(post.path);
    } catch {
      return;
    }
    if (isUtf16(bytes)) {
      report({
        message: 'Unexpected UTF-16 text, expected UTF-8: nothing in this file can be read',
        hint: 'Save the file as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8).',
      });
      return;
    }
    if (isUtf8(bytes)) {
      if (nul >= 0)
        report({
          message: 'Unexpected NUL character, left off the page',
          hint: 'Delete it: it is invisible in most editors, and often comes with text pasted from a terminal or a PDF.',
          span: { offset: nul, end: nul + 1 },
          severity: 'warning',
        });
      return;
    }
    // A file that is not text at all: no encoding would make it a post. One with an image's or an archive's
    // signature is never a post to check (content/binary-signature.ts).
    const kind = binaryKind(bytes);
    if (kind) {
      report({
        message: `Unexpected ${kind}, expected Markdown text: this file is not a post`,
        hint: 'Move it out of `posts/` (an image beside a post keeps its own extension), or replace it with the post.',
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

/** A file that is not text by its NUL bytes; one with a known signature (an image) is told as it is read. */
function binaryKind(bytes: Buffer): string | undefined {
  return bytes.subarray(0, 8192).includes(0) ? 'binary file (it holds NUL bytes)' : undefined;
}
