/**
 * Seeded fuzzing of lint and build: random bytes, random YAML front-matter and random Markdown, in-process for
 * speed plus a handful of runs through the CLI. Whatever the input, the answer is a BlogError or success (exit
 * 0, 1 or 2), never an internal error or a stack trace, and the feed and sitemap are well-formed XML.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from '../../src/build-site.ts';
import { loadConfig } from '../../src/config/load.ts';
import { BlogError } from '../../src/diagnostics/blog-error.ts';
import { lintBlog } from '../../src/lint/lint-blog.ts';
import { copyFixture, runBlog } from '../helpers/cli.ts';
import { seededRandom } from '../helpers/random.ts';
import { xmlProblem } from '../helpers/xml.ts';

const SEED = 20261202;
const BATCHES = 3;
const PER_KIND = 280; // per batch: 3 kinds × 280 = 840 posts, 2,520 cases in all

const ODD = [
  '\x00',
  '\x01',
  '\x0b',
  '\x1b[2J',
  '\x1b]0;t\x07',
  '\u202e',
  '\ud83d',
  '\udc00',
  '😀',
  '👩‍💻',
  'é',
  '\r',
  '\r\n',
  '\t',
  '%',
  '%E0%A4',
  '../',
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '{{ x }}',
  '{% y %}',
  '#',
  'C#',
  'C++',
  '\uFFFE',
  '\uFEFF',
  ']]>',
  '-->',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '*',
  '_',
  '\\',
  'ü'.repeat(40),
];
const MARKDOWN = [
  '# Title',
  '## Part',
  '#### Deep',
  '- item',
  '  - nested',
  '1. first',
  '> quote',
  '> > reply',
  '```js\nconst x = 1;\n```',
  '```\nunclosed',
  '[guide](./100%-guide.md)',
  '[post](./2025-01-01-f1.md)',
  '![img](missing.png)',
  '![](/x%ZZ.png)',
  '<script>alert(1)</script>',
  '<div onclick="x()">',
  '<img src=x onerror=alert(1)>',
  '_a_',
  '**b**',
  '***c***',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  'text[^1]\n\n[^1]: note',
  'http://example.com/x',
  '<http://x.y>',
  '---',
  '***',
  '<!-- more -->',
  '<!-- blog-lint-disable -->',
  'word',
  'Backup',
  '\\',
  '    indented code',
  '~~~\nfence\n~~~',
  '[x]: http://ref',
  '[x][]',
  '&amp; &#0; &#xD800;',
  '<',
  '_a'.repeat(200),
  '<'.repeat(300),
];
const KEYS = [
  'title',
  'date',
  'tags',
  'slug',
  'draft',
  'description',
  'author',
  'image',
  'updated',
  'related',
  'x',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function oddText(r: () => number, max: number): string {
  let out = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++)
    out += r() < 0.4 ? pick(r, ODD) : String.fromCharCode(32 + Math.floor(r() * 95));
  return out;
}

function yamlValue(r: () => number): string {
  const kinds = [
    () => oddText(r, 12),
    () => JSON.stringify(oddText(r, 12)),
    () => `'${oddText(r, 8).replace(/'/g, "''")}'`,
    () =>
      pick(r, ['2025-01-01', '2025-13-45', '2025-01-01T10:00:00+02:00', 'yesterday', '1e999', '0x1F', '~']),
    () =>
      `[${Array.from({ length: Math.floor(r() * 4) }, () => pick(r, ['C', 'C#', 'C++', 'Café', 'Cafe', oddText(r, 6)])).join(', ')}]`,
    () =>
      pick(r, [
        'true',
        'false',
        'no',
        'null',
        '&a x',
        '*a',
        '!!binary aGk=',
        '{a: 1}',
        '|\n  block',
        '>-\n  folded',
      ]),
  ];
  return pick(r, kinds)();
}

function randomYamlPost(r: () => number, i: number): string {
  const lines = ['---'];
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) lines.push(`${r() < 0.9 ? pick(r, KEYS) : oddText(r, 6)}: ${yamlValue(r)}`);
  if (r() < 0.7) lines.push(`title: Post ${i}`, 'date: 2025-01-01');
  lines.push(r() < 0.95 ? '---' : '', pick(r, MARKDOWN));
  const text = lines.join('\n');
  return r() < 0.3 ? text.replace(/\n/g, '\r\n') : text;
}

function randomMarkdownPost(r: () => number, i: number): string {
  const head = `---\ntitle: "Post ${i} ${JSON.stringify(oddText(r, 6)).slice(1, -1)}"\ndate: 2025-01-01\ntags: [${pick(r, ['Backup', 'C#', 'C++', 'Café'])}]\n---\n`;
  const blocks = Array.from({ length: 1 + Math.floor(r() * 12) }, () =>
    r() < 0.8 ? pick(r, MARKDOWN) : oddText(r, 30),
  );
  return head + blocks.join(r() < 0.5 ? '\n\n' : '\n');
}

function randomBytes(r: () => number): Buffer {
  return Buffer.from(Array.from({ length: Math.floor(r() * 300) }, () => Math.floor(r() * 256)));
}

/** Anything thrown must be a BlogError (exit 1 or 2 with a message), never an internal error. */
function expectBlogError(error: unknown, what: string): void {
  if (error instanceof BlogError) return;
  throw new Error(`${what}: internal error ${(error as Error)?.stack ?? String(error)}`);
}

test('random bytes, YAML and Markdown: lint and build answer cleanly, feed and sitemap stay well-formed', async () => {
  const r = seededRandom(SEED);
  const blog = copyFixture('starter');
  const posts = join(blog, 'posts');
  const { config } = loadConfig(blog);
  let cases = 0;
  let built = 0;
  for (let batch = 0; batch < BATCHES; batch++) {
    for (const f of readdirSync(posts)) if (f.startsWith('2025-01-01-f')) rmSync(join(posts, f));
    for (let i = 0; i < PER_KIND; i++) {
      writeFileSync(join(posts, `2025-01-01-f${batch}-b${i}.md`), randomBytes(r));
      writeFileSync(join(posts, `2025-01-01-f${batch}-y${i}.md`), randomYamlPost(r, i));
      writeFileSync(join(posts, `2025-01-01-f${batch}-m${i}.md`), randomMarkdownPost(r, i));
      cases += 3;
    }
    let lint: ReturnType<typeof lintBlog> | undefined;
    try {
      lint = lintBlog({ root: blog, config });
    } catch (error) {
      expectBlogError(error, `lint, batch ${batch}`);
    }
    // Build what lints clean: drop the posts with errors, as a writer would fix them.
    const bad = new Set(lint?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    for (const file of bad) rmSync(join(blog, file), { force: true });
    const outDir = join(blog, 'dist');
    try {
      await buildSite({ root: blog, config, outDir, now: Date.parse('2026-01-01'), cacheDir: false });
      built++;
      for (const file of ['atom.xml', 'sitemap.xml']) {
        const problem = xmlProblem(readFileSync(join(outDir, file), 'utf8'));
        assert.is(problem, null, `batch ${batch}: ${file} is not well-formed: ${problem}`);
      }
    } catch (error) {
      expectBlogError(error, `build, batch ${batch}`);
    }
  }
  assert.ok(cases >= 2000, `${cases} cases`);
  assert.ok(built >= BATCHES / 2, `only ${built} of ${BATCHES} batches built`);
});

test('through the CLI: exit 0, 1 or 2, never "Internal error", never a stack trace', () => {
  const r = seededRandom(SEED + 1);
  const blog = copyFixture('starter');
  for (let i = 0; i < 8; i++) {
    writeFileSync(join(blog, 'posts', `2025-01-02-c${i}-y.md`), randomYamlPost(r, i));
    writeFileSync(join(blog, 'posts', `2025-01-02-c${i}-m.md`), randomMarkdownPost(r, i));
    writeFileSync(join(blog, 'posts', `2025-01-02-c${i}-b.md`), randomBytes(r));
  }
  for (const args of [['lint'], ['lint', '--format', 'json'], ['lint', '--format', 'github'], ['build']]) {
    const run = runBlog(args, { cwd: blog });
    const out = run.stdout + run.stderr;
    assert.ok([0, 1, 2].includes(run.status ?? -1), `${args.join(' ')} exited ${run.status}`);
    assert.not.match(out, /Internal error/, args.join(' '));
    assert.not.match(out, /\n\s+at .+:\d+:\d+\)?\n/, `${args.join(' ')} printed a stack trace`);
  }
});

test.run();
