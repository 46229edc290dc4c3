/** @fileoverview Live reload over server-sent events: the hub the server publishes to, and the page's script. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OVERLAY_CLIENT, type OverlayError } from './overlay.ts';

/** What every open page is told: which build is current, and the error of the last attempt, if any. */
export interface ServeState {
  build: number;
  error: OverlayError | null;
}

export const EVENTS_PATH = '/__blog/events';

export interface ReloadHub {
  /** Answers `GET /__blog/events`: an event stream that starts with the current state. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  publish(state: ServeState): void;
  /** Ends every open stream, so the server can close. */
  close(): void;
  readonly clients: number;
}

export function createReloadHub(initial: ServeState): ReloadHub {
  let state = initial;
  const clients = new Set<ServerResponse>();
  const send = (res: ServerResponse) => res.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
  // A comment line now and then keeps proxies and idle timeouts from closing a quiet stream.
  const keepAlive = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, 20_000);
  keepAlive.unref();

  return {
    handle(req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write('retry: 500\n\n');
      send(res);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    },
    publish(next) {
      state = next;
      for (const res of clients) send(res);
    },
    close() {
      clearInterval(keepAlive);
      for (const res of clients) res.end();
      clients.clear();
    },
    get clients() {
      return clients.size;
    },
  };
}

/**
 * The script serve adds to every page it sends (never to `blog build` output). The page knows the
 * build it came from; a newer build reloads it, an error shows the overlay, a fix reloads it again.
 */
export function clientScript(build: number): string {
  return `<script type="module" data-blog-serve>
const BUILD = ${build};
${OVERLAY_CLIENT}
const KEY = 'blog-serve-scroll:' + location.pathname;
const saved = sessionStorage.getItem(KEY);
if (saved !== null) { sessionStorage.removeItem(KEY); addEventListener('load', () => scrollTo(0, Number(saved))); }
const events = new EventSource('${EVENTS_PATH}');
events.addEventListener('state', (event) => {
  const state = JSON.parse(event.data);
  if (state.error) return showOverlay(state.error);
  hideOverlay();
  if (state.build !== BUILD) {
    sessionStorage.setItem(KEY, String(scrollY));
    location.reload();
  }
});
</script>`;
}

/** Puts `snippet` just before `</body>`, or at the end when a page has none. */
export function injectBeforeBodyEnd(html: string, snippet: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
}
