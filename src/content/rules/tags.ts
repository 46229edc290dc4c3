/** @fileoverview `tags` is a list of strings; a comma string is accepted with a fixable warning. */
import { isScalar, isSeq, stringify } from 'yaml';
import { tagSlug } from '../../util/slug.ts';
import { describe } from '../dates.ts';
import { findPair, type Span, valueSpan } from '../frontmatter.ts';
import { type Post, pick, readTags } from '../post.ts';
import type { PostContext, Rule } from '../rule.ts';

/** Tags on one post past which it is surely a paste (a keyword list, an index): each one is a page of the site. */
export const MAX_TAGS_PER_POST = 100;

export const tags: Rule = {
  id: 'frontmatter/tags',
  meta: { description: '`tags` is a list of strings', severity: 'error', fixable: true },
  checkPost({ post, config, report }) {
    const found = pick(post.data, 'tags', config.frontMatter.aliases.tags);
    if (!found) return;
    const { key, value } = found;
    const span = valueSpan(post.source, key);
    if (typeof value === 'string') {
      // A single tag (`category: Security`) is fine for an alias; a comma string is a list written flat.
      if (!value.includes(',') && key !== 'tags') return;
      const list = readTags(value);
      report({
        message: `Unexpected comma string for \`${key}\`, expected a list`,
        hint: `Write \`${key}: [${list.join(', ')}]\`.`,
        span,
        ...(span
          ? {
              fix: {
                range: [span.offset, span.end] as [number, number],
                text:
                  post.source.language === 'json'
                    ? JSON.stringify(list)
                    : stringify(list, { flow: true }).trim(),
              },
            }
          : {}),
        severity: 'warning',
      });
      return;
    }
    if (!Array.isArray(value)) {
      report({ message: `Unexpected ${describe(value)} for \`${key}\`, expected a list of strings`, span });
      return;
    }
    for (const item of value) {
      if (typeof item !== 'string' && typeof item !== 'number') {
        report({ message: `Unexpected ${describe(item)} in \`${key}\`, expected a string`, span });
        return;
      }
    }
    if (value.some((item) => typeof item === 'number')) reportRewrittenNumbers(post, key, report);
    // 100,000 tags pasted into one post built 100,000 tag pages (1.2 GB, 9 minutes) without a word.
    if (value.length > MAX_TAGS_PER_POST)
      report({
        message: `Unexpected ${value.length.toLocaleString('en')} tags in \`${key}\`, expected at most ${MAX_TAGS_PER_POST}: each tag is a page of the site`,
        hint: 'Keep the few tags a reader would follow; put keywords in the text or `description`.',
        span,
        severity: 'warning',
      });
    // `/`, `..`, `?` or an emoji have no letter or digit for a URL: each such tag was put on /tags/untitled/.
    for (const tag of readTags(value))
      if (tagSlug(tag) === 'untitled' && !/^untitled$/i.test(tag.trim()))
        report({
          message: `Tag \`${tag}\` has no letter or digit for its page's URL: it is listed on /tags/untitled/`,
          hint: 'Give the tag a word, or remove it.',
          span,
          severity: 'warning',
        });
    const allowed = config.frontMatter.allowedTags;
    if (allowed) {
      const set = new Set(allowed);
      for (const tag of readTags(value)) {
        if (!set.has(tag))
          report({
            message: `Unexpected tag \`${tag}\`, expected one of the tags allowed in the config`,
            span,
          });
      }
    }
  },
};

/**
 * A tag YAML reads as a number is published as the number's own spelling: `3.10` became the tag `3.1`,
 * `007` the tag `7`, `0x1F` the tag `31`, without a word. Each such item is named, with its written text
 * quoted as the fix; a number spelt as JavaScript spells it (`2024`) is the tag written and left alone.
 */
function reportRewrittenNumbers(post: Post, key: string, report: PostContext['report']): void {
  const node = findPair(post.source, key)?.value;
  if (!isSeq(node)) return;
  for (const item of node.items) {
    if (!isScalar(item) || typeof item.value !== 'number' || !item.range) continue;
    const span: Span = {
      offset: post.source.matterOffset + item.range[0],
      end: post.source.matterOffset + item.range[1],
    };
    const written = post.source.text.slice(span.offset, span.end);
    const read = String(item.value);
    if (written === read) continue;
    report({
      message: `Unexpected number \`${written}\` in \`${key}\`, published as the tag \`${read}\``,
      hint: `Quote it to keep the tag as written: \`"${written}"\`.`,
      span,
      fix: { range: [span.offset, span.end], text: JSON.stringify(written) },
      severity: 'warning',
    });
  }
}
