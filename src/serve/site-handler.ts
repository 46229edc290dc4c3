/** @fileoverview Serves a built site folder over HTTP: its base path, its own 404 page, nothing outside it. */
import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { isInside } from '../fs/inside.ts';
import { byteRange } from './byte-range.ts';
import { redirectLocation } from './redirect-location.ts';

export interface SiteHandlerOptions {
  /** The built site folder. Read at request time, so a rebuild that swaps it in is seen at once. */
  outDir: string;
  /** `/` or `/blog/`, from `baseUrl`. A function, because a config change can move it. */
  basePath: () => string;
  /** Changes every HTML page on its way out (serve adds its reload script here); identity by default. */
  transformHtml?: (html: string) => string;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Assets go through sirv (content types, ranges, ETags), given a `Range` header it reads right (`byteRange`).
 * HTML pages are read here instead, because serve must change them on the way out and sirv streams files as
 * they are.
 */
export function createSiteHandler(options: SiteHandlerOptions): RequestHandler {
  const root = resolve(options.outDir);
  const transform = options.transformHtml ?? ((html: string) => html);
  const assets = sirv(root, {
    dev: true,
    etag: true,
    dotfiles: false,
    // mrmime calls every .xml `text/xml`; feed readers and browsers want to know a feed when they see one.
    setHeaders: (res, pathname) => {
      const feed = /\/(atom|rss)\.xml$/.exec(pathname)?.[1];
      if (feed) res.setHeader('Content-Type', `application/${feed}+xml; charset=utf-8`);
    },
  });

  const sendHtml = (res: ServerResponse, status: number, html: string, method: string | undefined) => {
    const body = Buffer.from(transform(html));
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(method === 'HEAD' ? undefined : body);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    const html = existsSync(page)
      ? readFileSync(page, 'utf8')
      : '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1></body></html>';
    sendHtml(res, 404, html, req.method);
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const base = options.basePath();
    const rawPath = url.pathname;
    if (!rawPath.startsWith(base)) {
      // The site lives under its base path (`/blog/`): send the bare root there, like the host would.
      if (rawPath === '/' || `${rawPath}/` === base) return redirect(res, redirectLocation(base, url.search));
      return notFound(req, res);
    }
    const sitePath = `/${rawPath.slice(base.length)}`;
    let decoded: string;
    try {
      decoded = decodeURIComponent(sitePath);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request\n');
      return;
    }
    // Nothing outside the output folder, and no dotfiles (the `.blog-build` marker): `..`, `.x`, NUL.
    const segments = decoded.split(/[/\\]/);
    if (decoded.includes('\0') || segments.some((s) => s.startsWith('.'))) return notFound(req, res);
    const file = resolve(root, `.${decoded}`);
    if (!isInside(root, file)) return notFound(req, res);

    const page = htmlFileFor(file, decoded);
    if (page === 'redirect') return redirect(res, redirectLocation(`${rawPath}/`, url.search));
    if (page) return sendHtml(res, 200, readFileSync(page, 'utf8'), req.method);
    // `/logo.png/` is no folder: a host answers 404, so the preview does too (sirv would send the file).
    if (decoded.endsWith('/')) return notFound(req, res);

    req.url = sitePath + url.search;
    if (req.headers.range !== undefined) {
      const size = fileSize(file);
      const range = size === undefined ? undefined : byteRange(req.headers.range, size);
      if (range === undefined) delete req.headers.range;
      else req.headers.range = range;
    }
    // sirv pipes a read stream it gives no error listener: a file that cannot be opened once stat said it was
    // there (gone mid-rebuild, a socket) threw out of the process and ended the preview. Only this response ends.
    res.once('pipe', (source) => source.once('error', () => res.destroy()));
    assets(req, res, () => notFound(req, res));
  };
}

/**
 * What is at `path`, or `undefined` when nothing can be: a request names any path it likes, so a name under a
 * file (ENOTDIR), a segment past the system's limit (ENAMETOOLONG) or a file gone mid-rebuild is a 404, not a 500.
 */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The size of the regular file at `file`; `undefined` when there is none (no range of it is served). */
function fileSize(file: string): number | undefined {
  const stats = statOf(file);
  return stats?.isFile() ? stats.size : undefined;
}

/** The HTML file a path shows (`/x/` → `x/index.html`), `redirect` for a folder without its slash. */
function htmlFileFor(file: string, path: string): string | 'redirect' | undefined {
  const isFile = (p: string) => statOf(p)?.isFile() === true;
  if (path.endsWith('/')) {
    const index = join(file, 'index.html');
    return isFile(index) ? index : undefined;
  }
  if (/\.html?$/i.test(path)) return isFile(file) ? file : undefined;
  if (isFile(join(file, 'index.html'))) return 'redirect';
  if (isFile(`${file}.html`)) return `${file}.html`;
  return undefined;
}

/** `location` comes from `redirectLocation`, so it stays on this server. */
function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`Moved to ${location}\n`);
}
