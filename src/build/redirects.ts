/**
 * @fileoverview Stage 6b: redirect pages and `_redirects` from the posts' `aliases`/`redirect_from` and the
 * config's `redirects`, checked against every planned page and file before anything is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../config/defaults.ts';
import type { SiteConfig } from '../config/schema.ts';
import { toDiagnostic } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RenderedPost, SitePlan } from '../site/plan.ts';
import { type RedirectView, renderRedirectPage, renderRedirectsFile } from '../site/redirect-files.ts';
import {
  type Claim,
  checkRedirects,
  configRedirects,
  postRedirects,
  type RedirectEntry,
  type RedirectProblem,
} from '../site/redirects.ts';
import { outputPathOf } from '../util/urls.ts';
import type { OutputFile } from './site-files.ts';

/** The redirect files of the site; throws a BlogError naming both sides of every clash. */
export function planRedirects(
  posts: readonly RenderedPost[],
  config: SiteConfig,
  plan: SitePlan,
  files: readonly OutputFile[],
  root: string,
): OutputFile[] {
  const entries: RedirectEntry[] = [];
  const problems: RedirectProblem[] = [];
  for (const post of posts) {
    const found = postRedirects(post, plan.postPaths.get(post.file)!);
    entries.push(...found.entries);
    problems.push(...found.problems);
  }
  entries.push(...configRedirects(config));
  if (entries.length === 0 && problems.length === 0) return [];

  const byFile = new Map(posts.map((p) => [p.file, p]));
  const claims = new Map<string, Claim>();
  for (const page of plan.pages) {
    const post = page.source ? byFile.get(page.source) : undefined;
    claims.set(
      page.outputPath.toLowerCase(),
      post ? { post, what: `the page of ${post.file}` } : { what: `the generated page \`${page.path}\`` },
    );
  }
  for (const file of files)
    claims.set(file.outputPath.toLowerCase(), { what: `the generated file \`/${file.outputPath}\`` });
  const exists = (path: string) =>
    claims.has(outputPathOf(path).toLowerCase()) || existsSync(join(root, 'static', path));
  problems.push(...checkRedirects(entries, (output) => claims.get(output), exists));
  if (problems.length > 0) {
    throw new BlogError(
      'CONTENT_INVALID',
      problems.length === 1
        ? '1 redirect clashes or leads nowhere; nothing was written.'
        : `${problems.length} redirects clash or lead nowhere; nothing was written.`,
      { diagnostics: problems.map(toRedirectDiagnostic) },
    );
  }

  const titleOf = new Map(posts.map((p) => [plan.postPaths.get(p.file)!, p.title]));
  const views: RedirectView[] = entries.map((e) => ({ from: e.from, to: e.to, title: titleOf.get(e.to) }));
  return [
    ...views.map((view) => ({
      outputPath: outputPathOf(view.from),
      content: renderRedirectPage(view, plan.urls, config.language),
    })),
    { outputPath: '_redirects', content: renderRedirectsFile(views, plan.urls) },
  ];
}

function toRedirectDiagnostic(problem: RedirectProblem): Diagnostic {
  const report = {
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.span ? { span: problem.span } : {}),
    ...(problem.related.length ? { related: problem.related } : {}),
  };
  if (problem.post) return toDiagnostic(problem.post, problem.ruleId, 'error', report);
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: problem.ruleId,
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.related.length ? { related: problem.related } : {}),
  };
}
