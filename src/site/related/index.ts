/**
 * @fileoverview Related posts at any scale: candidates from capped inverted lists over tags and each post's
 * most distinctive terms, then exact scores (tag rarity + text cosine) for the best of them. Never all pairs.
 */
import { buildPostings, type Postings, type SparseRows } from './postings.ts';
import { countReusing, type KeptCounts } from './reuse-counts.ts';
import { vectorizeTags } from './tags.ts';
import { type PostText, vectorize, weigh } from './tfidf.ts';

export type { KeptCounts } from './reuse-counts.ts';

/**
 * Last build's term counts and each post's key (a hash of its text): posts whose key is among them are not
 * read again. `keep` receives this build's counts. The related posts are the same as without; only the words
 * explanations show are stems.
 */
export interface CountReuse {
  keys: readonly string[];
  kept: KeptCounts | undefined;
  keep(counts: KeptCounts, recounted: number): void;
}

export type { PostText } from './tfidf.ts';

export interface RelatedInput {
  slug: string;
  /** Tag slugs. */
  tags: readonly string[];
  epoch: number;
  /** Slugs pinned by the writer; they come first. */
  pins: readonly string[];
  /** Title, description and Markdown body; without it only tags count. */
  text?: PostText | undefined;
}

export interface RelatedOptions {
  count: number;
  /** How much shared tags and similar text count; both 1 by default. */
  weights?: { tags: number; text: number } | undefined;
}

export interface RelatedPick {
  /** Index of the picked post in the input. */
  index: number;
  pinned: boolean;
  /**
   * 0–1: the weighted mean of `tags.score` and `text.score`, each first divided by the best such score among
   * this post's candidates (1 is the best match on both).
   */
  score: number;
  /** Cosine of the two posts' rarity-weighted tag vectors, and the shared tags with their rarity. */
  tags: { score: number; shared: { tag: string; weight: number }[] };
  /** Cosine of the two posts' TF-IDF vectors, and the shared terms that add most to it. */
  text: { score: number; terms: { term: string; weight: number }[] };
}

export interface RelatedIndex {
  /** Indexes of post i's related posts: pins first, then the best scores. */
  relate(i: number): number[];
  /** The same list with scores and reasons. */
  explain(i: number): RelatedPick[];
}

interface Scored {
  index: number;
  score: number;
}

/** Terms kept per post vector, terms per post in the candidate index, posts kept per inverted list. */
const MAX_TERMS = 48;
const QUERY_TERMS = 10;
const LIST_CAP = 64;
const MAX_BODY_WORDS = 3000;
/** Scores equal to 6 decimals are ties, so rounding noise never decides between two posts. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function createRelatedIndex(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
  reuse?: CountReuse,
): RelatedIndex {
  const n = posts.length;
  const wTags = options.weights?.tags ?? 1;
  const wText = options.weights?.text ?? 1;
  const tags = vectorizeTags(posts.map((p) => p.tags));
  const texts = posts.map((p) => p.text);
  const text = reuse
    ? (() => {
        const counted = countReusing(texts, reuse.keys, reuse.kept, MAX_BODY_WORDS);
        reuse.keep(counted.kept, counted.recounted);
        return weigh(n, [counted.counts], { maxTerms: MAX_TERMS });
      })()
    : vectorize(texts, { maxTerms: MAX_TERMS, maxWords: MAX_BODY_WORDS });
  const tagLists = buildPostings(tags, tags.names.length, Number.POSITIVE_INFINITY, LIST_CAP);
  const termLists = buildPostings(text, text.words.length, QUERY_TERMS, LIST_CAP);
  const bySlug = new Map(posts.map((p, i) => [p.slug, i]));

  // Scratch space reused by every query, so a query allocates almost nothing.
  const stamp = new Int32Array(n).fill(-1);
  const tagAcc = new Float64Array(n);
  const textAcc = new Float64Array(n);
  const touched: number[] = [];
  const tagQuery = new Float64Array(tags.names.length);
  const termQuery = new Float64Array(text.words.length);
  const pool = Math.max(5 * options.count, 16);

  const gather = (self: number, rows: SparseRows, lists: Postings, limit: number, acc: Float64Array) => {
    const end = Math.min(rows.start[self + 1]!, rows.start[self]! + limit);
    for (let e = rows.start[self]!; e < end; e++) {
      const f = rows.ids[e]!;
      const q = rows.weights[e]!;
      for (let k = lists.start[f]!; k < lists.start[f + 1]!; k++) {
        const d = lists.docs[k]!;
        if (d === self) continue;
        if (stamp[d] !== self) {
          stamp[d] = self;
          tagAcc[d] = 0;
          textAcc[d] = 0;
          touched.push(d);
        }
        acc[d]! += q * lists.weights[k]!;
      }
    }
  };

  /** The `pool` candidates that score best on `acc`, in a small sorted array (no sort of every candidate). */
  const best = (acc: Float64Array, into: Set<number>) => {
    const top: number[] = [];
    for (const d of touched) {
      if (acc[d] === 0 || (top.length === pool && acc[d]! <= acc[top[pool - 1]!]!)) continue;
      let at = top.length === pool ? pool - 1 : top.length;
      while (at > 0 && acc[top[at - 1]!]! < acc[d]!) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = d;
    }
    for (const d of top) into.add(d);
  };

  /**
   * Candidates: the best by shared tags and, separately, the best by shared distinctive terms, so posts that
   * share only a common tag cannot crowd out posts that share the subject.
   */
  const candidates = (self: number): Set<number> => {
    touched.length = 0;
    gather(self, tags, tagLists, Number.POSITIVE_INFINITY, tagAcc);
    gather(self, text, termLists, QUERY_TERMS, textAcc);
    const found = new Set<number>();
    best(tagAcc, found);
    best(textAcc, found);
    return found;
  };

  const load = (rows: SparseRows, query: Float64Array, self: number, value: 1 | 0) => {
    for (let e = rows.start[self]!; e < rows.start[self + 1]!; e++)
      query[rows.ids[e]!] = value ? rows.weights[e]! : 0;
  };
  const dot = (rows: SparseRows, query: Float64Array, d: number) => {
    let sum = 0;
    for (let e = rows.start[d]!; e < rows.start[d + 1]!; e++) sum += query[rows.ids[e]!]! * rows.weights[e]!;
    return sum;
  };

  const rank = (a: Scored, b: Scored) =>
    b.score - a.score ||
    posts[b.index]!.epoch - posts[a.index]!.epoch ||
    (posts[a.index]!.slug < posts[b.index]!.slug ? -1 : posts[a.index]!.slug > posts[b.index]!.slug ? 1 : 0);

  const pinsOf = (self: number): number[] => {
    const pinned: number[] = [];
    for (const slug of posts[self]!.pins) {
      const i = bySlug.get(slug);
      if (i !== undefined && i !== self && !pinned.includes(i)) pinned.push(i);
    }
    return pinned;
  };

  /**
   * Exact scores of the candidates. Tag and text cosines live on different scales (two posts sharing one
   * mid-rare tag reach 0.6; two posts on the same subject rarely pass 0.3 in text), so each is divided by
   * the best value among this post's candidates before they are mixed by the weights: a shared `how-to` tag
   * alone then cannot beat a post that shares the subject and a tag.
   */
  const computed = (self: number, skip: readonly number[]) => {
    load(tags, tagQuery, self, 1);
    load(text, termQuery, self, 1);
    const found = [...candidates(self)];
    const tagScores = found.map((d) => dot(tags, tagQuery, d));
    const textScores = found.map((d) => dot(text, termQuery, d));
    load(tags, tagQuery, self, 0);
    load(text, termQuery, self, 0);
    const scale = { tags: Math.max(0, ...tagScores), text: Math.max(0, ...textScores) };
    // Keep the best few in a small sorted array: sorting every candidate would cost more than scoring them.
    const want = Math.max(0, options.count - skip.length);
    const picks: Scored[] = [];
    found.forEach((index, k) => {
      const score = mix(tagScores[k]!, textScores[k]!, scale);
      if (score <= 0 || skip.includes(index) || want === 0) return;
      const pick = { index, score };
      if (picks.length === want && rank(pick, picks[want - 1]!) >= 0) return;
      let at = picks.length === want ? want - 1 : picks.length;
      while (at > 0 && rank(pick, picks[at - 1]!) < 0) {
        picks[at] = picks[at - 1]!;
        at--;
      }
      picks[at] = pick;
    });
    return { picks, scale };
  };
  /** A signal no candidate has (no tags on this post, or no text) drops out, so the best match still scores 1. */
  const mix = (tagScore: number, textScore: number, scale: { tags: number; text: number }) => {
    let sum = 0;
    let weight = 0;
    if (scale.tags > 0) {
      sum += wTags * (tagScore / scale.tags);
      weight += wTags;
    }
    if (scale.text > 0) {
      sum += wText * (textScore / scale.text);
      weight += wText;
    }
    return weight > 0 ? round(sum / weight) : 0;
  };

  const relate = (self: number): number[] => {
    const pinned = pinsOf(self);
    return [...pinned, ...computed(self, pinned).picks.map((c) => c.index)];
  };

  const explain = (self: number): RelatedPick[] => {
    const pinned = pinsOf(self);
    const { picks: found, scale } = computed(self, pinned);
    const picks = [
      ...pinned.map((index) => ({ index, pinned: true })),
      ...found.map((c) => ({ index: c.index, pinned: false })),
    ];
    return picks.map(({ index, pinned: isPinned }) => {
      const tagWhy = why(
        tags,
        self,
        index,
        (id) => tags.names[id]!,
        (id) => tags.idf[id]!,
      );
      const textWhy = why(
        text,
        self,
        index,
        (id) => text.words[id]!,
        (_, product) => product,
      );
      return {
        index,
        pinned: isPinned,
        score: Math.min(1, mix(tagWhy.score, textWhy.score, scale)),
        tags: {
          score: round(tagWhy.score),
          shared: tagWhy.shared.map((s) => ({ tag: s.name, weight: s.weight })),
        },
        text: {
          score: round(textWhy.score),
          terms: textWhy.shared.slice(0, 8).map((s) => ({ term: s.name, weight: s.weight })),
        },
      };
    });
  };

  return { relate, explain, candidates } as RelatedIndex;
}

/** What two posts share in one vector space: the cosine, and each shared feature, biggest share first. */
function why(
  rows: SparseRows,
  a: number,
  b: number,
  name: (id: number) => string,
  weightOf: (id: number, product: number) => number,
): { score: number; shared: { name: string; weight: number }[] } {
  const mine = new Map<number, number>();
  for (let e = rows.start[a]!; e < rows.start[a + 1]!; e++) mine.set(rows.ids[e]!, rows.weights[e]!);
  let score = 0;
  const shared: { name: string; weight: number; product: number }[] = [];
  for (let e = rows.start[b]!; e < rows.start[b + 1]!; e++) {
    const w = mine.get(rows.ids[e]!);
    if (w === undefined) continue;
    const product = w * rows.weights[e]!;
    score += product;
    shared.push({ name: name(rows.ids[e]!), weight: round(weightOf(rows.ids[e]!, product)), product });
  }
  shared.sort((x, y) => y.product - x.product || (x.name < y.name ? -1 : 1));
  return { score, shared: shared.map(({ name, weight }) => ({ name, weight })) };
}

/** For each post, the indexes of its related posts, best first. Deterministic: ties by date, then slug. */
export function relatePosts(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
  reuse?: CountReuse,
): number[][] {
  const index = createRelatedIndex(posts, options, reuse);
  return posts.map((_, i) => index.relate(i));
}
