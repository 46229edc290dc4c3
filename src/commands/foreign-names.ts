/**
 * @fileoverview Other generators' command and flag names (`astro dev`, `hexo generate`, `hugo server -D`) that are
 * too far from ours for commander's did-you-mean: `blog dev` said "unknown command" and nothing more to someone
 * who knows Astro, `blog serve -D` "unknown option '-D'" to someone who knows Hugo.
 */

const FOREIGN_COMMANDS: Readonly<Record<string, string>> = {
  dev: 'serve? `blog serve` is the live-reloading preview (Astro’s and Vite’s `dev`)',
  preview: 'serve? `blog serve` builds the site and previews it (drafts shown; `--no-drafts` as published)',
  check: 'lint? `blog lint` checks every post (Astro’s `check`)',
  generate: 'build? `blog build` writes the site to dist/ (Hexo’s `generate`)',
  g: 'build? `blog build` writes the site to dist/ (Hexo’s `g`)',
};

const DRAFTS =
  '--drafts? `blog build --drafts` includes drafts (Hugo’s `-D`); `blog serve` shows them already';
const FUTURE = '--future? It includes posts dated after now (Hugo’s `-F`)';
const FOREIGN_OPTIONS: Readonly<Record<string, string>> = {
  '-D': DRAFTS,
  '--buildDrafts': DRAFTS,
  '-F': FUTURE,
  '--buildFuture': FUTURE,
  '--destination': '--out? It names the output folder, as Hugo’s `--destination` does',
  '--baseURL': '--base-url? It is Hugo’s `--baseURL`',
};

/**
 * Commander's "unknown command" or "unknown option" text, with our did-you-mean added when the name is another
 * generator's and commander found none; any other text as it is.
 */
export function withForeignNameHint(text: string): string {
  const found = /^error: unknown (command|option) '([^']+)'\n$/.exec(text);
  if (!found) return text;
  const names = found[1] === 'command' ? FOREIGN_COMMANDS : FOREIGN_OPTIONS;
  const hint = Object.hasOwn(names, found[2]!) ? names[found[2]!] : undefined;
  return hint ? `${text}(Did you mean ${hint}.)\n` : text;
}
