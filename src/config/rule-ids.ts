/**
 * @fileoverview The lint rule ids a config may name in `lint.rules`, as data at the bottom of the import
 * graph so config validation needs no rule code. `test/config/rule-ids.test.ts` keeps it equal to
 * the rules in `src/content/rules/index.ts`: add a rule there, add its id here.
 */

export const RULE_IDS: readonly string[] = [
  'frontmatter/syntax',
  'frontmatter/title',
  'frontmatter/date',
  'frontmatter/updated',
  'frontmatter/draft',
  'frontmatter/toc',
  'frontmatter/tags',
  'frontmatter/slug',
  'frontmatter/slug-path',
  'frontmatter/description',
  'frontmatter/image',
  'frontmatter/image-alt',
  'frontmatter/required',
  'frontmatter/unknown-key',
  'content/filename-date',
  'content/posts-index',
  'blog/duplicate-slug',
  'body/nesting-depth',
  'body/markdown-limits',
  'frontmatter/related',
  'frontmatter/redirect-path',
  'blog/redirect-conflict',
  'blog/tag-case',
  'blog/tag-collision',
  'blog/tag-typo',
  'frontmatter/series',
  'blog/series-collision',
  'blog/series-typo',
  'blog/series-order',
  'body/broken-link',
  'body/missing-image',
  'body/no-h1',
  'body/heading-increment',
  'body/image-alt',
  'body/remote-image-size',
  'body/empty-link',
  'body/link-scheme',
  'body/math',
  'body/unclosed-comment',
  'body/footnote',
  'content/template-syntax',
  'content/script-embed',
  'content/removed-html',
  'content/missing-opener',
  'content/encoding',
];

/** Rules the build needs: they cannot be turned off or down to a warning. */
export const ESSENTIAL_RULE_IDS: readonly string[] = [
  'frontmatter/syntax',
  'frontmatter/date',
  'frontmatter/slug-path',
  'body/markdown-limits',
];
