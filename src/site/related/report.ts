/** @fileoverview What `blog related` shows: one post's picks with scores and reasons, as data and as text. */
import type { RelatedPick } from './index.ts';

export interface ReportedPost {
  slug: string;
  title: string;
  file: string;
  date: string;
}

export interface RelatedReport {
  post: ReportedPost;
  related: (ReportedPost & Omit<RelatedPick, 'index'>)[];
}

/** Joins the picks of `explain()` with the posts they point at. */
export function toRelatedReport(
  post: ReportedPost,
  picks: readonly RelatedPick[],
  posts: readonly ReportedPost[],
): RelatedReport {
  return {
    post,
    related: picks.map(({ index, ...pick }) => ({ ...posts[index]!, ...pick })),
  };
}

const FALLBACK = { 'shared-tag': 'newest sharing a tag', recent: 'newest post' } as const;

/**
 * The list as aligned text; with `explain`, each pick is followed by the tags and terms the two posts share:
 *
 *   1  0.794   moving-the-file-server-to-sharepoint  Moving the Office File Server to SharePoint
 *              tags 0.745  microsoft-365 (2.48)
 *              text 0.137  sharepoint, permissions, library, folder
 */
export function formatRelatedText(report: RelatedReport, explain: boolean): string {
  const lines = [`Related to ${report.post.file} (${report.post.title}):`];
  if (report.related.length === 0) {
    lines.push('  none: no other post can be listed (with `related.includeNewer: false`, no older one)');
    return `${lines.join('\n')}\n`;
  }
  const slugWidth = Math.max(...report.related.map((r) => r.slug.length));
  report.related.forEach((r, i) => {
    const score = r.pinned ? 'pinned' : r.score.toFixed(3);
    const filled = r.fallback ? `  (fallback: ${FALLBACK[r.fallback]})` : '';
    lines.push(
      `  ${String(i + 1).padStart(2)}  ${score.padEnd(6)}  ${r.slug.padEnd(slugWidth)}  ${r.title}${filled}`,
    );
    if (!explain) return;
    const indent = ' '.repeat(14);
    const tags = r.tags.shared.map((t) => `${t.tag} (${t.weight.toFixed(2)})`).join(', ');
    const terms = r.text.terms.map((t) => t.term).join(', ');
    lines.push(`${indent}tags ${r.tags.score.toFixed(3)}  ${tags || 'none shared'}`);
    lines.push(`${indent}text ${r.text.score.toFixed(3)}  ${terms || 'no shared terms'}`);
  });
  if (explain)
    lines.push(
      '',
      'Score: tag and text closeness, each relative to the best candidate, mixed by related.weights.',
      'Tags: cosine of rarity-weighted tags (the weight of each shared tag in brackets).',
      'Text: cosine of TF-IDF word vectors; the shared words that add most to it.',
      ...(report.related.some((r) => r.fallback)
        ? [
            'Fallback: too few posts scored above related.minScore to fill related.count, so the newest posts',
            'sharing a tag, then the newest posts, fill the list.',
          ]
        : []),
    );
  return `${lines.join('\n')}\n`;
}
