import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { countTermsInParts } from '../../src/site/related/count-parallel.ts';
import { vectorize } from '../../src/site/related/tfidf.ts';
import { stem, tokenize } from '../../src/site/related/tokenize.ts';
import { createRelatedIndex, plainText, type RelatedInput, relatePosts } from '../../src/site/related.ts';

const post = (slug: string, tags: string[], body = '', extra: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  tags,
  epoch: 0,
  pins: [],
  ...(body ? { text: { title: slug.replace(/-/g, ' '), body } } : {}),
  ...extra,
});
const slugsOf = (posts: RelatedInput[], lists: number[][]) =>
  Object.fromEntries(lists.map((list, i) => [posts[i]!.slug, list.map((j) => posts[j]!.slug)]));

const BACKUP = 'Nightly backups, offsite copies and a restore test every month keep the backup honest.';
const BACKUP2 = 'Test every restore: backups fail quietly, and the offsite copy is the one that saves you.';
const BACKUP3 = 'Retention decides how far back a restore can go; keep backups offsite and test them.';
const WIFI = 'Ceiling access points and clean channels fix slow office Wi-Fi better than a new router.';
const WIFI2 = 'Slow Wi-Fi? Check channels, add access points and wire them to a switch, not a mesh router.';

test('tokenize: lower case, no stop words or numbers, plurals and -ing/-ed folded', () => {
  assert.equal(tokenize("The company's Backups were restored in 2024, restoring everything!"), [
    'company',
    'backup',
    'restor',
    'restor',
    'everyth',
  ]);
  assert.is(stem('policies'), 'policy');
  assert.is(stem('switches'), 'switch');
  assert.is(stem('access'), 'access');
  assert.is(stem('running'), 'run');
  assert.equal(tokenize('Café résumé ÉTÉ'), ['café', 'résumé', 'été']);
});

test('plainText drops code, link targets, URLs and HTML but keeps link text', () => {
  const text = plainText(
    'See [the guide](https://example.com/guide-xyz) and <b>bold</b>.\n\n```js\nconst secretword = 1;\n```\n\nAfter `inlinecode` https://x.test/y.',
  );
  assert.match(text, /the guide/);
  assert.match(text, /bold/);
  assert.not.match(text, /guide-xyz|secretword|inlinecode|x\.test|<b>/);
});

test('plainText drops formulas, whatever their delimiters, and keeps prices', () => {
  const text = plainText(
    'Roots $x = \\frac{-b}{2a}$ and \\(\\sqrt{y}\\) and $z$ here.\n\n$$\n\\sum_i \\infty\n$$\n\n\\[\n\\int f\n\\]\n\nIt costs $5 and $10 dollars.',
  );
  assert.not.match(text, /frac|sqrt|sum|infty|int|\$z/);
  assert.match(text, /Roots\s+and\s+and\s+here/);
  assert.match(text, 'costs $5 and $10 dollars');
});

test('never the post itself; pins first, in order, then computed picks fill up the count', () => {
  const posts = [
    post('a', ['backup'], BACKUP, { pins: ['d', 'a', 'missing', 'd'] }),
    post('b', ['backup'], BACKUP2),
    post('c', ['backup'], BACKUP3),
    post('d', ['wifi'], WIFI),
    post('e', ['wifi'], WIFI2),
  ];
  const lists = slugsOf(posts, relatePosts(posts, { count: 3 }));
  assert.equal(lists.a, ['d', 'b', 'c']);
  for (const [slug, list] of Object.entries(lists))
    assert.not.ok(list.includes(slug), `${slug} lists itself`);
  // More pins than the count: all pins, nothing computed.
  const many = posts.map((p, i) => (i === 1 ? { ...p, pins: ['e', 'd', 'c', 'a'] } : p));
  assert.equal(slugsOf(many, relatePosts(many, { count: 3 })).b, ['e', 'd', 'c', 'a']);
  // count 0 turns the computed list off.
  assert.equal(relatePosts(posts, { count: 0 })[1], []);
});

test('a shared rare tag counts more than a shared common tag', () => {
  const posts = [
    post('q', ['tips', 'raid']),
    post('rare', ['raid']),
    ...Array.from({ length: 8 }, (_, i) => post(`common-${i}`, ['tips'])),
  ];
  const [first] = relatePosts(posts, { count: 3 });
  assert.is(posts[first![0]!]!.slug, 'rare');
  const explained = createRelatedIndex(posts, { count: 3 }).explain(0);
  const rareWeight = explained[0]!.tags.shared[0]!.weight;
  const commonWeight = explained[1]!.tags.shared[0]!.weight;
  assert.is(explained[0]!.tags.shared[0]!.tag, 'raid');
  assert.ok(rareWeight > 2 * commonWeight, `${rareWeight} vs ${commonWeight}`);
});

test('a post with no tags gets picks by its text, and is picked by text', () => {
  const posts = [
    post('untagged', [], BACKUP),
    post('b', ['backup'], BACKUP2),
    post('c', ['backup'], BACKUP3),
    post('d', ['wifi'], WIFI),
    post('e', ['wifi'], WIFI2),
  ];
  const lists = slugsOf(posts, relatePosts(posts, { count: 2 }));
  assert.equal(lists.untagged, ['b', 'c']);
  assert.ok(lists.b!.includes('untagged'));
  const [pick] = createRelatedIndex(posts, { count: 2 }).explain(0);
  assert.is(pick!.tags.shared.length, 0);
  assert.ok(pick!.text.terms.some((t) => t.term.startsWith('backup')));
  assert.is(pick!.score, 1);
});

test('a short list is filled: newest posts sharing a tag, then newest posts; never itself or a draft', () => {
  const posts = [
    post('q', ['backup', 'rare'], BACKUP, { epoch: 5 }),
    post('newest-draft', ['backup'], '', { epoch: 9, draft: true }),
    post('newest', ['other'], '', { epoch: 8 }),
    post('tagged-new', ['backup'], '', { epoch: 4 }),
    post('tagged-old', ['backup'], '', { epoch: 1 }),
    post('rare-match', ['rare'], BACKUP2, { epoch: 2 }),
    post('old', ['other'], '', { epoch: 0 }),
  ];
  // `q` scores only `rare-match` and the tagged posts (by tags); with a high minimum, only `rare-match` counts.
  const index = createRelatedIndex(posts, { count: 4, minScore: 90 });
  const picks = index.explain(0);
  assert.equal(
    picks.map((p) => [posts[p.index]!.slug, p.fallback]),
    [
      ['rare-match', false],
      ['tagged-new', 'shared-tag'],
      ['tagged-old', 'shared-tag'],
      ['newest', 'recent'],
    ],
  );
  assert.equal(index.relate(0), [5, 3, 4, 2]);
  // Nothing shared at all: the newest posts, the draft left out.
  const apart = [post('a', ['x'], BACKUP, { epoch: 1 }), post('b', ['y'], WIFI, { epoch: 2 })];
  assert.equal(relatePosts(apart, { count: 3 }), [[1], [0]]);
  const withDraft = [...apart, post('c', ['z'], '', { epoch: 3, draft: true })];
  assert.equal(relatePosts(withDraft, { count: 3 })[0], [1]);
});

test('minScore: computed picks below it give way to the fallback', () => {
  const posts = [
    post('q', ['tips', 'raid']),
    post('rare', ['raid']),
    ...Array.from({ length: 8 }, (_, i) => post(`common-${i}`, ['tips'], '', { epoch: i })),
  ];
  const all = createRelatedIndex(posts, { count: 3 }).explain(0);
  assert.equal(
    all.map((p) => p.fallback),
    [false, false, false],
  );
  const strict = createRelatedIndex(posts, { count: 3, minScore: 99 }).explain(0);
  assert.is(posts[strict[0]!.index]!.slug, 'rare');
  assert.equal(
    strict.map((p) => p.fallback),
    [false, 'shared-tag', 'shared-tag'],
  );
  // The newest posts sharing a tag, newest first.
  assert.equal(
    strict.slice(1).map((p) => posts[p.index]!.slug),
    ['common-7', 'common-6'],
  );
});

test('includeNewer false: only older posts, by score and by fallback, and a new post changes no old list', () => {
  const posts = [
    post('new', ['backup'], BACKUP, { epoch: 3 }),
    post('mid', ['backup'], BACKUP2, { epoch: 2 }),
    post('old', ['backup'], BACKUP3, { epoch: 1 }),
    post('oldest', ['wifi'], WIFI, { epoch: 0 }),
  ];
  const lists = slugsOf(posts, relatePosts(posts, { count: 3, includeNewer: false }));
  assert.equal(lists, { new: ['mid', 'old', 'oldest'], mid: ['old', 'oldest'], old: ['oldest'], oldest: [] });
  const fewer = posts.slice(1);
  assert.equal(slugsOf(fewer, relatePosts(fewer, { count: 3, includeNewer: false })).mid, lists.mid);
  // Same-day posts: the site's order (by slug) decides which is older.
  const sameDay = [post('a', ['x'], '', { epoch: 1 }), post('b', ['x'], '', { epoch: 1 })];
  assert.equal(slugsOf(sameDay, relatePosts(sameDay, { count: 3, includeNewer: false })), {
    a: ['b'],
    b: [],
  });
});

test('deterministic: ties by date (newest first) then slug, whatever the input order', () => {
  const same = (slug: string, epoch: number) => post(slug, ['backup'], BACKUP, { epoch });
  const posts = [same('q', 5), same('zeta', 1), same('beta', 2), same('alpha', 2), same('gamma', 3)];
  const expected = ['gamma', 'alpha', 'beta', 'zeta'];
  assert.equal(slugsOf(posts, relatePosts(posts, { count: 4 })).q, expected);
  const reversed = [...posts].reverse();
  assert.equal(slugsOf(reversed, relatePosts(reversed, { count: 4 })).q, expected);
  assert.equal(relatePosts(posts, { count: 4 }), relatePosts(posts, { count: 4 }));
});

test('weights: text 0 ranks by tags only, tags 0 by text only', () => {
  const posts = [
    post('q', ['wifi'], BACKUP),
    post('same-tag', ['wifi'], WIFI),
    post('same-text', ['other'], BACKUP2),
  ];
  const byTags = relatePosts(posts, { count: 1, weights: { tags: 1, text: 0 } });
  const byText = relatePosts(posts, { count: 1, weights: { tags: 0, text: 1 } });
  assert.is(posts[byTags[0]![0]!]!.slug, 'same-tag');
  assert.is(posts[byText[0]![0]!]!.slug, 'same-text');
});

test('a long posting list is capped, so a tag on every post does not make the work quadratic', () => {
  const posts = Array.from({ length: 3000 }, (_, i) =>
    post(`p${i}`, ['everything', `t${i % 300}`], '', { epoch: i }),
  );
  const lists = relatePosts(posts, { count: 3 });
  // The candidates come from capped lists, not from the 3,000 posts that share `everything`.
  const index = createRelatedIndex(posts, { count: 3 }) as unknown as { candidates(i: number): Set<number> };
  assert.ok(index.candidates(0).size <= 64, String(index.candidates(0).size));
  // p0's best are the posts with its rare tag t0, newest first.
  assert.equal(
    lists[0]!.map((j) => posts[j]!.slug),
    ['p2700', 'p2400', 'p2100'],
  );
});

test('counting terms on two threads gives the same vectors as on one (the compiled worker)', async () => {
  const texts = Array.from({ length: 60 }, (_, i) => ({
    title: `Post ${i} about ${i % 2 ? 'backups' : 'Wi-Fi'}`,
    body: `${[BACKUP, BACKUP2, WIFI, WIFI2, BACKUP3][i % 5]!.repeat(1 + (i % 3))} unique${i} café`,
  }));
  const options = { maxTerms: 16, maxWords: 500 };
  const serial = vectorize(texts, options);
  assert.is(serial.threads, 1);
  // Only the build (compiled modules) starts workers: run from source, the count stays on this thread.
  const here = await countTermsInParts(texts, options.maxWords, undefined, true);
  assert.is(here.length, 1);
  const dist = '../../dist/site/related/count-parallel.js';
  const compiled = (await import(dist)) as typeof import('../../src/site/related/count-parallel.ts');
  const warnings: string[] = [];
  const parts = await compiled.countTermsInParts(texts, options.maxWords, (w) => warnings.push(w), true);
  assert.equal(warnings, []);
  assert.is(parts.length, 2);
  assert.equal(vectorize(texts, { ...options, parts }), { ...serial, threads: 2 });
});

test.run();
