/** @fileoverview Keys the blog does not know are reported, with the closest known key. */
import { knownFrontMatterKeys } from '../../config/defaults.ts';
import { suggest } from '../../util/suggest.ts';
import { foreignKey } from '../foreign-keys.ts';
import { topLevelKeys } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const unknownKey: Rule = {
  id: 'frontmatter/unknown-key',
  meta: {
    description: 'every front-matter key is known, an alias, or listed in `frontMatter.extraKeys`',
    severity: 'warning',
  },
  checkPost({ post, config, report }) {
    const { aliases, extraKeys } = config.frontMatter;
    const known = new Set<string>([
      ...knownFrontMatterKeys,
      ...extraKeys,
      ...aliases.title,
      ...aliases.tags,
      ...aliases.description,
      ...aliases.author,
    ]);
    for (const { key, span } of topLevelKeys(post.source)) {
      if (known.has(key)) continue;
      const trimmed = key.trim();
      if (trimmed !== key && known.has(trimmed)) {
        // `"tags ": [a]` is read as a key nobody uses; the writer meant `tags`.
        report({
          message: `Unexpected spaces in key \`${key}\`, expected \`${trimmed}\``,
          span,
          // JSON front-matter (`---json`) keeps its keys quoted.
          fix: {
            range: [span.offset, span.end],
            text: post.source.language === 'json' ? JSON.stringify(trimmed) : trimmed,
          },
        });
        continue;
      }
      const foreign = foreignKey(trimmed);
      if (foreign) {
        const image = foreign.ours === 'image' ? ' (`image: cover.png` or `image: { src, alt }`)' : '';
        report({
          message: `Unexpected key \`${key}\` (${foreign.whose} name), expected \`${foreign.ours}\``,
          hint: `Rename it to \`${foreign.ours}\`${image}: under this name it is not read.`,
          span,
        });
        continue;
      }
      const guess = suggest(trimmed, knownFrontMatterKeys);
      report({
        message: `Unexpected key \`${key}\``,
        hint: guess
          ? `Did you mean \`${guess}\`?`
          : 'Add it to `frontMatter.extraKeys` in the config if it is meant.',
        span,
      });
    }
  },
};
