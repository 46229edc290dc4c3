/**
 * @fileoverview Front-matter keys spelt as the blog reads them: Hugo matches keys in any case (`Title:`,
 * `Author:`), so an import from Hugo gives them their usual spelling; a title kept under another key (11ty's
 * `newstitle`) becomes `title`. Changes are noted at the source's lines.
 */
import { isMap, isScalar } from 'yaml';
import { defaultAliases, knownFrontMatterKeys } from '../config/defaults.ts';
import type { SiteConfig } from '../config/schema.ts';
import { lineOfKey, type ReadPost } from './convert-post.ts';
import type { SourceKind } from './types.ts';

/** Hugo's own keys that the import reads or reports, in their documented spelling. */
const HUGO_KEYS = [
  'publishDate',
  'lastmod',
  'expiryDate',
  'aliases',
  'url',
  'layout',
  'summary',
  'weight',
  'type',
];

/** Generators whose front-matter keys are case-insensitive. */
const CASE_INSENSITIVE: readonly SourceKind[] = ['hugo'];

export function normaliseKeys(
  post: Pick<ReadPost, 'matter' | 'text' | 'found' | 'changed'>,
  kind: SourceKind,
  config: SiteConfig,
): void {
  const { doc } = post.matter;
  if (!isMap(doc.contents)) return;
  const note = (key: string, message: string) =>
    post.changed.push({ file: post.found.rel, line: lineOfKey(post.text, key), message });
  if (kind === 'hugo') liftHugoParams(post, note);
  liftTaxonomies(post, note);
  if (CASE_INSENSITIVE.includes(kind)) {
    const canonical = new Map(
      [...knownFrontMatterKeys, ...Object.values(defaultAliases).flat(), 'categories', ...HUGO_KEYS].map(
        (k) => [k.toLowerCase(), k],
      ),
    );
    // PaperMod's (and other themes') switch for the table of contents.
    canonical.set('showtoc', 'toc');
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const written = String(pair.key.value);
      const meant = canonical.get(written.toLowerCase());
      if (!meant || meant === written || doc.has(meant)) continue;
      pair.key.value = meant;
      const why =
        written.toLowerCase() === meant.toLowerCase()
          ? `${kind} reads keys in any case`
          : "the theme's switch for a table of contents";
      note(written, `\`${written}\` → \`${meant}\` (${why})`);
    }
  }
  const title = doc.get('title');
  if (title == null || String(title).trim() === '') {
    const alias = config.frontMatter.aliases.title.find((k) => doc.has(k) && String(doc.get(k) ?? '').trim());
    if (alias) {
      doc.set('title', doc.get(alias));
      doc.delete(alias);
      note(alias, `\`${alias}\` → \`title\` (a title under another key; see \`frontMatter.aliases.title\`)`);
    }
  }
}

/**
 * A `[taxonomies]` table in front-matter, as Zola writes a post's tags (`[taxonomies] tags = ["linux"]`, on
 * strugglers.net, imported as Hugo for its TOML): the taxonomies this blog reads (`tags`, `categories`,
 * `authors`…) move to the top, unless the top has one already. Left there, the tags were lost and the report
 * advised deleting the table that held them.
 */
function liftTaxonomies(post: Pick<ReadPost, 'matter'>, note: (key: string, message: string) => void): void {
  const { doc } = post.matter;
  if (!isMap(doc.get('taxonomies'))) return;
  const readHere = new Set(
    [...knownFrontMatterKeys, ...Object.values(defaultAliases).flat(), 'categories'].map((k) =>
      k.toLowerCase(),
    ),
  );
  const lifted = liftKeys(doc, 'taxonomies', (key) => readHere.has(key.toLowerCase()) && !doc.has(key));
  if (lifted.length)
    note(
      'taxonomies',
      `\`taxonomies.${lifted.join('`, `taxonomies.')}\` → \`${lifted.join('`, `')}\` (the post's taxonomies, read here at the top)`,
    );
}

/**
 * Hugo's `params:` table in front-matter (Hugo 0.123+, as every post on linkerd.io writes `params: { author:
 * william }`) holds the page's own parameters, the same `.Params` a key at the top gives: its keys move to the
 * top, where this blog reads them; one the top already has stays under `params`.
 */
function liftHugoParams(post: Pick<ReadPost, 'matter'>, note: (key: string, message: string) => void): void {
  const { doc } = post.matter;
  const params = doc.get('params');
  if (!isMap(params) || !isMap(doc.contents)) return;
  const top = new Set(
    doc.contents.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value).toLowerCase()] : [])),
  );
  const lifted = liftKeys(doc, 'params', (key) => !top.has(key.toLowerCase()));
  if (lifted.length)
    note(
      'params',
      `\`params.${lifted.join('`, `params.')}\` → \`${lifted.join('`, `')}\` (Hugo reads a page's params from either place)`,
    );
}

/**
 * Moves the keys of the map under `name` that `lift` accepts to the top of the front-matter, drops the map
 * when nothing is left in it, and returns the keys moved.
 */
function liftKeys(doc: ReadPost['matter']['doc'], name: string, lift: (key: string) => boolean): string[] {
  const table = doc.get(name);
  if (!isMap(table)) return [];
  const lifted: string[] = [];
  for (const pair of [...table.items]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!lift(key)) continue;
    doc.set(key, pair.value);
    table.delete(pair.key);
    lifted.push(key);
  }
  if (table.items.length === 0) doc.delete(name);
  return lifted;
}
