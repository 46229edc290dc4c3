/** @fileoverview `blog serve` answers only its own host names, and never redirects to another host (fresh `blog init`). */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isAllowedHost } from '../../src/serve/allowed-host.ts';
import { byteRange } from '../../src/serve/byte-range.ts';
import { redirectLocation } from '../../src/serve/redirect-location.ts';
import { WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlogBeside as freshBlog } from '../helpers/fresh-blog.ts';
import { startServe } from '../helpers/serve.ts';

/** A GET with the path and Host header exactly as given (fetch would normalise both). */
function rawGet(
  url: string,
  path: string,
  host?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path, headers: { ...(host ? { Host: host } : {}), ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            ...(res.headers.location ? { location: res.headers.location } : {}),
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('serve refuses a Host it does not serve on (DNS rebinding), and redirects only to its own paths', async () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const serve = await startServe(root);
  try {
    const { port } = new URL(serve.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const res = await rawGet(serve.url, '/', host);
      assert.is(res.status, 200, host);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost:${Number(port) + 1}`]) {
      const res = await rawGet(serve.url, '/', host);
      assert.is(res.status, 421, host);
      assert.not.match(res.body, /<html/i, host);
    }
    const events = await rawGet(serve.url, '/__blog/events', `evil.example:${port}`);
    assert.is(events.status, 421);
    for (const path of ['/.//posts', '//posts', '/.//\\posts', '/%2F/posts']) {
      const res = await rawGet(serve.url, path);
      if (res.location) assert.not.match(res.location, /^[/\\]{2}/, `${path} → ${res.location}`);
    }
    const moved = await rawGet(serve.url, '/.//posts/t-mobile-security-woes');
    assert.is(moved.status, 301);
    assert.is(moved.location, '/posts/t-mobile-security-woes/');
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('serve answers any Range header with the bytes it names, the whole file or 416, and keeps serving', async () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const svg = readFileSync(join(root, 'static', 'favicon.svg'), 'utf8');
  const serve = await startServe(root);
  const get = (range: string) => rawGet(serve.url, '/favicon.svg', undefined, { Range: range });
  try {
    // `bytes=5-2` threw inside sirv and ended the server; each request below was answered by the same one.
    for (const range of ['bytes=5-2', 'bytes=0-1,3-4', 'items=0-1', 'bytes=', 'bytes=-']) {
      const res = await get(range);
      assert.is(res.status, 200, range);
      assert.is(res.body, svg, range);
    }
    const cases: [string, number, string][] = [
      ['bytes=0-9', 206, svg.slice(0, 10)],
      ['bytes=10-', 206, svg.slice(10)],
      ['bytes=-5', 206, svg.slice(-5)],
      ['bytes=-100000', 206, svg],
      ['bytes=3-100000', 206, svg.slice(3)],
      ['bytes=0-0', 200, svg],
      ['bytes=100000-', 416, ''],
      ['bytes=-0', 416, ''],
    ];
    for (const [range, status, body] of cases) {
      const res = await get(range);
      assert.is(res.status, status, range);
      assert.is(res.body, body, range);
    }
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('the reload stream answers GET only: OPTIONS, POST and HEAD get 405 at once, not a stream that never ends', async () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const serve = await startServe(root);
  /** The status and content type of a request, without waiting for a body that may never end. */
  const head = (method: string) =>
    new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const { hostname, port } = new URL(serve.url);
      const req = request({ hostname, port, path: '/__blog/events', method }, (res) => {
        resolve({ status: res.statusCode!, type: res.headers['content-type'] });
        res.destroy();
      });
      req.on('error', reject);
      req.end();
    });
  try {
    for (const method of ['OPTIONS', 'POST', 'HEAD', 'PUT']) {
      const res = await head(method);
      assert.is(res.status, 405, method);
      assert.not.match(res.type ?? '', /event-stream/, method);
    }
    const get = await head('GET');
    assert.is(get.status, 200);
    assert.match(get.type ?? '', /text\/event-stream/);
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('a path under a file, a name past the system limit or a file that cannot be opened is a 404 or a dropped answer, and serving goes on', async () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const serve = await startServe(root);
  const long = 'a'.repeat(300);
  try {
    // With a Range header these were 500 "Internal error" and an ENOTDIR / ENAMETOOLONG line in the terminal.
    for (const path of ['/favicon.svg/x', `/${long}`, `/posts/${long}/`, '/favicon.svg/']) {
      for (const headers of [{ Range: 'bytes=0-1' }, {}] as Record<string, string>[]) {
        const res = await rawGet(serve.url, path, undefined, headers);
        assert.is(res.status, 404, `${path.slice(0, 40)} ${JSON.stringify(headers)}`);
      }
    }
    // A file stat sees but open refuses (here a socket; a file removed mid-rebuild the same) ended serve.
    const socket = createServer();
    const socketPath = join(root, '.blog-cache', 'serve', 'socket.txt');
    await new Promise<void>((resolve) => socket.listen(socketPath, resolve));
    try {
      const answer = await rawGet(serve.url, '/socket.txt').catch((error: Error) => error);
      assert.ok(answer instanceof Error || answer.body === '', 'no bytes from a socket');
    } finally {
      socket.close();
    }
    assert.not.match(serve.output(), /ENOTDIR|ENAMETOOLONG|ENXIO|Internal error/);
    const after = await rawGet(serve.url, '/favicon.svg');
    assert.is(after.status, 200);
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('byteRange: one range of the file, spelt with both ends, or undefined to send it whole', () => {
  assert.is(byteRange(undefined, 10), undefined);
  assert.is(byteRange('bytes=2-4', 10), 'bytes=2-4');
  assert.is(byteRange('bytes=2-', 10), 'bytes=2-9');
  assert.is(byteRange('bytes=-3', 10), 'bytes=7-9');
  assert.is(byteRange('bytes=4-2', 10), undefined);
  assert.is(byteRange('bytes=10-', 10), 'bytes=10-');
  assert.is(byteRange('bytes=0-', 0), 'bytes=0-');
  assert.is(byteRange('bytes=-1', 0), 'bytes=0-');
});

test('isAllowedHost: loopback names and IP addresses on the port; nothing else', () => {
  const on = { port: 4000, host: '127.0.0.1' };
  assert.ok(isAllowedHost('localhost:4000', on));
  assert.ok(isAllowedHost('LOCALHOST:4000', on));
  assert.ok(isAllowedHost('blog.localhost:4000', on));
  assert.ok(isAllowedHost('[::1]:4000', on));
  assert.ok(isAllowedHost('192.168.1.20:4000', on));
  assert.ok(isAllowedHost('my-laptop:4000', { port: 4000, host: 'my-laptop' }));
  assert.not.ok(isAllowedHost(undefined, on));
  assert.not.ok(isAllowedHost('', on));
  assert.not.ok(isAllowedHost('evil.example:4000', on));
  assert.not.ok(isAllowedHost('localhost.evil.example:4000', on));
  assert.not.ok(isAllowedHost('localhost:4001', on));
  assert.not.ok(isAllowedHost('localhost', on));
  assert.not.ok(isAllowedHost('user@localhost:4000', on));
});

test('redirectLocation never makes a protocol-relative URL', () => {
  assert.is(redirectLocation('//evil.example/'), '/evil.example/');
  assert.is(redirectLocation('/\\evil.example/', '?a=1'), '/evil.example/?a=1');
  assert.is(redirectLocation('/posts/x/'), '/posts/x/');
  assert.is(redirectLocation('/blog/'), '/blog/');
});

test.run();
