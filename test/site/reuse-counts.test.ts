import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { countReusing, type KeptCounts } from '../../src/site/related/reuse-counts.ts';
import { vectorize, weigh } from '../../src/site/related/tfidf.ts';
import { type PostText, type RelatedInput, relatePosts } from '../../src/site/related.ts';

const WORDS =
  'backup restore offsite nightly router channel access point switch mesh vendor contract audit password phishing laptop printer invoice payroll cloud migration firewall patch update'.split(
    ' ',
  );

/** Deterministic pseudo-random texts (a linear congruential generator), so failures reproduce. */
function texts(n: number, seed: number): PostText[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const words = (k: number) =>
    Array.from({ length: k }, () => {
      const w = WORDS[Math.floor(next() ** 2 * WORDS.length)]!;
      return next() < 0.3 ? `${w}s` : next() < 0.2 ? `${w}ing` : w;
    }).join(' ');
  return Array.from({ length: n }, () => ({
    title: words(4),
    description: next() < 0.5 ? words(8) : undefined,
    body: words(40 + Math.floor(next() * 80)),
  }));
}

const keyOf = (t: PostText | undefined) => (t ? JSON.stringify(t) : '');
const OPTIONS = { maxTerms: 12, maxWords: 3000 };

function sameVectors(got: ReturnType<typeof weigh>, want: ReturnType<typeof vectorize>, why: string) {
  assert.equal([...got.start], [...want.start], `${why}: start`);
  assert.equal([...got.ids], [...want.ids], `${why}: ids`);
  assert.equal([...got.weights], [...want.weights], `${why}: weights`);
  assert.equal([...got.idf], [...want.idf], `${why}: idf`);
}

test('counts reused from a previous build give exactly the vectors of counting from scratch', () => {
  const before: (PostText | undefined)[] = texts(60, 7);
  const first = countReusing(before, before.map(keyOf), undefined, OPTIONS.maxWords);
  assert.is(first.recounted, 60);
  sameVectors(weigh(60, [first.counts], OPTIONS), vectorize(before, OPTIONS), 'fresh');

  // Edit one post (new words first seen there), drop one, add one, move one, and take one's text away.
  const after = [...before];
  after[3] = { ...after[3]!, body: `zebra quokka ${after[3]!.body} ${after[40]!.body}` };
  after.splice(10, 1);
  after.splice(20, 0, texts(1, 99)[0]!);
  after.push(after.splice(0, 1)[0]!);
  after[30] = undefined;
  const again = countReusing(after, after.map(keyOf), first.kept, OPTIONS.maxWords);
  assert.is(again.recounted, 3, 'only the edited, the new and the textless post are counted');
  const want = vectorize(after, OPTIONS);
  sameVectors(weigh(after.length, [again.counts], OPTIONS), want, 'reused');
});

test('related posts with reused counts equal those without', () => {
  const bodies = texts(80, 3);
  const posts = (list: (PostText | undefined)[]): RelatedInput[] =>
    list.map((text, i) => ({ slug: `p${i}`, tags: [`t${i % 7}`], epoch: i, pins: [], text }));
  let kept: KeptCounts | undefined;
  const reuse = (list: (PostText | undefined)[]) => ({
    keys: list.map(keyOf),
    kept,
    keep: (counts: KeptCounts) => {
      kept = counts;
    },
  });
  const options = { count: 4 };
  assert.equal(relatePosts(posts(bodies), options, reuse(bodies)), relatePosts(posts(bodies), options));
  const edited = [...bodies];
  edited[5] = { ...edited[5]!, body: edited[6]!.body };
  const got = relatePosts(posts(edited), options, reuse(edited));
  const want = relatePosts(posts(edited), options);
  assert.equal(got, want);
  assert.not.equal(want, relatePosts(posts(bodies), options), 'the edit changes some related lists');
});

test.run();
