/** The theme speaks the site's `language`: its words, dates and plurals, the config's `strings` over them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const GERMAN = {
  ...WITHOUT_EXTRAS,
  language: 'de',
  timeZone: 'Europe/Berlin',
  postsPerPage: 2,
  redirects: { '/old-post/': '/posts/t-mobile-security-woes/' },
  // The starter's nav is the user's own English words: without one, the theme's Home and Archive.
  nav: undefined,
};
const ENGLISH_WORDS =
  /Related posts|min read|Older posts|Skip to content|Page not found|Latest posts|>Tags<|"Tags"/;

/** Builds the blog; what the build printed. */
function build(blog: string): string {
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  return r.stdout + r.stderr;
}

let german: string;
test.before(() => {
  // Search on: its page and its script's messages are German too.
  german = copyFixture('starter', { ...GERMAN, search: true });
  build(german);
});

test('a post page in German: <html lang>, the theme’s words, a German date, the minutes by plural rules', () => {
  const html = read(german, 'dist/posts/t-mobile-security-woes/index.html');
  assert.match(html, '<html lang="de">');
  assert.match(html, '<a class="skip-link" href="#main">Zum Inhalt springen</a>');
  assert.match(html, '<h2 id="related-title">Ähnliche Beiträge</h2>');
  assert.match(html, /<span>\d+ Min\. Lesezeit<\/span>/);
  assert.match(html, 'aria-label="Schlagwörter"');
  // The page text is German; the machine-readable date is as it was.
  assert.match(html, /<time datetime="2023-02-10T00:00:00\+01:00"[^>]*>10\. Februar 2023<\/time>/);
  assert.not.match(html, ENGLISH_WORDS);
});

test('the index, a tag page and the 404 page in German', () => {
  const index = read(german, 'dist/index.html');
  assert.match(index, '<span class="pagination-status">Seite 1 von 2</span>');
  assert.match(index, 'Ältere Beiträge →</a>');
  assert.match(index, /<time datetime="[^"]+">\d+\. (Januar|Februar|September|Oktober) 20\d\d<\/time>/);
  assert.match(index, '>Abonnieren (Feed)</a>');
  assert.match(index, /<nav class="site-nav" aria-label="Hauptmenü">[\s\S]*>Startseite<[\s\S]*>Archiv</);
  assert.not.match(index, ENGLISH_WORDS);

  const tag = read(german, 'dist/tags/security/index.html');
  assert.match(tag, '<title>Schlagwort „Security“ · ');
  assert.match(tag, '<meta name="description" content="Beiträge mit dem Schlagwort Security">');
  assert.match(tag, /<time datetime="[^"]+">\d+\. \p{L}+ 20\d\d<\/time>/u);
  assert.not.match(tag, ENGLISH_WORDS);

  const notFound = read(german, 'dist/404.html');
  assert.match(notFound, '<h1>Seite nicht gefunden</h1>');
  assert.match(notFound, '<h2 class="section-title">Neueste Beiträge</h2>');
  assert.match(notFound, '>Zur Startseite</a>');
  assert.not.match(notFound, ENGLISH_WORDS);

  const archive = read(german, 'dist/archive/index.html');
  assert.match(archive, 'class="archive-month-title">Februar 2023</');
  assert.match(archive, /<span class="visually-hidden"> Beiträge?<\/span>/);

  assert.match(read(german, 'dist/old-post/index.html'), 'Diese Seite ist umgezogen nach <a href=');

  const search = read(german, 'dist/search/index.html');
  assert.match(search, '<h1>Suche</h1>');
  assert.match(
    search,
    '<label class="search-label" for="search-q">Wörter, die in den Beiträgen gesucht werden</label>',
  );
  assert.match(search, 'data-strings="{&quot;searching&quot;:&quot;Suche läuft…&quot;');
  assert.match(index, 'placeholder="Beiträge durchsuchen"');
});

test('`strings` in the config replaces one message, the rest stay German', () => {
  const blog = copyFixture('starter', { ...GERMAN, strings: { relatedPosts: 'Lies auch' } });
  build(blog);
  const html = read(blog, 'dist/posts/t-mobile-security-woes/index.html');
  assert.match(html, '<h2 id="related-title">Lies auch</h2>');
  assert.not.match(html, 'Ähnliche Beiträge');
  assert.match(html, 'Zum Inhalt springen');
});

test('an unknown message id is a config error at its line, with a did-you-mean', () => {
  const blog = copyFixture('starter', { ...GERMAN, strings: { relatedPost: 'Lies auch' } });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(
    r.stderr,
    /blog\.config\.json\n +\d+:\d+ +error +Unexpected key `strings\.relatedPost`\. Did you mean `relatedPosts`\?/,
  );
});

test('a placeholder the message does not have is a config error naming the ones it has', () => {
  const blog = copyFixture('starter', { ...GERMAN, strings: { minRead: '{minutes} Minuten' } });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, 'Invalid `strings.minRead`: Unexpected `{minutes}`, expected `{count}`');
});

test('de-AT reads the German words, keeps its own tag in <html lang> and its own dates', () => {
  const blog = copyFixture('starter', { ...GERMAN, language: 'de-AT' });
  assert.not.match(build(blog), 'warning');
  const html = read(blog, 'dist/posts/t-mobile-security-woes/index.html');
  assert.match(html, '<html lang="de-AT">');
  assert.match(html, 'Ähnliche Beiträge');
  assert.match(html, />10\. Februar 2023<\/time>/);
});

test('a language the theme has no words for builds in English with a warning at `language`; dates follow it', () => {
  const blog = copyFixture('starter', { ...GERMAN, language: 'sv' });
  assert.match(build(blog), '1 warning, run `blog lint`');
  const html = read(blog, 'dist/posts/t-mobile-security-woes/index.html');
  assert.match(html, '<html lang="sv">');
  assert.match(html, 'Related posts');
  assert.match(html, />10 februari 2023<\/time>/);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 0, lint.stderr);
  assert.match(
    lint.stdout,
    /blog\.config\.json\n +\d+:\d+ +warning +The theme has no words in `sv`.*config\/theme-language/,
  );
});

test('English stays as it was: the long date in English order, the English words', () => {
  const blog = copyFixture('starter', { ...WITHOUT_EXTRAS });
  build(blog);
  const html = read(blog, 'dist/posts/t-mobile-security-woes/index.html');
  assert.match(html, '<html lang="en">');
  assert.match(html, />February 10, 2023<\/time>/);
  assert.match(html, /<span>\d+ min read<\/span>/);
});

test.run();
