/** @fileoverview Every rule, in the order they are documented. */
import type { Rule } from '../rule.ts';
import { bodyBrokenLink } from './body-broken-link.ts';
import { bodyEmptyLink } from './body-empty-link.ts';
import { bodyFootnote } from './body-footnote.ts';
import { bodyHeadingIncrement } from './body-heading-increment.ts';
import { bodyImageAlt } from './body-image-alt.ts';
import { bodyLinkScheme } from './body-link-scheme.ts';
import { bodyMarkdownLimits } from './body-markdown-limits.ts';
import { bodyMath } from './body-math.ts';
import { bodyMissingImage } from './body-missing-image.ts';
import { bodyNestingDepth } from './body-nesting-depth.ts';
import { bodyNoH1 } from './body-no-h1.ts';
import { bodyRemoteImageSize } from './body-remote-image-size.ts';
import { bodyUnclosedComment } from './body-unclosed-comment.ts';
import { draft, toc } from './boolean-keys.ts';
import { date } from './date.ts';
import { description } from './description.ts';
import { duplicateSlug } from './duplicate-slug.ts';
import { encoding } from './encoding.ts';
import { filenameDate } from './filename-date.ts';
import { image } from './image.ts';
import { imageAlt } from './image-alt.ts';
import { missingOpener } from './missing-opener.ts';
import { postsIndex } from './posts-index.ts';
import { redirectConflict } from './redirect-conflict.ts';
import { redirectPath } from './redirect-path.ts';
import { relatedPins } from './related-pins.ts';
import { removedHtml } from './removed-html.ts';
import { requiredKeys } from './required-keys.ts';
import { requiredTitle } from './required-title.ts';
import { scriptEmbed } from './script-embed.ts';
import { series } from './series.ts';
import { seriesCollision } from './series-collision.ts';
import { seriesOrder } from './series-order.ts';
import { seriesTypo } from './series-typo.ts';
import { slug } from './slug.ts';
import { slugPath } from './slug-path.ts';
import { tagCase } from './tag-case.ts';
import { tagCollision } from './tag-collision.ts';
import { tagTypo } from './tag-typo.ts';
import { tags } from './tags.ts';
import { templateSyntax } from './template-syntax.ts';
import { unknownKey } from './unknown-key.ts';
import { updated } from './updated.ts';

export const rules: Rule[] = [
  requiredTitle,
  date,
  updated,
  draft,
  toc,
  tags,
  slug,
  slugPath,
  description,
  image,
  imageAlt,
  requiredKeys,
  unknownKey,
  filenameDate,
  postsIndex,
  duplicateSlug,
  bodyNestingDepth,
  bodyMarkdownLimits,
  relatedPins,
  redirectPath,
  redirectConflict,
  tagCase,
  tagCollision,
  tagTypo,
  series,
  seriesCollision,
  seriesTypo,
  seriesOrder,
  bodyBrokenLink,
  bodyMissingImage,
  bodyNoH1,
  bodyHeadingIncrement,
  bodyImageAlt,
  bodyRemoteImageSize,
  bodyEmptyLink,
  bodyLinkScheme,
  bodyMath,
  bodyUnclosedComment,
  bodyFootnote,
  // Leftovers from other generators (see `blog import`).
  templateSyntax,
  scriptEmbed,
  removedHtml,
  missingOpener,
  encoding,
];

/** Problems that are not a rule's: the front-matter could not be read at all. Listed for `--rule` and SARIF. */
export const syntaxRule = {
  id: 'frontmatter/syntax',
  meta: { description: 'the front-matter is YAML that parses', severity: 'error' as const },
};

/** Every rule's id, description and default severity, as SARIF's rule table lists them. */
export function ruleCatalogue(): { id: string; description: string; severity: 'error' | 'warning' }[] {
  return [syntaxRule, ...rules].map((r) => ({
    id: r.id,
    description: r.meta.description,
    severity: r.meta.severity,
  }));
}
