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
