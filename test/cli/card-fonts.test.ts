/**
 * @fileoverview `socialCardFonts`: a blog's own fonts for the letters Inter lacks. A Chinese title warns and
 * names its post without one, is drawn with one, and a font that cannot be used is a config error.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, setConfig } from '../helpers/cli.ts';

const POST = 'posts/2024-01-01-jquery-table.md';
const FONTS = [117, 118, 119].map((n) => `static/fonts/noto-sans-sc-${n}-700-normal.woff`);

/** The PNG of the card whose file name starts with `name`, and that file name. */
function card(blog: string, name: string, outDir = 'dist'): { file: string; png: Buffer } {
  const file = readdirSync(join(blog, outDir, 'cards')).find((f) => f.startsWith(`${name}-`))!;
  return { file, png: readFileSync(join(blog, outDir, 'cards', file)) };
}

test('a Chinese title with no card font: the build warns, naming the post, the letters and the option', () => {
  const blog = copyFixture('card-fonts-cjk');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const out = r.stdout + r.stderr;
  assert.match(out, POST);
  assert.match(out, 'leaves out 3 letters no card font has: 、表格');
  assert.match(out, '`socialCardFonts`');
  assert.match(out, '1 warning, listed above');
  // The English post's card lacks nothing.
  assert.not.match(out, '2024-01-02-english.md');

  const github = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.match(
    github.stdout,
    `::warning file=${POST},line=1,col=1,title=build/social-card-font::The social card of this post leaves out 3 letters`,
  );
  // Cards taken from the cache warn the same: the warning comes from the card's text, not from drawing it.
  writeFileSync(
    join(blog, 'posts/2024-01-02-english.md'),
    readFileSync(join(blog, 'posts/2024-01-02-english.md'), 'utf8').replace('Plain text.', 'Edited.'),
  );
  const cached = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(cached.stdout, github.stdout);
});

test('a site titled in Chinese warns at the config file', () => {
  const blog = copyFixture('card-fonts-cjk', { title: '表格', socialCards: 'site' });
  const r = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '::warning file=blog.config.json,line=1,col=1,title=build/social-card-font::The site’s social card leaves out 2 letters no card font has: 表格',
  );
});

test('a post card warns only about what it shows: its description is on the page, not on the card', () => {
  const blog = copyFixture('card-fonts-cjk', { socialCardFonts: FONTS });
  const english = join(blog, 'posts/2024-01-02-english.md');
  writeFileSync(
    english,
    readFileSync(english, 'utf8').replace(
      /^description: .*$/m,
      'description: 一篇关于双色表格的文章，只在页面上显示。',
    ),
  );
  const r = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, 'social-card-font');
});

test('emoji are left out quietly: no font option would bring them back', () => {
  const blog = copyFixture('card-fonts-cjk', { title: 'Launch 🚀 notes 👩‍💻', socialCards: 'site' });
  const r = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, 'social-card-font');
});

test('with the fonts configured the card has the letters, nothing warns, and the cache gives the same bytes', () => {
  const plain = copyFixture('card-fonts-cjk');
  assert.is(runBlog(['build'], { cwd: plain }).status, 0);
  const blog = copyFixture('card-fonts-cjk', { socialCardFonts: FONTS });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, 'warning');
  const drawn = card(blog, 'jquery-table');
  assert.is.not(drawn.file, card(plain, 'jquery-table').file);
  assert.not.ok(drawn.png.equals(card(plain, 'jquery-table').png));

  // A clean build and a build from the cache give the same card, byte for byte.
  assert.is(runBlog(['build', '--no-cache', '--out', 'clean'], { cwd: blog }).status, 0);
  assert.ok(card(blog, 'jquery-table', 'clean').png.equals(drawn.png));

  // Another font is another card: the fonts' bytes are part of its key.
  setConfig(blog, { socialCardFonts: FONTS.slice(1) });
  const fewer = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(fewer.status, 0, fewer.stderr);
  assert.match(fewer.stdout, 'leaves out 1 letter no card font has: 格');
  assert.is.not(card(blog, 'jquery-table').file, drawn.file);
});

const BAD: [string, unknown, string][] = [
  [
    'a missing file',
    ['static/fonts/NotoSansSC-Bold.otf'],
    '`static/fonts/NotoSansSC-Bold.otf` does not exist',
  ],
  ['a path outside the blog', ['../outside.ttf'], '`../outside.ttf` is not a path inside the blog'],
  ['an absolute path', ['/usr/share/fonts/x.ttf'], '`/usr/share/fonts/x.ttf` is not a path inside the blog'],
  ['a file that is not a font', [POST], `\`${POST}\` is not a TrueType, OpenType or WOFF font`],
  ['a folder', ['static/fonts'], '`static/fonts` is not a file'],
  ['a WOFF2 name', ['static/fonts/NotoSansSC-Bold.woff2'], 'satori) cannot read WOFF2'],
  [
    'WOFF2 bytes under another name',
    ['static/fonts/renamed.ttf'],
    'is a WOFF2 font, which the card renderer (satori) cannot read',
  ],
  ['a string, not a list', 'static/fonts/a.ttf', '`socialCardFonts` must be a list, got the string'],
];

for (const [what, value, message] of BAD)
  test(`${what} in socialCardFonts is a config error naming the file and the key`, () => {
    const blog = copyFixture('card-fonts-cjk', { socialCardFonts: value });
    writeFileSync(
      join(blog, 'static/fonts/renamed.ttf'),
      Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(64)]),
    );
    const r = runBlog(['build'], { cwd: blog });
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stdout + r.stderr, 'blog.config.json');
    assert.match(r.stdout + r.stderr, /Invalid `socialCardFonts|`socialCardFonts` must/);
    assert.match(r.stdout + r.stderr, message);
    assert.not.match(r.stdout + r.stderr, 'Internal error');
  });

test.run();
