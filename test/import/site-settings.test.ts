/** @fileoverview An old site's settings read from its config and made into this blog's config values. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setConfigKeys } from '../../src/import/apply-site-settings.ts';
import { formatImportReport } from '../../src/import/report.ts';
import { authorMapOf, authorsOf, baseUrl, languageTag } from '../../src/import/setting-values.ts';
import { readSiteSettings } from '../../src/import/site-settings.ts';
import type { ImportPlan } from '../../src/import/types.ts';
import { tempDir } from '../helpers/cli.ts';

test('languages: a tag made canonical; a country or a malformed one refused with the reason', () => {
  assert.equal(languageTag('zh-cn'), { value: 'zh-CN' });
  assert.equal(languageTag('en_US'), { value: 'en-US' });
  assert.equal(languageTag('zh-hans'), { value: 'zh-Hans' });
  assert.equal(languageTag('cn'), { problem: '`cn` is not a language code (`cn` may name a country)' });
  assert.equal(languageTag('not a tag'), { problem: '`not a tag` is not a BCP 47 language tag' });
});

test('base URLs: a path prefix joined on, a trailing slash, placeholders and relative ones refused', () => {
  assert.equal(baseUrl('https://blog.forecho.test'), { value: 'https://blog.forecho.test/' });
  assert.equal(baseUrl('https://x.test', '/blog'), { value: 'https://x.test/blog/' });
  assert.equal(baseUrl('https://x.test/', '/blog/'), { value: 'https://x.test/blog/' });
  assert.equal(baseUrl('http://localhost:4000'), {
    problem: "`http://localhost:4000` is a placeholder, not the site's address",
  });
  assert.equal(baseUrl('/'), { problem: '`/` is not an absolute URL' });
});

test('authors: a name, a table, or a list of them', () => {
  assert.equal(authorsOf('Jane'), { value: ['Jane'] });
  assert.equal(authorsOf({ name: 'forecho', homepage: 'https://f.test/', avatar: '/a.png', twitter: 'x' }), {
    value: [{ name: 'forecho', url: 'https://f.test/', avatar: '/a.png' }],
  });
  assert.equal(authorsOf(['Jane', { name: 'Joe' }]), { value: ['Jane', { name: 'Joe' }] });
  assert.is(authorsOf({ email: 'no-name@x.test' }), undefined);
});

test('authors: a Jekyll author map written with `display_name`, `about`, `web`, `gravatar` (blog.webjeda.com)', () => {
  const map = {
    sharathdt: {
      display_name: 'Sharath Kumar',
      about: 'Chess coach and web designer.',
      email: 'mailto:hello@webjeda.test',
      web: 'http://webjeda.test/',
      gravatar: 'https://s.gravatar.test/avatar/abc?s=80',
      twitter: 'https://twitter.test/sharathdt',
    },
  };
  assert.equal(authorMapOf(map), [
    {
      key: 'sharathdt',
      name: 'Sharath Kumar',
      bio: 'Chess coach and web designer.',
      email: 'hello@webjeda.test',
      url: 'http://webjeda.test/',
      avatar: 'https://s.gravatar.test/avatar/abc?s=80',
    },
  ]);
  // `name` wins over `display_name` whichever comes first.
  assert.is(authorMapOf({ a: { display_name: 'Shown', name: 'Named' } })[0]!.name, 'Named');
});

test('hexo: `url` holding the subfolder is not joined with `root` again; `language` as a list', () => {
  const site = tempDir('blog-settings-hexo-');
  writeFileSync(
    join(site, '_config.yml'),
    'title: Hexo\nsubtitle: Notes\nurl: https://x.test/blog\nroot: /blog/\nlanguage:\n  - zh-CN\n  - en\ntimezone: Asia/Shanghai\n',
  );
  const got = Object.fromEntries(
    readSiteSettings('hexo', site).map((s) => [s.key, [s.checked, `${s.file}:${s.line}`]]),
  );
  assert.equal(got.baseUrl, [{ value: 'https://x.test/blog/' }, '_config.yml:3']);
  assert.equal(got.tagline, [{ value: 'Notes' }, '_config.yml:2']);
  assert.equal(got.language, [{ value: 'zh-CN' }, '_config.yml:5']);
  assert.equal(got.timeZone, [{ value: 'Asia/Shanghai' }, '_config.yml:8']);
});

test('eleventy: `_data/metadata.js` of eleventy-base-blog v9, an exported object of values, read and never run', () => {
  const site = tempDir('blog-settings-eleventy-js-');
  mkdirSync(join(site, '_data'));
  writeFileSync(
    join(site, '_data/metadata.js'),
    'export default {\n\ttitle: "Eleventy Base Blog v9",\n\turl: "https://blog.example.org/",\n\tlanguage: "en",\n\tdescription: "I am writing about my experiences as a naval navel-gazer.",\n\tauthor: {\n\t\tname: "Your Name Here",\n\t\temail: "youremailaddress@example.com",\n\t}\n}\n',
  );
  const got = Object.fromEntries(
    readSiteSettings('eleventy', site).map((s) => [s.key, [s.checked, `${s.file}:${s.line}`]]),
  );
  assert.equal(got.title, [{ value: 'Eleventy Base Blog v9' }, '_data/metadata.js:2']);
  assert.equal(got.baseUrl, [{ value: 'https://blog.example.org/' }, '_data/metadata.js:3']);
  assert.equal(got.description?.[1], '_data/metadata.js:5');
  // Code is never run: a module that computes its values gives no settings but the zone Eleventy reads dates in.
  writeFileSync(
    join(site, '_data/metadata.js'),
    'const t = process.env.TITLE;\nexport default { title: t };\n',
  );
  assert.equal(
    readSiteSettings('eleventy', site).map((s) => [s.key, s.checked]),
    [['timeZone', { value: 'UTC' }]],
  );
});

test("hugo: the imported language's own settings first, and lines in a split config", () => {
  const site = tempDir('blog-settings-hugo-');
  mkdirSync(join(site, 'config/_default'), { recursive: true });
  writeFileSync(
    join(site, 'config/_default/hugo.toml'),
    'baseURL = "https://x.test/"\ntitle = "Site"\ndefaultContentLanguage = "en"\n\n[languages.en]\ntitle = "English site"\n\n[languages.fr]\ntitle = "Site français"\nlanguageCode = "fr-FR"\n',
  );
  writeFileSync(join(site, 'config/_default/params.toml'), 'toc = true\ndescription = "About things"\n');
  const fr = Object.fromEntries(readSiteSettings('hugo', site, 'fr').map((s) => [s.key, s]));
  assert.equal(fr.title?.checked, { value: 'Site français' });
  assert.is(`${fr.title?.file}:${fr.title?.line}`, 'config/_default/hugo.toml:9');
  assert.equal(fr.language?.checked, { value: 'fr-FR' });
  assert.is(`${fr.description?.file}:${fr.description?.line}`, 'config/_default/params.toml:2');
  const en = Object.fromEntries(readSiteSettings('hugo', site).map((s) => [s.key, s]));
  assert.equal(en.title?.checked, { value: 'English site' });
  assert.equal(en.language?.checked, { value: 'en' });
});

test('the config text: one-line keys replaced in place, the rest of the layout kept', () => {
  const text =
    '{\n  "title": "A",\n  "authors": [{ "name": "B" }],\n  "nav": [\n    { "label": "Home", "url": "/" }\n  ]\n}\n';
  assert.is(
    setConfigKeys(text, { title: 'It\'s "C"', authors: [{ name: 'D', url: 'https://d.test/' }] }),
    '{\n  "title": "It\'s \\"C\\"",\n  "authors": [{ "name": "D", "url": "https://d.test/" }],\n  "nav": [\n    { "label": "Home", "url": "/" }\n  ]\n}\n',
  );
  // A key written over several lines: the whole file is written anew, still the same JSON.
  assert.equal(JSON.parse(setConfigKeys(text, { nav: [] })), {
    title: 'A',
    authors: [{ name: 'B' }],
    nav: [],
  });
});

/** An import of no posts whose only news is `dayShifts`. */
function planShifting(
  dayShifts: NonNullable<ImportPlan['dayShifts']>,
  kind: ImportPlan['kind'] = 'hugo',
): ImportPlan {
  return {
    kind,
    files: [],
    changed: [],
    left: [],
    skipped: [],
    notPosts: [],
    leftOut: [],
    posts: 0,
    dayShifts,
  };
}

test("the dates note names the old site's zone when the import applied it", () => {
  const plan = planShifting({
    count: 2,
    first: { file: 'content/posts/x.md', date: '2022-04-28T00:00:00Z', day: '2022-04-27' },
    timeZone: 'America/Chicago',
    timeZoneFrom: 'config.toml:4',
  });
  const report = formatImportReport(plan, { source: 'old', dryRun: false });
  assert.match(
    report,
    "Dates: 2 posts are on another day in America/Chicago (the old site's, from config.toml:4) than the day written",
  );
  assert.match(
    report,
    'set "timeZone" in blog.config.json to the zone they were written in (often "UTC") (delete these posts and import again).',
  );
});

test('the dates note says why the zone is UTC when the old generator reads dates in UTC without a setting', () => {
  const plan = planShifting(
    {
      count: 1,
      first: { file: 'posts/x.md', date: '2019-02-16T22:00:00-05:00', day: '2019-02-17' },
      timeZone: 'UTC',
      timeZoneFrom: 'eleventy.config.js:1',
      timeZoneImplied: 'Eleventy reads front-matter dates in UTC (it has no time zone setting)',
    },
    'eleventy',
  );
  const report = formatImportReport(plan, { source: 'old', dryRun: false });
  assert.match(
    report,
    'Dates: 1 post is on another day in UTC (as the old site: Eleventy reads front-matter dates in UTC (it has no time zone setting)) than the day written',
  );
  // UTC is the zone already: not offered again as the usual choice.
  assert.match(
    report,
    'set "timeZone" in blog.config.json to the zone they were written in (delete these posts',
  );
});

test("Hugo without a timeZone showed a date with an offset in that offset: the note says so and names the offset's zone", () => {
  // blog.jessfraz.com: `date = "2015-06-06T21:10:30-04:00"` was June 6 there, is June 7 in UTC.
  const plan = planShifting({
    count: 4,
    first: { file: 'content/post/dogfooding.md', date: '2015-06-06T21:10:30-04:00', day: '2015-06-07' },
    timeZone: 'UTC',
    timeZoneFrom: 'config.toml:1',
    timeZoneImplied: 'no `timeZone` in config.toml, so Hugo read dates without an offset in UTC',
  });
  const report = formatImportReport(plan, { source: 'old', dryRun: false });
  assert.match(
    report,
    'Dates: 4 posts are on another day in UTC than on the old site (`content/post/dogfooding.md`: `2015-06-06T21:10:30-04:00` is 2015-06-07 in UTC): without a `timeZone` setting Hugo reads a date in UTC only when it has no offset, and showed this one in its own.',
  );
  assert.match(
    report,
    '("Etc/GMT+4" is -04:00 all year; a city\'s, such as "America/New_York", follows its summer time) before importing (delete these posts and import again).',
  );
  assert.not.match(report, 'as the old site');
  assert.not.match(report, 'often "UTC"');
});

test('Hugo dates in two offsets (the config edited, so no zone applied): the note names a city zone, not a fixed offset', () => {
  const plan = planShifting({
    count: 1,
    first: { file: 'content/posts/summer.md', date: '2023-07-10T00:30:00+02:00', day: '2023-07-09' },
    timeZone: 'UTC',
    timeZoneFrom: 'hugo.toml:1',
    timeZoneImplied: 'no `timeZone` in hugo.toml, so Hugo read dates without an offset in UTC',
    offsets: [
      { epoch: Date.parse('2023-03-20T23:30:00+01:00'), offset: 60 },
      { epoch: Date.parse('2023-07-10T00:30:00+02:00'), offset: 120 },
    ],
  });
  const report = formatImportReport(plan, { source: 'old', dryRun: false });
  // Before: "Etc/GMT-2" is +02:00 all year, which moves the +01:00 post to the next day.
  assert.not.match(report, 'Etc/GMT');
  assert.match(
    report,
    /\(the posts are written in \+01:00 and \+02:00: a city's zone with those offsets at those dates, such as "Europe\/\w+"\) before importing/,
  );
});

test.run();
