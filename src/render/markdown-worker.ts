/** @fileoverview A render worker (see pool.ts): renders the posts it was started with and replies once. */
import { parentPort, workerData } from 'node:worker_threads';
import { createUrls } from '../util/urls.ts';
import { createMarkdownRenderer } from './markdown.ts';
import type { RenderContext, RenderJob, RenderOutput } from './pool.ts';
import { resolveLink } from './resolve-link.ts';

// Test hook: a worker that dies as it starts, to check that the build completes without it.
if (process.env.BLOG_TEST_WORKER_FAIL) throw new Error('BLOG_TEST_WORKER_FAIL is set');

const message = workerData as RenderContext & { jobs: RenderJob[] };
let reply: { results?: RenderOutput[]; error?: string };
try {
  const render = createMarkdownRenderer({ allowHtml: message.allowHtml });
  const urls = createUrls(message.baseUrl);
  const pathByFile = new Map(message.pathByFile);
  reply = {
    results: message.jobs.map((job) => {
      const links: [string, string][] = [];
      const rendered = render(job.body, (url) => {
        const to = resolveLink(url, job.file, pathByFile, urls);
        links.push([url, to]);
        return to;
      });
      return { rendered, links };
    }),
  };
} catch (error) {
  reply = { error: String((error as Error)?.stack ?? error) };
}
parentPort?.postMessage(reply);
