import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

// A key that would retitle the terminal, clear the line and print a fake clean result, as YAML escapes.
const EVIL_YAML = '"\\e]0;pwned\\a\\e[2K\\r✔ No problems in 4 posts.\\x9b31m\\u202e"';
/** True when a raw ESC, BEL, CR, CSI or bidi override would reach the terminal. */
const hasRawControl = (text: string) =>
  [...text].some((c) => ['\u001b', '\u0007', '\r', '\u009b', '\u202e'].includes(c));

test('escape sequences in post text never reach the terminal raw (stylish, github, json, build)', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-04-01-evil.md',
    `---\ntitle: "Evil"\ndate: 2025-04-01\ntags: [Backup]\n${EVIL_YAML}: 1\n---\nBody.\n`,
  );
  for (const format of ['stylish', 'github', 'json']) {
    const r = runBlog(['lint', '--format', format], { cwd: blog });
    const out = r.stdout + r.stderr;
    assert.match(out, /unknown-key/, format);
    assert.not.ok(hasRawControl(out), `${format} printed a raw control character`);
    assert.match(out, /\\u001b\]0;pwned\\u0007/i, `${format} shows the escape`);
    if (format === 'json') assert.ok(Array.isArray(JSON.parse(r.stdout)));
  }
  const built = runBlog(['build'], { cwd: blog });
  assert.not.ok(hasRawControl(built.stdout + built.stderr));
});

test('a 10,000-character title makes a short message, not a 22 KB line', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const long = 'x'.repeat(10_000);
  writePost(
    blog,
    '2025-04-02-long.md',
    `---\ntitle: T\ndate: 2025-04-02\ntags: [Backup]\nslug: "${long}?"\n---\nBody.\n`,
  );
  const r = runBlog(['lint'], { cwd: blog });
  assert.is(r.status, 1);
  const longest = Math.max(...(r.stdout + r.stderr).split('\n').map((l) => l.length));
  assert.ok(longest < 400, `longest line ${longest}`);
  assert.match(r.stdout, /Unexpected slug `x{20,}…`/);
});

test.run();
