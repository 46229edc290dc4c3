/** @fileoverview Cutting and cleaning text by what a reader sees: whole characters (graphemes), never half a surrogate pair. */

/**
 * The text with every lone surrogate (half an emoji, cut elsewhere) replaced by U+FFFD, so it encodes as UTF-8.
 * V8's own: the lookbehind regex it replaces took 90 ms for a 10,000-post sitemap's URLs.
 */
export function wellFormed(text: string): string {
  return text.toWellFormed();
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The first character a reader sees (`👩‍💻` whole, not its first UTF-16 unit); '' for ''. */
export function firstGrapheme(text: string): string {
  for (const { segment } of graphemes.segment(text)) return segment;
  return '';
}

/**
 * At most `max` code units, cut at a grapheme boundary, with `…` when anything was cut. Every truncation of
 * user text goes through here, so an emoji or an accented letter is kept whole or left out, never split.
 */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ellipsis.length);
  let out = '';
  // Only the start of the text is segmented: a 1 MB title costs no more than a short one.
  for (const { segment } of graphemes.segment(text.slice(0, room + 16))) {
    if (out.length + segment.length > room) break;
    out += segment;
  }
  return out + ellipsis;
}

/**
 * A copy of plain data whose strings share nothing with the text they were cut from. V8 makes a slice of a
 * long string point into it, so one URL kept from a post would keep the post's whole text in memory.
 */
export function copyStrings<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
