import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { followEvents, startServe } from '../helpers/serve.ts';

const SEED = 'posts/2023-02-10-t-mobile-security-woes.md';

/** A raw GET, so paths like `/../x` reach the server as written (fetch would clean them up). */
function rawGet(
  url: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serve builds with drafts, injects the reload script, and blog build output never has it', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const serve = await startServe(blog);
  try {
    assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await fetch(serve.url);
    assert.is(home.status, 200);
    assert.is(home.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await home.text();
    assert.match(html, /<script type="module" data-blog-serve>[\s\S]*new EventSource\('\/__blog\/events'\)/);
    assert.match(html, /<\/script><\/body>/);
    // Drafts are shown by serve, with their badge.
    const draft = await fetch(new URL('/posts/backup-checklist/', serve.url));
    assert.is(draft.status, 200);
    assert.match(await draft.text(), /<span class="badge">Draft<\/span>/);
    // Absolute links point at the preview, not at the real site.
    assert.match(html, new RegExp(`<link rel="canonical" href="${serve.url}">`));
  } finally {
    assert.is(await serve.stop(), 0);
  }
  assert.match(serve.output(), /Stopped\.\n$/);
  const build = runBlog(['build', '--drafts'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const pages = readdirSync(join(blog, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  assert.ok(pages.length > 10);
  for (const page of pages) {
    const text = readFileSync(join(blog, 'dist', page), 'utf8');
    assert.not.match(text, /data-blog-serve|__blog\/events/, page);
  }
});

test('serve answers with content types, the site 404 page, and nothing outside the output folder', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const serve = await startServe(blog);
  try {
    const types: [string, RegExp][] = [
      ['/assets/style.css', /^text\/css/],
      ['/atom.xml', /^application\/atom\+xml/],
      ['/favicon.svg', /^image\/svg\+xml/],
      ['/sitemap.xml', /xml/],
      ['/posts/technology-pinpoints-inefficiencies/workflow.svg', /^image\/svg\+xml/],
    ];
    for (const [path, type] of types) {
      const res = await fetch(new URL(path, serve.url));
      assert.is(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', type, path);
    }
    const missing = await fetch(new URL('/no/such/page/', serve.url));
    assert.is(missing.status, 404);
    assert.match(await missing.text(), /<h1>Page not found<\/h1>[\s\S]*data-blog-serve/);
    // A folder without its slash moves to the slash, so relative links in the page work.
    const bare = await fetch(new URL('/posts/t-mobile-security-woes', serve.url), { redirect: 'manual' });
    assert.is(bare.status, 301);
    assert.is(bare.headers.get('location'), '/posts/t-mobile-security-woes/');
    for (const path of [
      '/../blog.config.json',
      '/%2e%2e/blog.config.json',
      '/..%2fblog.config.json',
      '/assets/..%2f..%2f..%2fblog.config.json',
      '/.blog-build',
      '/%00',
    ]) {
      const res = await rawGet(serve.url, path);
      assert.is(res.status, 404, path);
      assert.not.match(res.body, /"postsPerPage"/, path);
    }
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('serve honours the base path of baseUrl, and --no-drafts', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const configPath = join(blog, 'blog.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  writeFileSync(configPath, JSON.stringify({ ...config, baseUrl: 'https://example.com/blog/' }));
  const serve = await startServe(blog, ['--no-drafts']);
  try {
    assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+\/blog\/$/);
    assert.is((await fetch(new URL('/blog/posts/backup-checklist/', serve.url))).status, 404);
    const root = await fetch(new URL('/', serve.url), { redirect: 'manual' });
    assert.is(root.status, 301);
    assert.is(root.headers.get('location'), '/blog/');
    const home = await fetch(serve.url);
    assert.is(home.status, 200);
    const html = await home.text();
    assert.match(html, /href="\/blog\/posts\/t-mobile-security-woes\/"/);
    assert.match(html, /href="\/blog\/assets\/style\.css\?v=/);
    assert.is((await fetch(new URL('/blog/posts/t-mobile-security-woes/', serve.url))).status, 200);
    assert.is((await fetch(new URL('/posts/t-mobile-security-woes/', serve.url))).status, 404);
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test('a taken port is a clear error, exit 2', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const blog = copyFixture('starter', WITHOUT_EXTRAS);
    const result = runBlog(['serve', '--port', String(port)], { cwd: blog });
    assert.is(result.status, 2);
    assert.is(result.stdout, '');
    assert.match(result.stderr, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use\\.`));
    assert.match(result.stderr, /--port 0/);
    const bad = runBlog(['serve', '--port', 'eighty'], { cwd: blog });
    assert.is(bad.status, 2);
    assert.match(bad.stderr, /Unexpected --port `eighty`/);
  } finally {
    blocker.close();
  }
});

test('serve rebuilds on change, keeps serving the last good site through a broken post, and recovers', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const serve = await startServe(blog);
  const events = await followEvents(serve.url, serve.output);
  try {
    await events.next((s) => s.build === 1 && s.error === null);
    const file = join(blog, SEED);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('Bad news for T-Mobile users', 'Edited while serving'));
    await events.next((s) => s.build === 2);
    const page = new URL('/posts/t-mobile-security-woes/', serve.url);
    assert.match(await (await fetch(page)).text(), /Edited while serving/);

    writeFileSync(file, good.replace(/^title: .*$/m, 'title: [unclosed'));
    const broken = await events.next((s) => s.error !== null);
    assert.is(broken.build, 2);
    const problem = broken.error!.problems[0]!;
    // The error points at the `[` that was never closed, not where YAML gave up (the next line).
    assert.equal([problem.file, problem.line, problem.column], [SEED, 2, 8]);
    await serve.waitForOutput(/Build failed; still serving the last good site/);
    await serve.waitForOutput(new RegExp(`${SEED}:2:8 `));
    // The last good page is still served.
    const stale = await fetch(page);
    assert.is(stale.status, 200);
    assert.match(await stale.text(), /Edited while serving/);

    writeFileSync(file, good);
    const fixed = await events.next((s) => s.build === 3);
    assert.is(fixed.error, null);
    assert.match(await (await fetch(page)).text(), /Bad news for T-Mobile users/);
  } finally {
    events.close();
    assert.is(await serve.stop(), 0);
  }
});

test('a broken first build still serves; template and config changes rebuild too', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const file = join(blog, SEED);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace(/^date: .*$/m, 'date: someday'));
  const serve = await startServe(blog);
  const events = await followEvents(serve.url, serve.output);
  try {
    await serve.waitForOutput(/✖ Build failed:\n {2}posts\/2023-02-10-t-mobile-security-woes\.md:3:7 /);
    const first = await events.next((s) => s.error !== null);
    assert.is(first.build, 0);
    // Nothing built yet: pages still get the script, so the overlay shows and the fix reloads them.
    const empty = await fetch(serve.url);
    assert.match(await empty.text(), /data-blog-serve/);

    writeFileSync(file, good);
    await events.next((s) => s.build === 1 && s.error === null);
    mkdirSync(join(blog, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(blog, 'templates', 'partials', 'footer.eta'), '<footer>Custom footer</footer>\n');
    await events.next((s) => s.build === 2);
    assert.match(await (await fetch(serve.url)).text(), /<footer>Custom footer<\/footer>/);

    const configPath = join(blog, 'blog.config.json');
    const config = readFileSync(configPath, 'utf8');
    writeFileSync(configPath, config.replace('"postsPerPage": 10', '"postsPerPage": "ten"'));
    // The build counter is not asserted: a loaded machine may split one save into two rebuilds.
    const bad = await events.next((s) => s.error !== null && s.build >= 2);
    assert.is(bad.error!.problems[0]!.file, 'blog.config.json');
    writeFileSync(
      configPath,
      config.replace('"title": "First Column IT Tech Blog"', '"title": "Renamed Blog"'),
    );
    await events.next((s) => s.error === null && s.build > bad.build);
    assert.match(await (await fetch(serve.url)).text(), /<title>Renamed Blog<\/title>/);
  } finally {
    events.close();
    assert.is(await serve.stop(), 0);
  }
});

test('posts/ moved away and back is still watched: the posts return and later edits rebuild', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const serve = await startServe(blog);
  const page = new URL('/posts/t-mobile-security-woes/', serve.url);
  /** Fetches the page until its status is `status` (rebuilds land when the watcher's events settle). */
  const until = async (status: number, text?: RegExp) => {
    for (let i = 0; i < 200; i++) {
      const res = await fetch(page);
      const body = await res.text();
      if (res.status === status && (!text || text.test(body))) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.unreachable(`${page} never answered ${status} ${text ?? ''}:\n${serve.output()}`);
  };
  try {
    await until(200);
    renameSync(join(blog, 'posts'), join(blog, 'posts-away'));
    await until(404);
    renameSync(join(blog, 'posts-away'), join(blog, 'posts'));
    await until(200);
    const file = join(blog, SEED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Bad news for T-Mobile users', 'Edited after'));
    await until(200, /Edited after/);
  } finally {
    assert.is(await serve.stop(), 0);
  }
});

test("the blog's config moved away is a failed build, not a rebuild with a parent folder's config", async () => {
  const outer = tempDir();
  const blog = join(outer, 'blog');
  cpSync(copyFixture('starter', WITHOUT_EXTRAS), blog, { recursive: true });
  const configPath = join(blog, 'blog.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(join(outer, 'blog.config.json'), JSON.stringify({ ...config, title: 'Parent Blog' }));
  const serve = await startServe(blog);
  const events = await followEvents(serve.url, serve.output);
  try {
    await events.next((s) => s.build === 1 && s.error === null);
    renameSync(configPath, join(outer, 'away.json'));
    const failed = await events.next((s) => s.error !== null);
    assert.match(failed.error!.message, /^No blog\.config\.json in .*blog\.$/);
    assert.match(await (await fetch(serve.url)).text(), /<title>First Column IT Tech Blog<\/title>/);
    renameSync(join(outer, 'away.json'), configPath);
    await events.next((s) => s.error === null && s.build > failed.build);
    assert.not.match(serve.output(), /Parent Blog/);
  } finally {
    events.close();
    assert.is(await serve.stop(), 0);
  }
});

test.run();
