import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { parseSourceFile } from '../../src/content/frontmatter.ts';
import { copyFixture, read, runBlog } from '../helpers/cli.ts';
import { lastLine, pool, readNewPost, runBlogAsync } from '../helpers/new-post.ts';

/** Titles that break hand-written YAML; each must read back exactly, as a string, with no lint error. */
const TITLES: [title: string, slug: string][] = [
  ['"Quoted" from the start', 'quoted-from-the-start'],
  ["It's the admin's job", 'its-the-admins-job'],
  ['Backups: a checklist', 'backups-a-checklist'],
  ['key: value: more', 'key-value-more'],
  ['# Not a comment', 'not-a-comment'],
  ['Ticket #4521 closed', 'ticket-4521-closed'],
  ['- starts with a dash', 'starts-with-a-dash'],
  ['* starts with a star', 'starts-with-a-star'],
  ['&anchor and *alias', 'and-anchor-and-alias'],
  ['R&D @ First Column', 'r-and-d-first-column'],
  ['🚀 Launch day 🎉', 'launch-day'],
  ['日本語のタイトル', '日本語のタイトル'],
  ['Привет, мир', 'privet-mir'],
  ['Ελληνικά νέα', 'ellinika-nea'],
  ['yes', 'yes'],
  ['No', 'no'],
  ['null', 'null'],
  ['~', 'untitled'],
  ['2023', '2023'],
  ['3.14', '3-14'],
  ['true', 'true'],
  ['1:20', '1-20'],
  ['2024-05-01', '2024-05-01'],
  ['{curly} and [square]', 'curly-and-square'],
  ['!important | piped > folded', 'important-piped-folded'],
  ['%TAG and `code` and \\backslash', 'tag-and-code-and-backslash'],
  ['Mixed \'single\' "double" — and…', 'mixed-single-double-and'],
  ['?question first', 'question-first'],
];

test(`${TITLES.length} tricky titles round-trip exactly and lint clean`, async () => {
  const blog = copyFixture('starter');
  // `--` ends the options, so a title may start with `-`.
  const runs = await pool(TITLES, 4, ([title]) =>
    runBlogAsync(
      ['new', '--tags', `${title},plain`, '--description', title, '--date', '2024-06-01', '--', title],
      blog,
    ),
  );
  for (const [i, [title, slug]] of TITLES.entries()) {
    const r = runs[i]!;
    assert.is(r.status, 0, `${title}: ${r.stderr}`);
    const file = lastLine(r.stdout);
    assert.is(file, `posts/2024-06-01-${slug}.md`, title);
    const { post, errors, text } = readNewPost(blog, file);
    assert.equal(errors, [], `${title}: ${JSON.stringify(errors)}`);
    assert.is(post.source.data.title, title, text);
    assert.is(post.title, title);
    assert.is(post.description, title);
    assert.equal(
      post.tags,
      title.includes(',') ? [...title.split(',').map((t) => t.trim()), 'plain'] : [title, 'plain'],
    );
    assert.is(post.slug, slug);
    // A YAML 1.1 reader (Jekyll, PyYAML) reads the same strings: `yes`, `1:20` and `2024-05-01` are quoted.
    const block = text.slice(4, text.indexOf('\n---\n') + 1);
    const old = parse(block, { version: '1.1' }) as Record<string, unknown>;
    assert.is(old.title, title, `YAML 1.1: ${block}`);
    assert.is(old.description, title);
  }
});

test('the front-matter block is plain where it can be: no needless quotes, one line per key', () => {
  const blog = copyFixture('starter');
  const r = runBlog(
    ['new', 'Plain title, nothing odd', '--tags', 'Security,Network Security', '--date', '2024-06-01'],
    {
      cwd: blog,
    },
  );
  assert.is(r.status, 0, r.stderr);
  const text = read(blog, lastLine(r.stdout));
  assert.ok(
    text.startsWith(
      '---\ntitle: Plain title, nothing odd\ndate: 2024-06-01\ntags: [Security, Network Security]\ndescription: ""\ndraft: true\n---\n',
    ),
    text,
  );
  const long = 'A very long title '.repeat(12).trim();
  const l = runBlog(['new', long, '--slug', 'long-one'], { cwd: blog });
  const parsed = parseSourceFile({
    path: join(blog, lastLine(l.stdout)),
    file: 'x',
    text: read(blog, lastLine(l.stdout)),
  });
  assert.is(parsed.data.title, long);
  assert.match(parsed.text, new RegExp(`^title: ${long}$`, 'm'));
});

test.run();
