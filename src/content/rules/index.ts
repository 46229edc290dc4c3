/** @fileoverview Every rule, in the order they are documented. */
import type { Rule } from '../rule.ts';
import { date } from './date.ts';
import { description } from './description.ts';
import { draft } from './draft.ts';
import { duplicateSlug } from './duplicate-slug.ts';
import { filenameDate } from './filename-date.ts';
import { image } from './image.ts';
import { missingImage } from './missing-image.ts';
import { missingOpener } from './missing-opener.ts';
import { relatedPins } from './related-pins.ts';
import { requiredKeys } from './required-keys.ts';
import { requiredTitle } from './required-title.ts';
import { scriptEmbed } from './script-embed.ts';
import { slug } from './slug.ts';
import { tags } from './tags.ts';
import { templateSyntax } from './template-syntax.ts';
import { unknownKey } from './unknown-key.ts';
import { updated } from './updated.ts';

export const rules: Rule[] = [
  requiredTitle,
  date,
  updated,
  draft,
  tags,
  slug,
  description,
  image,
  requiredKeys,
  unknownKey,
  duplicateSlug,
  relatedPins,
  // Leftovers from other generators (see `blog import`).
  missingOpener,
  filenameDate,
  templateSyntax,
  missingImage,
  scriptEmbed,
];
