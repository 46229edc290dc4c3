/** @fileoverview Stage 1: every post file read, parsed and validated into posts (or a BlogError listing every error). */
import type { BuildCache } from '../cache/build-cache.ts';
import type { SiteConfig } from '../config/schema.ts';
import { parseSourceFile, type SourceFile } from '../content/frontmatter.ts';
import { readSourceFiles } from '../content/load.ts';
import { type DatedPost, type Post, toPost } from '../content/post.ts';
import { validatePosts } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface LoadedPosts {
  /** Every post, drafts and future ones included, in file order. Validation has checked each has a date. */
  posts: DatedPost[];
  warnings: Diagnostic[];
}

/** Loads and validates every post; throws a BlogError listing every error when there is one. */
export function loadPosts(
  root: string,
  config: SiteConfig,
  from?: { sources: readonly SourceFile[]; cache: BuildCache | undefined },
): LoadedPosts {
  const sources = from?.sources ?? readSourceFiles(root);
  const cache = from?.cache;
  const posts = sources.map((s) =>
    cache ? cache.posts.loadPost(s, config) : toPost(parseSourceFile(s), config),
  );
  const diagnostics = validatePosts(posts, config, root, cache ? { cache: cache.posts.checks } : {});
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new BlogError(
      'CONTENT_INVALID',
      `${errors.length} error${errors.length === 1 ? '' : 's'} in the posts; nothing was written.`,
      {
        diagnostics: errors,
        hint: 'Fix the problems above (`blog lint` lists warnings too), then build again.',
      },
    );
  }
  return { posts: posts.map(assertDated), warnings: diagnostics };
}

/** The date rule reports every post without a usable date as an error, so none reaches here. */
function assertDated(post: Post): DatedPost {
  if (!post.date) throw new Error(`${post.file} passed validation without a date`);
  return post as DatedPost;
}
