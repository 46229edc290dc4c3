/**
 * Related posts kept from the last build (`site/related/trace.ts`): after any edit, the lists are those a full
 * scoring gives, and an edit that moves few vectors scores few posts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type RelatedInput,
  type RelatedOptions,
  type RelatedTrace,
  relatePosts,
} from '../../src/site/related.ts';

/** A seeded generator, so a failure names the seed that shows it. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: successive values are independent enough to pick words with (an LCG's are not).
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Common words and rare ones: the common ones are on many posts' lists, the rare ones on few.
const COMMON = [
  'backup',
  'restore',
  'network',
  'router',
  'policy',
  'audit',
  'cloud',
  'server',
  'printer',
  'email',
];
/** `count` words of letters only (the tokenizer drops digits), none ending as a plural or a tense would. */
const rare = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    let word = 'k';
    for (let x = i; x > 0 || word.length < 4; x = Math.floor(x / 26))
      word += String.fromCharCode(97 + (x % 26));
    return `${word}q`;
  });
const RARE = rare(120);
const TAGS = ['security', 'backup', 'network', 'cloud', 'hardware', 'policy', 'how-to', 'news'];

/** Words as a writer uses them: a few common ones, then a long tail where some words are much rarer than others. */
function words(next: () => number, count: number, vocabulary = RARE): string {
  return Array.from({ length: count }, () =>
    next() < 0.6
      ? COMMON[Math.floor(next() * COMMON.length)]
      : vocabulary[Math.floor(vocabulary.length * next() ** 3)],
  ).join(' ');
}

/** Posts newest first; each with a quarter of the tags, or with exactly `tagCount`. */
function blog(next: () => number, n: number, tagCount?: number, vocabulary = RARE): RelatedInput[] {
  return Array.from({ length: n }, (_, i) => {
    const tags = tagCount
      ? [...TAGS].sort(() => next() - 0.5).slice(0, tagCount)
      : TAGS.filter(() => next() < 0.25);
    return {
      slug: `post-${i}`,
      tags,
      epoch: 1_700_000_000_000 - i * 86_400_000,
      pins: next() < 0.05 ? [`post-${Math.floor(next() * n)}`] : [],
      draft: next() < 0.03,
      text: {
        title: words(next, 4),
        description: next() < 0.5 ? words(next, 8) : undefined,
        body: words(next, 60),
      },
    };
  });
}

/** One writer's edit to one post's text or pins: what keeps the posts, their tags and dates as they were. */
function edit(
  next: () => number,
  posts: RelatedInput[],
  kinds = [0, 1, 2, 3, 4, 5, 6],
  from = 0,
): RelatedInput[] {
  const copy = posts.map((p) => ({ ...p, text: p.text && { ...p.text } }));
  const i = from + Math.floor(next() * (copy.length - from));
  const post = copy[i]!;
  const text = post.text!;
  const kind = kinds[Math.floor(next() * kinds.length)];
  if (kind === 0) text.title = `${text.title} word${Math.floor(next() * 1e6)}`; // a word new to the blog
  if (kind === 1) text.title = `${text.title} ${COMMON[Math.floor(next() * COMMON.length)]}`;
  if (kind === 2) text.body = words(next, 60); // rewritten
  if (kind === 3) text.body = text.body.split(' ').slice(5).join(' '); // a paragraph cut
  if (kind === 4) text.description = next() < 0.5 ? undefined : words(next, 8);
  if (kind === 5) post.pins = [`post-${Math.floor(next() * copy.length)}`];
  if (kind === 6) text.body = `${text.body} ${text.body.split(' ')[0]}`; // a word it has, once more
  return copy;
}

function traced(posts: RelatedInput[], options: RelatedOptions, last: RelatedTrace | undefined) {
  let trace: RelatedTrace | undefined;
  let scored = -1;
  const lists = relatePosts(posts, options, undefined, undefined, {
    last,
    keep: (t, count) => {
      trace = t;
      scored = count;
    },
  });
  return { lists, trace: trace!, scored };
}

test('after each of 150 edits in a row, the lists kept and scored equal a full scoring', () => {
  for (const [seed, options] of [
    [1, { count: 3 }],
    [2, { count: 5, includeNewer: false }],
    [3, { count: 4, minScore: 20, weights: { tags: 2, text: 1 } }],
  ] as [number, RelatedOptions][]) {
    const next = random(seed);
    let posts = blog(next, 150);
    let { trace, scored } = traced(posts, options, undefined);
    assert.is(scored, posts.length, 'nothing kept without a trace');
    for (let step = 0; step < 150; step++) {
      posts = edit(next, posts);
      const now = traced(posts, options, trace);
      assert.equal(now.lists, relatePosts(posts, options), `seed ${seed}, edit ${step}`);
      trace = now.trace;
    }
  }
});

test('a title edited with a word new to the blog scores its post and the posts that query a list it is on', () => {
  // 2,000 posts of one tag each, in groups of 20 that share their subject's words. A tag's list holds 128 of its
  // 250 posts (all weigh the same: the newest); a word's list holds 64. An older post is on no tag's list, and on
  // the lists of its subject's words, which its group queries: its group is scored, not the blog.
  const next = random(5);
  const vocabulary = rare(3_000);
  const posts: RelatedInput[] = Array.from({ length: 2_000 }, (_, i) => {
    const subject = vocabulary.slice(30 * Math.floor(i / 20), 30 * Math.floor(i / 20) + 30);
    const text = (count: number) =>
      Array.from({ length: count }, () =>
        next() < 0.5 ? COMMON[Math.floor(next() * COMMON.length)] : subject[Math.floor(next() * 30)],
      ).join(' ');
    return {
      slug: `post-${i}`,
      tags: [TAGS[i % TAGS.length]!],
      epoch: 1_700_000_000_000 - i * 86_400_000,
      pins: [],
      text: { title: text(4), description: undefined, body: text(80) },
    };
  });
  const options = { count: 5 };
  let { trace } = traced(posts, options, undefined);
  for (const i of [1_234, 1_567, 1_890]) {
    posts[i] = { ...posts[i]!, text: { ...posts[i]!.text!, title: `${posts[i]!.text!.title} zebrafinch` } };
    const now = traced(posts, options, trace);
    assert.equal(now.lists, relatePosts(posts, options), `post ${i}`);
    assert.ok(now.scored >= 1 && now.scored <= 40, `post ${i}: ${now.scored} posts scored`);
    posts[i] = {
      ...posts[i]!,
      text: { ...posts[i]!.text!, title: posts[i]!.text!.title.replace(' zebrafinch', '') },
    };
    trace = traced(posts, options, now.trace).trace;
  }
});

test('a post that leaves a word’s list (its count of the word fell) has the posts that query that word scored', () => {
  // 270 posts, no tags; 70 of them have "kiwi", whose list holds 64: the 64 where it weighs most, ties to the
  // earlier posts. Each has a word of its own besides, which weighs its "kiwi" down, but for the last one, which
  // has "kiwi" six times: it is on the list, and the 64th is not. Edited to read like the others, it leaves the
  // list and the 64th comes in, although "kiwi" is not under the edited post in this build's listing. A post
  // listing only older posts sees it: before, the edited post was its one candidate; now the 64th is.
  const letters = (i: number) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26));
  const make = (edited: boolean): RelatedInput[] =>
    Array.from({ length: 270 }, (_, i) => ({
      slug: `post-${i}`,
      tags: [],
      epoch: 1_700_000_000_000 - i * 86_400_000,
      pins: [],
      text: {
        title: '',
        body:
          i >= 70
            ? `group${letters(i % 10)} other${letters(i % 20)}`
            : i === 69 && !edited
              ? 'kiwi kiwi kiwi kiwi kiwi kiwi'
              : `kiwi own${letters(i)}`,
      },
    }));
  const options = { count: 3, includeNewer: false };
  const { trace } = traced(make(false), options, undefined);
  const after = make(true);
  const now = traced(after, options, trace);
  const full = relatePosts(after, options);
  assert.equal(relatePosts(make(false), options)[62]![0], 69, 'the edited post was listed first');
  assert.equal(full[62]![0], 63, 'the 64th now is');
  assert.equal(now.lists, full);
  assert.ok(now.scored < after.length, `${now.scored} scored`);
});

test('a post whose tags, date, draft flag or slug changed, or another option, scores every post again', () => {
  const next = random(7);
  const posts = blog(next, 60);
  const options = { count: 3 };
  const { trace } = traced(posts, options, undefined);
  assert.is(traced(posts, options, trace).scored, 0, 'nothing changed: nothing scored');
  const changes: ((p: RelatedInput) => RelatedInput)[] = [
    (p) => ({ ...p, tags: [...p.tags, 'new-tag'] }),
    (p) => ({ ...p, epoch: p.epoch + 1 }),
    (p) => ({ ...p, draft: !p.draft }),
    (p) => ({ ...p, slug: `${p.slug}-renamed` }),
  ];
  for (const change of changes) {
    const changed = posts.map((p, i) => (i === 10 ? change(p) : p));
    const now = traced(changed, options, trace);
    assert.is(now.scored, posts.length);
    assert.equal(now.lists, relatePosts(changed, options));
  }
  assert.is(traced(posts, { count: 4 }, trace).scored, posts.length);
  assert.is(traced(posts.slice(1), options, trace).scored, posts.length - 1);
});
test.run();
