/** @fileoverview Tells a file that is not text (an image, a PDF, an archive saved as `.md`) by its first bytes. */

/**
 * Signatures of files often mistaken for posts, as the bytes read as UTF-8 text: each byte that is not UTF-8
 * is one U+FFFD, so `89 50 4E 47` reads `�PNG`. Matched on the text every post is read as, so a file of 14 bytes
 * (`GIF89a`, all ASCII and valid UTF-8) is told as surely as a large one, with no second read of the file.
 */
const SIGNATURES: [kind: string, start: string][] = [
  ['PNG image', '\uFFFDPNG\r\n\u001a\n'],
  ['JPEG image', '\uFFFD\uFFFD\uFFFD'],
  ['GIF image', 'GIF87a'],
  ['GIF image', 'GIF89a'],
  ['PDF document', '%PDF-'],
  ['ZIP archive (or Word document)', 'PK\u0003\u0004'],
  ['gzip archive', '\u001f\uFFFD'],
];

/** What a file whose text starts with a known signature is (`GIF image`); undefined for anything else. */
export function binarySignature(text: string): string | undefined {
  for (const [kind, start] of SIGNATURES) if (text.startsWith(start)) return kind;
  // `RIFF`, the size in 4 bytes (1 to 4 characters as read), `WEBP`.
  if (text.startsWith('RIFF') && text.slice(5, 12).includes('WEBP')) return 'WebP image';
  return undefined;
}
