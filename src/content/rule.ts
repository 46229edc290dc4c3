/** @fileoverview What a lint rule is: an id, a default severity, and a check over one post or the whole blog. */
import type { SiteConfig } from '../config/schema.ts';
import type { Diagnostic, Fix, RelatedLocation, Severity } from '../diagnostics/diagnostic.ts';
import type { BlogIndex } from './blog-index.ts';
import type { BodyScan } from './body/scan-body.ts';
import type { Span } from './frontmatter.ts';
import type { Post } from './post.ts';
import type { ReferenceKind, ResolvedReference } from './resolve-reference.ts';

export interface Report {
  message: string;
  hint?: string;
  /** Whole-file offsets; the start of the file when absent. */
  span?: Span;
  fix?: Fix;
  related?: RelatedLocation[];
  /** Overrides the rule's default severity for this one report (a lesser form of the same problem). */
  severity?: Severity;
}

export interface PostContext {
  post: Post;
  config: SiteConfig;
  /** The blog root, for rules that check files exist. */
  root: string;
  report(report: Report): void;
  /** The body's headings, links and template tags, scanned once per post and shared by the body rules. */
  body(): BodyScan;
  /** Every post by file and permalink, built once per run. */
  blog(): BlogIndex;
  /** Which file of the blog a reference in this post names: the resolver the build's images stage uses too. */
  resolve(reference: string, kind: ReferenceKind): ResolvedReference;
}

export interface BlogContext {
  posts: readonly Post[];
  config: SiteConfig;
  root: string;
  report(post: Post, report: Report): void;
  /** 1-based position of a whole-file offset in a post. */
  position(post: Post, offset: number): { line: number; column: number };
}

export interface Rule {
  id: string;
  meta: {
    description: string;
    severity: Severity;
    fixable?: boolean;
    /**
     * Run by `blog lint` only: the build skips it (body rules about style). Broken references are checked by
     * both, with the severity `content/references.ts` gives them.
     */
    lintOnly?: boolean;
    /** The build cannot go on without it: config and disable comments cannot turn it off or down. */
    essential?: boolean;
  };
  checkPost?(context: PostContext): void;
  checkBlog?(context: BlogContext): void;
}

export type { Diagnostic };
