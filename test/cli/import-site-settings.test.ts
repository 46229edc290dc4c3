import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, REPO, read, runBlog, setConfig, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog } from '../helpers/fresh-blog.ts';

const STARTER_CONFIG = readFileSync(join(REPO, 'templates/starter/blog.config.json'), 'utf8');
const SAMPLES = [
  'posts/2023-02-10-t-mobile-security-woes.md',
  'posts/2025-09-18-the-power-of-your-pocket-office.md',
  'posts/2025-09-20-hidden-dangers-of-vendor-data-access.md',
  'posts/2025-10-01-backup-checklist.md',
  'posts/technology-pinpoints-inefficiencies',
];

/** `fixture` names a folder under test/fixtures, or is an absolute path (a site made by the test). */
function importInto(blog: string, kind: string, fixture: string, ...flags: string[]) {
  const r = runBlog(['import', kind, isAbsolute(fixture) ? fixture : join(FIXTURES, fixture), ...flags], {
    cwd: blog,
  });
  assert.is(r.status, 0, r.stderr);
  return r.stdout;
}

const config = (blog: string) => JSON.parse(read(blog, 'blog.config.json')) as Record<string, unknown>;

const settings = suite('old site settings');

settings(
  'hugo: a fresh blog takes the old site title, base URL, language, zone, description and author',
  () => {
    const blog = freshBlog();
    const report = importInto(blog, 'hugo', 'import-hugo-settings');
    const c = config(blog);
    assert.is(c.title, "forecho's Blog");
    assert.is(c.baseUrl, 'https://blog.forecho.test/');
    assert.is(c.language, 'zh-CN');
    assert.is(c.timeZone, 'Asia/Shanghai');
    assert.is(c.description, 'forecho 的独立博客');
    assert.equal(c.authors, [
      { name: 'forecho', url: 'https://forecho.test/', bio: '把生命浪费在美好的事物上' },
    ]);
    // What is not the old site's stays the starter's, in its own layout.
    assert.is(c.permalink, '/posts/:slug/');
    assert.match(read(blog, 'blog.config.json'), '  "related": { "count": 3 },\n');
    assert.match(
      report,
      '  config.toml\n    1: `baseURL` → blog.config.json: "baseUrl": "https://blog.forecho.test/"\n',
    );
    assert.match(report, '    3: `title` → blog.config.json: "title": "forecho\'s Blog"\n');
    assert.match(report, '    2: `languageCode` → blog.config.json: "language": "zh-CN"\n');
    assert.match(report, '    6: `timeZone` → blog.config.json: "timeZone": "Asia/Shanghai"\n');
    assert.match(report, '    17: `params.description` → blog.config.json');
    assert.match(report, 'still the starter\'s sample company: "tagline", "nav", "cta"');
    // Dates were read in the old site's zone: midnight UTC is the same day in Shanghai (New York's would shift it).
    assert.not.match(report, 'Dates:');
    assert.ok(existsSync(join(blog, 'posts/2022-04-28-midnight-release.md')));
    // The samples are named, with one command removing them; none is deleted.
    assert.match(report, `remove all 5 with: rm -r ${SAMPLES.join(' ')}\n`);
    for (const sample of SAMPLES) assert.ok(existsSync(join(blog, sample)), sample);
    assert.match(read(blog, 'import-report.txt'), '"language": "zh-CN"');

    setConfig(blog, WITHOUT_EXTRAS);
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    const page = read(blog, 'dist/posts/midnight-release/index.html');
    assert.match(page, '<link rel="canonical" href="https://blog.forecho.test/posts/midnight-release/">');
    assert.match(page, '<html lang="zh-CN"');
    assert.match(read(blog, 'dist/sitemap.xml'), 'https://blog.forecho.test/posts/midnight-release/');
    assert.not.match(read(blog, 'dist/sitemap.xml'), 'blog.example.com');
  },
);

settings('hugo: a time zone and a language the config cannot take are reported, not applied', () => {
  const blog = freshBlog();
  const report = importInto(blog, 'hugo', 'import-hugo-bad-settings');
  const c = config(blog);
  assert.is(c.title, "forecho's Blog");
  assert.is(c.language, 'en');
  assert.is(c.timeZone, 'America/New_York');
  assert.match(
    report,
    '"language" not set from the old site\'s `defaultContentLanguage` `cn` (config.toml:4): it disagrees with `languageCode` `en-us`; `cn` is not a language code',
  );
  assert.match(
    report,
    '"timeZone" not set from the old site\'s `timeZone` `Mars/Base` (config.toml:5): Expected an IANA time zone',
  );
  // The dates note names the zone the dates were read in: the starter's, since the old one was refused.
  assert.match(report, 'Dates: 1 post is on another day in America/New_York than the day written');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
});

settings(
  "hugo without `timeZone` (jvns.ca): the blog reads dates in UTC as Hugo did, so pages show each post's own day",
  () => {
    const site = tempDir('blog-hugo-no-zone-');
    mkdirSync(join(site, 'content/post'), { recursive: true });
    writeFileSync(join(site, 'config.yaml'), 'baseURL: https://jvns.test/\ntitle: Julia Evans\n');
    writeFileSync(
      join(site, 'content/post/2012-12-16-hack-night.md'),
      '---\ntitle: "Hack night"\ndate: 2012-12-16T00:00:00Z\n---\nBody.\n',
    );
    writeFileSync(
      join(site, 'content/post/2019-02-16-con.md'),
      '---\ntitle: Con\ndate: 2019-02-16\n---\nBody.\n',
    );
    const blog = freshBlog();
    const r = runBlog(['import', 'hugo', site], { cwd: blog });
    assert.is(r.status, 0, r.stderr);
    assert.is(config(blog).timeZone, 'UTC');
    assert.match(
      r.stdout,
      '    1: no `timeZone` in config.yaml, so Hugo read dates without an offset in UTC → blog.config.json: "timeZone": "UTC"\n',
    );
    assert.not.match(r.stdout, 'Dates:');
    assert.ok(existsSync(join(blog, 'posts/2012-12-16-hack-night.md')));
    setConfig(blog, WITHOUT_EXTRAS);
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(read(blog, 'dist/posts/hack-night/index.html'), 'datetime="2012-12-16T00:00:00Z"');
    assert.match(read(blog, 'dist/posts/con/index.html'), 'datetime="2019-02-16T00:00:00Z"');

    // A config edited since `blog init` is not changed: the report says what to set.
    const edited = freshBlog();
    appendFileSync(join(edited, 'blog.config.json'), '\n');
    const again = runBlog(['import', 'hugo', site, '--dry-run'], { cwd: edited });
    assert.match(
      again.stdout,
      'no `timeZone` in config.yaml, so Hugo read dates without an offset in UTC; not applied (this config was edited after `blog init`); to use it, set "timeZone": "UTC"',
    );
  },
);

settings('eleventy: front-matter dates are UTC in Eleventy, and so in the imported blog', () => {
  const blog = freshBlog();
  const report = importInto(blog, 'eleventy', 'import-eleventy-base-blog');
  assert.is(config(blog).timeZone, 'UTC');
  assert.match(
    report,
    'Eleventy reads front-matter dates in UTC (it has no time zone setting) → blog.config.json: "timeZone": "UTC"',
  );
});

settings(
  'eleventy: `_data/site.json` read like `_data/metadata.json`, a key both give taken from metadata',
  () => {
    const site = tempDir('blog-eleventy-site-json-');
    mkdirSync(join(site, 'src/posts'), { recursive: true });
    mkdirSync(join(site, 'src/_data'));
    writeFileSync(
      join(site, 'src/posts/2021-01-02-hello.md'),
      '---\ntitle: Hello\ndate: 2021-01-02\n---\nBody.\n',
    );
    // As in Hylia and other starters: the site's `name`, `url`, `description` and `author` in `site.json`.
    writeFileSync(
      join(site, 'src/_data/site.json'),
      '{\n  "name": "Starter Name",\n  "url": "https://notes.eleventy.test",\n  "description": "Notes on the web.",\n  "author": { "name": "Ada Writer", "email": "ada@eleventy.test" }\n}\n',
    );
    const blog = freshBlog();
    let report = importInto(blog, 'eleventy', site);
    let c = config(blog);
    assert.is(c.title, 'Starter Name');
    assert.is(c.baseUrl, 'https://notes.eleventy.test/');
    assert.is(c.description, 'Notes on the web.');
    assert.equal(c.authors, [{ name: 'Ada Writer', email: 'ada@eleventy.test' }]);
    // The time zone line (Eleventy has none: UTC) comes first, at line 1 of the same file.
    assert.match(
      report,
      / {2}src\/_data\/site\.json\n {4}1: Eleventy reads .*\n {4}2: `name` → blog\.config\.json: "title": "Starter Name"\n/,
    );
    assert.match(report, '    3: `url` → blog.config.json: "baseUrl": "https://notes.eleventy.test/"\n');
    assert.match(report, '    5: `author` → blog.config.json: "authors"');

    // Both files: metadata's `title` wins, the rest still comes from site.json; `site.js` of literal values too.
    rmSync(join(site, 'src/_data/site.json'));
    writeFileSync(
      join(site, 'src/_data/site.js'),
      'module.exports = {\n  name: "Starter Name",\n  url: "https://notes.eleventy.test",\n};\n',
    );
    writeFileSync(join(site, 'src/_data/metadata.json'), '{ "title": "Metadata Title" }\n');
    const other = freshBlog();
    report = importInto(other, 'eleventy', site);
    c = config(other);
    assert.is(c.title, 'Metadata Title');
    assert.is(c.baseUrl, 'https://notes.eleventy.test/');
    assert.match(
      report,
      / {2}src\/_data\/metadata\.json\n( {4}1: Eleventy reads .*\n)? {4}1: `title` → blog\.config\.json: "title": "Metadata Title"\n/,
    );
    assert.match(report, '  src/_data/site.js\n    3: `url` → blog.config.json');
  },
);

settings('jekyll: url + baseurl, lang, timezone and author applied', () => {
  const blog = freshBlog();
  const report = importInto(blog, 'jekyll', 'import-jekyll-settings');
  const c = config(blog);
  assert.is(c.title, 'Old Jekyll Notes');
  assert.is(c.baseUrl, 'https://notes.oldsite.test/blog/');
  assert.is(c.language, 'en-GB');
  assert.is(c.timeZone, 'Europe/London');
  assert.equal(c.authors, [{ name: 'Jane Doe', email: 'jane@oldsite.test' }]);
  assert.match(report, '  _config.yml\n    1: `title` → blog.config.json: "title": "Old Jekyll Notes"\n');
  assert.match(
    report,
    '    3: `url + baseurl` → blog.config.json: "baseUrl": "https://notes.oldsite.test/blog/"\n',
  );
  setConfig(blog, WITHOUT_EXTRAS);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/hello-again/index.html'),
    '<link rel="canonical" href="https://notes.oldsite.test/blog/posts/hello-again/">',
  );
});

settings('an edited config is left alone: the settings are listed with the JSON to set', () => {
  const blog = freshBlog();
  appendFileSync(join(blog, 'blog.config.json'), '\n');
  const before = read(blog, 'blog.config.json');
  const report = importInto(blog, 'jekyll', 'import-jekyll-settings');
  assert.is(read(blog, 'blog.config.json'), before);
  assert.match(
    report,
    '  blog.config.json\n    2: the old site\'s `title` (_config.yml:1) not applied (this config was edited after `blog init`); to use it, set "title": "Old Jekyll Notes"\n',
  );
  assert.match(report, 'to use it, set "baseUrl": "https://notes.oldsite.test/blog/"');
  assert.match(report, 'to use it, set "authors": [{ "name": "Jane Doe", "email": "jane@oldsite.test" }]');
  assert.not.match(report, 'still the starter');
  assert.not.match(report, '→ blog.config.json');
});

settings('a setting the config has already is not listed again', () => {
  const blog = freshBlog();
  importInto(blog, 'jekyll', 'import-jekyll-settings');
  const again = importInto(blog, 'jekyll', 'import-jekyll-settings');
  assert.not.match(again, 'blog.config.json');
});

settings('--dry-run writes nothing, and says what it would set', () => {
  const blog = freshBlog();
  const posts = readdirSync(join(blog, 'posts')).sort();
  const report = importInto(blog, 'jekyll', 'import-jekyll-settings', '--dry-run');
  assert.is(read(blog, 'blog.config.json'), STARTER_CONFIG);
  assert.equal(readdirSync(join(blog, 'posts')).sort(), posts);
  assert.not.ok(existsSync(join(blog, 'import-report.txt')));
  assert.match(report, '`timezone` → blog.config.json: "timeZone": "Europe/London"');
  assert.match(report, 'a sample post of `blog init`, unchanged');
});

settings('an edited sample post is not named', () => {
  const blog = freshBlog();
  appendFileSync(join(blog, SAMPLES[0]!), '\nMy own words.\n');
  const report = importInto(blog, 'jekyll', 'import-jekyll-settings', '--dry-run');
  assert.not.match(report, SAMPLES[0]!);
  assert.match(report, `remove all 4 with: rm -r ${SAMPLES.slice(1).join(' ')}\n`);
});

settings(
  'jekyll: an author map (`authors:` in _config.yml, or _data/authors.yml) becomes keyed profiles; bylines show names',
  () => {
    const site = tempDir('blog-jekyll-author-map-');
    mkdirSync(join(site, '_posts'));
    // As on artsy.github.io: profiles by id under `authors:`, posts naming the id.
    writeFileSync(
      join(site, '_config.yml'),
      [
        'title: Artsy Engineering',
        'authors:',
        '  orta:',
        '    name: Orta Therox',
        '    site: http://orta.io',
        '    twitter: orta',
        '    byline: Code Janitor at Artsy.',
        '  db:',
        '    name: Daniel Doubrovkine',
        '    site: http://code.dblock.org',
        '',
      ].join('\n'),
    );
    writeFileSync(join(site, '_posts/2012-01-05-hello.md'), '---\ntitle: Hello\nauthor: db\n---\nBody.\n');
    writeFileSync(
      join(site, '_posts/2012-01-06-pair.md'),
      '---\ntitle: Pair\nauthor: [orta, db]\n---\nBody.\n',
    );
    const blog = freshBlog();
    const r = runBlog(['import', 'jekyll', site], { cwd: blog });
    assert.is(r.status, 0, r.stderr);
    assert.equal(config(blog).authors, [
      { key: 'orta', name: 'Orta Therox', url: 'http://orta.io', bio: 'Code Janitor at Artsy.' },
      { key: 'db', name: 'Daniel Doubrovkine', url: 'http://code.dblock.org' },
    ]);
    assert.match(
      r.stdout,
      '    2: `authors` → blog.config.json: "authors": 2 profiles by key (orta → Orta Therox, db → Daniel Doubrovkine); posts that name no author are by Orta Therox\n',
    );
    // One profile to a line, the rest of the starter's layout kept.
    assert.match(
      read(blog, 'blog.config.json'),
      '  "authors": [\n    { "key": "orta", "name": "Orta Therox",',
    );
    for (const sample of SAMPLES) rmSync(join(blog, sample), { recursive: true });
    setConfig(blog, WITHOUT_EXTRAS);
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    const page = read(blog, 'dist/posts/hello/index.html');
    assert.match(page, 'By <a href="/authors/db/" rel="author">Daniel Doubrovkine</a>');
    assert.not.match(page, '>db<');
    assert.match(read(blog, 'dist/authors/db/index.html'), 'Daniel Doubrovkine');
    assert.match(read(blog, 'dist/authors/orta/index.html'), 'Code Janitor at Artsy.');

    // Minimal Mistakes and jekyll-seo-tag: `_data/authors.yml`, the site's own `author` first.
    mkdirSync(join(site, '_data'));
    writeFileSync(
      join(site, '_data/authors.yml'),
      'orta:\n  name: Orta Therox\n  avatar: https://avatars.test/orta.png\n  bio: Janitor\ndb:\n  name: Daniel Doubrovkine\n  avatar: /assets/db.jpg\n  uri: https://code.dblock.org\n',
    );
    appendFileSync(join(site, '_config.yml'), 'author: db\n');
    const other = freshBlog();
    const again = runBlog(['import', 'jekyll', site], { cwd: other });
    assert.is(again.status, 0, again.stderr);
    assert.equal(config(other).authors, [
      { key: 'db', name: 'Daniel Doubrovkine', url: 'https://code.dblock.org' },
      { key: 'orta', name: 'Orta Therox', bio: 'Janitor', avatar: 'https://avatars.test/orta.png' },
    ]);
    assert.match(
      again.stdout,
      '`author + _data/authors.yml` → blog.config.json: "authors": 2 profiles by key (db → Daniel Doubrovkine, orta → Orta Therox); posts that name no author are by Daniel Doubrovkine',
    );
  },
);

settings(
  'hugo without a timeZone, dates in summer and winter time (+02:00, +01:00): a zone with both is set, no post moves a day',
  () => {
    const source = tempDir('hugo-dst-');
    mkdirSync(join(source, 'content/posts'), { recursive: true });
    writeFileSync(join(source, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "H"\n');
    const dates = {
      spring: '2023-03-20T23:30:00+01:00',
      summer: '2023-07-10T00:30:00+02:00',
      autumn: '2023-10-30T00:30:00+01:00',
    };
    for (const [name, date] of Object.entries(dates))
      writeFileSync(
        join(source, `content/posts/${name}.md`),
        `---\ntitle: ${name}\ndate: ${date}\n---\nBody.\n`,
      );
    // The starter's config as `blog init` wrote it: the old site's settings are applied to it.
    const blog = freshBlog();
    for (const p of SAMPLES) rmSync(join(blog, p), { recursive: true });
    const report = importInto(blog, 'hugo', source);
    // Before: UTC, and "2 posts are on another day", whose advice (Etc/GMT-2) moved the +01:00 spring post instead.
    const zone = config(blog).timeZone as string;
    assert.match(zone, /^Europe\//);
    assert.match(report, `(+01:00 and +02:00), which are ${zone}'s at those dates`);
    assert.not.match(report, 'Dates:');
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    for (const [name, date] of Object.entries(dates)) {
      const page = read(blog, `dist/posts/${name}/index.html`);
      assert.match(page, `datetime="${date}"`);
      const [y, m, d] = date.slice(0, 10).split('-').map(Number);
      const shown = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-US', {
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
      assert.match(page, shown, `${name}: ${shown}`);
    }
  },
);

settings.run();
