/** @fileoverview The arguments of a Hugo shortcode, read as Hugo reads them. */

/**
 * A Hugo shortcode's arguments: named (`src="x.png" alt='y' width=300`, or with spaces around `=` as Hugo's
 * lexer allows: rOpenSci's `src = "x.png"`) or, when none is named, positional words (`spf13 "7896402"`), quotes
 * taken off.
 */
export function shortcodeArgs(args: string): { named: Record<string, string>; words: string[] } {
  const named = Object.fromEntries(
    [...args.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((a) => [
      a[1]!,
      a[2] ?? a[3] ?? a[4] ?? '',
    ]),
  );
  const words = /=/.test(args)
    ? []
    : [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((a) => a[1] ?? a[2] ?? a[3]!);
  return { named, words };
}
