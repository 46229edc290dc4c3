/**
 * @fileoverview Stage 6b: redirect pages and `_redirects` from the posts' `aliases`/`redirect_from` and the
 * config's `redirects`, checked against every planned page and file before anything is written.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONFIG_FILE } from '../config/defaults.ts';
import { readConfigText } from '../config/load.ts';
import type { SiteConfig } from '../config/schema.ts';
import { toDiagnostic } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { isInside } from '../fs/inside.ts';
import type { CopyJob } from '../output/site-writer.ts';
import { siteStrings } from '../render/theme-strings.ts';
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
import { SEARCH_DIR } from '../site/search-parts.ts';
import { outputPathOf } from '../util/urls.ts';
import type { OutputFile } from './site-files.ts';

/**
 * The redirect files of the site; throws a BlogError naming both sides of every clash: with a page, a
 * generated file, a file copied as it is (`static/favicon.svg`, a bundle's image, a theme asset) or the search
 * index's folder, any of which a redirect page written at its path would replace.
 * @param files the site's generated files (feed, sitemap, sanitised bundle markup)
 * @param copies the files copied as they are
 */
export function planRedirects(
  posts: readonly RenderedPost[],
  config: SiteConfig,
  plan: SitePlan,
  output: { files: readonly OutputFile[]; copies: readonly CopyJob[] },
  root: string,
): OutputFile[] {
  const entries: RedirectEntry[] = [];
  const problems: RedirectProblem[] = [];
  for (const post of posts) {
    const found = postRedirects(post, plan.postPaths.get(post.file)!);
    entries.push(...found.entries);
    problems.push(...found.problems);
  }
  // The config's text only when it has redirects: a problem with one is reported at its line.
  entries.push(
    ...configRedirects(config, Object.keys(config.redirects).length ? readConfigText(root) : undefined),
  );
  if (entries.length === 0 && problems.length === 0) return [];

  const byFile = new Map(posts.map((p) => [p.file, p]));
  const claims = new Map<string, Claim>();
  for (const copy of output.copies) {
    const from = isInside(root, copy.from) ? relative(root, copy.from).split('\\').join('/') : `/${copy.to}`;
    claims.set(copy.to.toLowerCase(), { what: `the file \`${from}\`` });
  }
  for (const page of plan.pages) {
    const post = page.source ? byFile.get(page.source) : undefined;
    claims.set(
      page.outputPath.toLowerCase(),
      post ? { post, what: `the page of ${post.file}` } : { what: `the generated page \`${page.path}\`` },
    );
  }
  for (const file of output.files)
    claims.set(file.outputPath.toLowerCase(), { what: `the generated file \`/${file.outputPath}\`` });
  const exists = (path: string) =>
    claims.has(outputPathOf(path).toLowerCase()) || existsSync(join(root, 'static', path));
  const claimOf = (path: string): Claim | undefined =>
    claims.get(path) ??
    (config.search && path.startsWith(`${SEARCH_DIR}/`)
      ? { what: `in \`/${SEARCH_DIR}/\`, the search index's folder` }
      : undefined);
  problems.push(...checkRedirects(entries, claimOf, exists));
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
      content: renderRedirectPage(view, plan.urls, siteStrings(config)),
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
    line: problem.at?.line ?? 1,
    column: problem.at?.column ?? 1,
    severity: 'error',
    ruleId: problem.ruleId,
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.related.length ? { related: problem.related } : {}),
  };
}
