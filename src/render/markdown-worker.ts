/** @fileoverview A render worker of the pool (see pool.ts): each task is a batch of posts, rendered in order. */
import { Piscina } from 'piscina';
import { createUrls } from '../util/urls.ts';
import { createMarkdownRenderer } from './markdown.ts';
import type { RenderContext, RenderJob, RenderOutput } from './pool.ts';
import { resolveLink } from './resolve-link.ts';

// Test hook: a worker that dies as it starts, to check that the build completes without it.
if (process.env.BLOG_TEST_WORKER_FAIL) throw new Error('BLOG_TEST_WORKER_FAIL is set');

// What every task shares (the Markdown options, every post's path), sent once when the worker starts.
const context = Piscina.workerData as RenderContext;
const render = createMarkdownRenderer({
  allowHtml: context.allowHtml,
  language: context.language,
  strings: context.strings,
});
const urls = createUrls(context.baseUrl);
const pathByFile = new Map(context.pathByFile);

export default function renderBatch(jobs: RenderJob[]): RenderOutput[] {
  return jobs.map((job) => {
    const links: [string, string][] = [];
    const rendered = render(job.body, (url) => {
      const to = resolveLink(url, job.file, pathByFile, urls);
      links.push([url, to]);
      return to;
    });
    return { rendered, links };
  });
}
