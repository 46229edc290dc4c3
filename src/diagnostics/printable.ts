/** @fileoverview The one guard between text that came from a file and the terminal: control characters shown, not obeyed. */

/**
 * Characters a terminal obeys rather than shows: C0 controls except tab and newline (ESC starts a sequence that
 * can retitle the window, move the cursor or clear the line; CR overwrites it), DEL, C1 controls (U+009B is a
 * one-byte CSI to some terminals), and the bidi overrides that reorder what is shown (Trojan Source).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this neutralises.
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_OR_COLOR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the colour sequences our own printers add.
  /\x1B\[[0-9;]*m|[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `\u001B` for ESC: visible, and the same escape JSON uses, so JSON output stays valid JSON. */
const shown = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A string from a file (a title, a path, a message quoting a value) made safe to print. */
export function printable(text: string): string {
  return text.replace(CONTROL, shown);
}

/**
 * Everything the logger writes passes here last: the colour sequences our own printers add stay (they are only
 * ever `ESC [ … m`), every other control character is shown as `\uXXXX`. A post can at worst be coloured.
 */
export function printableOutput(text: string): string {
  return text.replace(CONTROL_OR_COLOR, (c) => (c.length > 1 ? c : shown(c)));
}

/** The longest quoted value (`…`) a message shows: a 10,000-character title must not make a 22 KB line. */
export const MAX_QUOTED = 80;

/** Cuts every `quoted` value longer than MAX_QUOTED characters in a message, keeping its start. */
export function shortenQuoted(message: string): string {
  if (message.length <= MAX_QUOTED) return message;
  // Counted from the start, every odd span between backticks is a quoted value and every even one prose: a
  // regex for "a long span between two backticks" would as gladly take the prose between two values. After a
  // last backtick that nothing closes comes prose too.
  const spans = message.split('`');
  const closed = spans.length % 2 === 1 ? spans.length : spans.length - 1;
  for (let i = 1; i < closed; i += 2) spans[i] = cut(spans[i]!);
  return spans.join('`');
}

function cut(value: string): string {
  const chars = Array.from(value);
  return chars.length <= MAX_QUOTED ? value : `${chars.slice(0, MAX_QUOTED - 1).join('')}…`;
}
