/** @fileoverview Default values of every config key, and the config file's name. */

export const CONFIG_FILE = 'blog.config.json';
/** Written into every build output so `--out` can tell a previous build from a user's folder. */
export const OUTPUT_MARKER = '.blog-build';

export const defaultAliases = {
  // Eleventy's own news posts keep their title in `newstitle`.
  title: ['newstitle'],
  tags: ['categories', 'category', 'keywords'],
  description: ['summary', 'excerpt', 'teaser', 'subtitle'],
  // Jekyll sites write the byline as `by:` (scala-lang's 218 posts) or `byline:`.
  author: ['authors', 'by', 'byline'],
};

/** Keys every post may carry without an unknown-key warning. */
export const knownFrontMatterKeys = [
  'title',
  'date',
  'updated',
  'tags',
  'description',
  'draft',
  'slug',
  'author',
  'image',
  'imageAlt',
  'related',
  // A table of contents on the post's page (the config's `toc` otherwise).
  'toc',
  // Jekyll's `published: false` is read as a draft.
  'published',
  // Old URLs of the post (Hugo, Jekyll): redirect pages.
  'aliases',
  'redirect_from',
  // A post series (PaperMod's `series` taxonomy, jekyll-series): its name, and the post's place in it.
  'series',
  'seriesOrder',
  'series_order',
] as const;
