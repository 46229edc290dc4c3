/** @fileoverview A render worker (see pool.ts): renders the posts it is sent, replies once, raises the flag. */
import { type MessagePort, workerData } from 'node:worker_threads';
import { createUrls } from '../util/urls.ts';
import { createMarkdownRenderer } from './markdown.ts';
import type { RenderContext, RenderJob, RenderOutput } from './pool.ts';
import { resolveLink } from './resolve-link.ts';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

port.once('message', (message: RenderContext & { jobs: RenderJob[] }) => {
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
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  port.close();
});
