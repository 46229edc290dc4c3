/** @fileoverview `blog serve`'s core: build into a private folder, serve it, rebuild on change, tell the pages. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSite } from '../build-site.ts';
import { loadConfigAt } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Logger } from '../util/logger.ts';
import { plural } from '../util/plural.ts';
import { createUrls } from '../util/urls.ts';
import { isAllowedHost } from './allowed-host.ts';
import { formatOverlayError, toOverlayError } from './overlay.ts';
import {
  clientScript,
  createReloadHub,
  EVENTS_PATH,
  injectBeforeBodyEnd,
  type ServeState,
} from './reload.ts';
import { createSiteHandler } from './site-handler.ts';
import { watchBlog } from './watcher.ts';

export interface DevServerOptions {
  root: string;
  port: number;
  host: string;
  drafts: boolean;
  future: boolean;
  /** The build's clock, read at every rebuild. */
  now: () => number;
  /** Where the preview is built; `.blog-cache/serve` in the blog by default. */
  outDir?: string;
}

export interface DevServer {
  /** `http://127.0.0.1:4000/` plus the base path of `baseUrl`. */
  url: string;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions, log: Logger): Promise<DevServer> {
  const { root } = options;
  const outDir = options.outDir ?? join(root, '.blog-cache', 'serve');
  let basePath = '/';
  let state: ServeState = { build: 0, error: null };
  const hub = createReloadHub(state);
  const site = createSiteHandler({
    outDir,
    basePath: () => basePath,
    transformHtml: (html) => injectBeforeBodyEnd(html, clientScript(state.build)),
  });
  let port = options.port;
  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, { port, host: options.host })) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(
        `This preview answers only at its own address (${origin}), not at the host this request named.\n`,
      );
      return;
    }
    if (req.url === EVENTS_PATH) {
      if (req.method === 'GET') return hub.handle(req, res);
      // Any other method (OPTIONS, POST, HEAD) opened a stream that never ended.
      res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    try {
      site(req, res);
    } catch (error) {
      // One odd request must not stop the preview: it gets a 500, the terminal says why, serving goes on.
      log.error(
        `${req.method} ${(req.url ?? '').slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    }
  });
  const origin = await listen(server, options.port, options.host);
  port = (server.address() as AddressInfo).port;

  // Rebuilds run one after another: changes that arrive during one are built by the next.
  let queue = Promise.resolve();
  const rebuild = (changed: string[]) => {
    queue = queue.then(() => rebuildOnce(changed));
    return queue;
  };
  const rebuildOnce = async (changed: string[]) => {
    const started = performance.now();
    // The pages are reloaded once the site is written, not after the search index: Pagefind re-indexing an
    // edited post's part takes it a second or more, and the index is fetched only when someone searches.
    let reloaded = false;
    const reload = () => {
      reloaded = true;
      state = { build: state.build + 1, error: null };
      hub.publish(state);
    };
    try {
      // The config is read again every time: it is watched too, and may move the base path. This blog's own,
      // never a parent folder's while this one's is away.
      const { config } = loadConfigAt(root);
      basePath = createUrls(config.baseUrl).basePath;
      const result = await buildSite({
        root,
        // Absolute links (canonical, feed) point at this server, so the preview never leaves it.
        config: { ...config, baseUrl: origin + basePath },
        outDir,
        drafts: options.drafts,
        future: options.future,
        now: options.now(),
        warn: (message) => log.warn(message),
        siteWritten: reload,
      });
      if (!reloaded) reload();
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const why = changed.length
        ? ` after ${changed.length === 1 ? changed[0] : plural(changed.length, 'change')}`
        : '';
      log.info(
        `${state.build === 1 ? 'Built' : 'Rebuilt'} ${plural(result.pages, 'page')} (${plural(result.posts, 'post')}) in ${seconds}s${why}`,
      );
    } catch (error) {
      const overlay = toOverlayError(error, root);
      state = { build: state.build, error: overlay };
      log.error(
        `${log.color.red.bold('✖')} Build failed${state.build ? '; still serving the last good site' : ''}:`,
      );
      for (const line of formatOverlayError(overlay)) log.error(line);
      hub.publish(state);
    }
  };

  await rebuild([]);
  const watcher = watchBlog(root, (changed) => void rebuild(changed));
  await watcher.ready;
  return {
    url: origin + basePath,
    async close() {
      hub.close();
      await watcher.close();
      await queue;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens, and answers with the origin pages are served at; a taken port is a clear error, not a stack. */
function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES')
        reject(
          new BlogError(
            'USAGE',
            error.code === 'EADDRINUSE'
              ? `Port ${port} on ${host} is already in use.`
              : `Not allowed to listen on port ${port} on ${host}.`,
            {
              hint: 'Stop the other server, or pass another port: `--port 4001`, or `--port 0` for any free one.',
              cause: error,
            },
          ),
        );
      else
        reject(
          new BlogError('USAGE', `Could not listen on ${host}:${port}: ${error.message}`, { cause: error }),
        );
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shown = ['0.0.0.0', '::'].includes(host) ? 'localhost' : host;
      resolve(`http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`);
    });
  });
}
