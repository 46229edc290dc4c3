/**
 * @fileoverview Other generators' command names (`astro dev`, `hexo generate`) that are too far from ours for
 * commander's did-you-mean: `blog dev` said "unknown command" and nothing more to someone who knows Astro.
 */

const FOREIGN_COMMANDS: Readonly<Record<string, string>> = {
  dev: 'serve? `blog serve` is the live-reloading preview (Astro’s and Vite’s `dev`)',
  preview: 'serve? `blog serve` builds the site and previews it (drafts shown; `--no-drafts` as published)',
  check: 'lint? `blog lint` checks every post (Astro’s `check`)',
  generate: 'build? `blog build` writes the site to dist/ (Hexo’s `generate`)',
  g: 'build? `blog build` writes the site to dist/ (Hexo’s `g`)',
};

/**
 * Commander's "unknown command" text with our did-you-mean added when the name is another generator's;
 * any other text as it is.
 */
export function withForeignCommandHint(text: string): string {
  const name = /^error: unknown command '([^']+)'\n$/.exec(text)?.[1];
  const hint =
    name !== undefined && Object.hasOwn(FOREIGN_COMMANDS, name) ? FOREIGN_COMMANDS[name] : undefined;
  return hint ? `${text}(Did you mean ${hint}.)\n` : text;
}
