import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const RULE = 'posts/2022-01-18-the-3-2-1-backup-rule.md';

interface Report {
  post: { slug: string; file: string; title: string; date: string };
  related: {
    slug: string;
    file: string;
    title: string;
    date: string;
    pinned: boolean;
    fallback: false | 'shared-tag' | 'recent';
    score: number;
    tags: { score: number; shared: { tag: string; weight: number }[] };
    text: { score: number; terms: { term: string; weight: number }[] };
  }[];
}

const json = (blog: string, ...args: string[]): Report => {
  const run = runBlog(['related', ...args, '--format', 'json'], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stderr, '');
  return JSON.parse(run.stdout) as Report;
};

function relatedOnPage(html: string): string[] {
  const section = html.match(/class="related-posts[\s\S]*?<\/section>/)?.[0] ?? '';
  return [...section.matchAll(/href="\/posts\/([^/"]+)\/"/g)].map((m) => m[1]!);
}

/** A copy of an existing post under another slug, so it would be the best pick if it were shown. */
function twin(blog: string, file: string, frontMatter: string): void {
  const text = read(blog, RULE).replace(/^date: .*\n/m, `${frontMatter}\n`);
  writeFileSync(join(blog, file), text);
}

test('text: one line per pick with score, slug and title; --explain adds shared tags and terms', () => {
  const blog = copyFixture('related-eval', WITHOUT_EXTRAS);
  const run = runBlog(['related', 'the-3-2-1-backup-rule'], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.is(lines[0], `Related to ${RULE} (The 3-2-1 Backup Rule, Explained for Small Offices):`);
  assert.is(lines.length, 4);
  for (const line of lines.slice(1)) assert.match(line, /^ {3}[1-3] {2}[01]\.\d{3} {3}[a-z0-9-]+ +\S/);

  const explained = runBlog(['related', RULE, '--explain'], { cwd: blog });
  assert.is(explained.status, 0, explained.stderr);
  assert.match(explained.stdout, /\n {14}tags \d\.\d{3} {2}backup \(\d+\.\d\d\)/);
  assert.match(explained.stdout, /\n {14}text \d\.\d{3} {2}[a-z]+, [a-z]+/);
  assert.match(explained.stdout, /\nScore: tag and text closeness/);
});

test('json: picks with score and reasons; by slug or by path, the same list as the post page', () => {
  const blog = copyFixture('related-eval', WITHOUT_EXTRAS);
  const bySlug = json(blog, 'the-3-2-1-backup-rule');
  assert.equal(json(blog, RULE), bySlug);
  assert.equal(json(join(blog, 'posts'), '2022-01-18-the-3-2-1-backup-rule.md'), bySlug);
  assert.is(bySlug.post.slug, 'the-3-2-1-backup-rule');
  assert.is(bySlug.related.length, 3);
  for (const pick of bySlug.related) {
    assert.ok(pick.score > 0 && pick.score <= 1, String(pick.score));
    assert.is(pick.pinned, false);
    assert.match(pick.file, /^posts\/\d{4}-\d\d-\d\d-/);
    assert.ok(pick.text.terms.length > 0);
  }
  assert.ok(bySlug.related[0]!.score >= bySlug.related[1]!.score);
  assert.ok(bySlug.related.some((r) => r.tags.shared.some((t) => t.tag === 'backup' && t.weight > 1)));

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = relatedOnPage(read(blog, 'dist/posts/the-3-2-1-backup-rule/index.html'));
  assert.equal(
    page,
    bySlug.related.map((r) => r.slug),
  );
});

test('drafts and future posts are never picked, unless shown with --drafts / --future', () => {
  const blog = copyFixture('related-eval', WITHOUT_EXTRAS);
  twin(
    blog,
    'posts/2024-06-01-backup-rule-draft.md',
    'slug: backup-rule-draft\ndate: 2024-06-01\ndraft: true',
  );
  twin(blog, 'posts/2099-01-01-backup-rule-future.md', 'slug: backup-rule-future\ndate: 2099-01-01');
  const shown = json(blog, 'the-3-2-1-backup-rule').related.map((r) => r.slug);
  assert.not.ok(shown.includes('backup-rule-draft'));
  assert.not.ok(shown.includes('backup-rule-future'));
  assert.is(json(blog, 'the-3-2-1-backup-rule', '--drafts').related[0]!.slug, 'backup-rule-draft');
  assert.is(json(blog, 'the-3-2-1-backup-rule', '--future').related[0]!.slug, 'backup-rule-future');

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.not.match(
    readFileSync(join(blog, 'dist/posts/the-3-2-1-backup-rule/index.html'), 'utf8'),
    /backup-rule-(draft|future)/,
  );

  const draft = runBlog(['related', 'backup-rule-draft'], { cwd: blog });
  assert.is(draft.status, 2);
  assert.is(draft.stdout, '');
  assert.match(draft.stderr, /`backup-rule-draft` is a draft, so the site does not show it\./);
  assert.match(draft.stderr, /blog related backup-rule-draft --drafts/);
});

test('pins come first on the page and in `blog related`; an unknown pin stops the build at its line', () => {
  const blog = copyFixture('related-eval', WITHOUT_EXTRAS);
  const file = join(blog, RULE);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('tags:', 'related: [spoofed-domains-and-dmarc]\ntags:'),
  );
  const report = json(blog, 'the-3-2-1-backup-rule');
  assert.is(report.related[0]!.slug, 'spoofed-domains-and-dmarc');
  assert.is(report.related[0]!.pinned, true);
  assert.is(report.related.length, 3);
  const text = runBlog(['related', 'the-3-2-1-backup-rule'], { cwd: blog });
  assert.match(text.stdout, /\n {3}1 {2}pinned {2}spoofed-domains-and-dmarc/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = relatedOnPage(read(blog, 'dist/posts/the-3-2-1-backup-rule/index.html'));
  assert.equal(
    page,
    report.related.map((r) => r.slug),
  );

  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('spoofed-domains-and-dmarc', 'spoofed-domains-and-dmarcc'),
  );
  const bad = runBlog(['build'], { cwd: blog });
  assert.is(bad.status, 1);
  assert.match(
    bad.stderr,
    new RegExp(`${RULE}\\n\\s+4:\\d+\\s+error\\s+Unexpected \`spoofed-domains-and-dmarcc\` in \`related\``),
  );
});

test('a 4-post blog shows 3 related posts on every post page; --explain names the fallback picks', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const pages = readdirSync(join(blog, 'dist/posts'));
  assert.is(pages.length, 4);
  for (const slug of pages) {
    const related = relatedOnPage(read(blog, `dist/posts/${slug}/index.html`));
    assert.is(related.length, 3, `${slug}: ${related.join(', ')}`);
    assert.is(new Set(related).size, 3);
    assert.not.ok(related.includes(slug));
  }
  const report = json(blog, 'the-power-of-your-pocket-office');
  const filled = report.related.filter((r) => r.fallback);
  assert.ok(filled.length > 0);
  for (const r of filled) assert.ok(r.fallback === 'shared-tag' || r.fallback === 'recent');
  const text = runBlog(['related', 'the-power-of-your-pocket-office', '--explain'], { cwd: blog });
  assert.match(text.stdout, /\(fallback: newest (post|sharing a tag)\)\n/);
  assert.match(text.stdout, /\nFallback: too few posts scored above related\.minScore/);
});

test('related.includeNewer false lists only older posts; the cached build follows the config change', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  const config = JSON.parse(read(blog, 'blog.config.json'));
  config.related = { count: 3, includeNewer: false, minScore: 10 };
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify(config));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  // Newest first: the newest post may list the older three, the oldest lists none.
  const order = [
    'technology-pinpoints-inefficiencies',
    'hidden-dangers-of-vendor-data-access',
    'the-power-of-your-pocket-office',
    't-mobile-security-woes',
  ];
  order.forEach((slug, i) => {
    const related = relatedOnPage(read(blog, `dist/posts/${slug}/index.html`));
    assert.is(related.length, 3 - i, `${slug}: ${related.join(', ')}`);
    for (const other of related) assert.ok(order.indexOf(other) > i, `${slug} lists the newer ${other}`);
  });
  const clean = join(tempDir(), 'site');
  assert.is(runBlog(['build', '--no-cache', '--out', clean], { cwd: blog }).status, 0);
  for (const slug of readdirSync(join(blog, 'dist/posts')))
    assert.equal(
      relatedOnPage(read(blog, `dist/posts/${slug}/index.html`)),
      relatedOnPage(readFileSync(join(clean, `posts/${slug}/index.html`), 'utf8')),
      slug,
    );
});

test('an unknown post is an error with a suggestion, exit 2', () => {
  const blog = copyFixture('related-eval', WITHOUT_EXTRAS);
  const run = runBlog(['related', 'the-3-2-1-backup-rul'], { cwd: blog });
  assert.is(run.status, 2);
  assert.is(run.stdout, '');
  assert.match(run.stderr, /No post has the slug or file `the-3-2-1-backup-rul`\./);
  assert.match(run.stderr, /Did you mean `the-3-2-1-backup-rule`\?/);
  const usage = runBlog(['related', 'the-3-2-1-backup-rule', '--format', 'xml'], { cwd: blog });
  assert.is(usage.status, 2);
});

test('a post kept as a folder is found by its folder, with or without the slash', () => {
  const blog = copyFixture('images', WITHOUT_EXTRAS);
  const byIndex = runBlog(['related', 'posts/2024-01-01-cover-post/index.md'], { cwd: blog });
  assert.is(byIndex.status, 0, byIndex.stderr);
  for (const folder of ['posts/2024-01-01-cover-post', 'posts/2024-01-01-cover-post/']) {
    const run = runBlog(['related', folder], { cwd: blog });
    assert.is(run.status, 0, run.stderr);
    assert.is(run.stdout, byIndex.stdout);
  }
});

test.run();
