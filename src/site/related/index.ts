/**
 * @fileoverview Related posts at any scale: candidates from capped inverted lists over tags and each post's
 * most distinctive terms, then exact scores (tag rarity + text cosine) for the best of them. Never all pairs.
 */

import { type CountedPart, countTermsInParts } from './count-parallel.ts';
import { createFiller, type FallbackReason } from './fallback.ts';
import { buildPostings, type Postings, type SparseRows } from './postings.ts';
import { countReusing, freshIndexes, type KeptCounts } from './reuse-counts.ts';
import { vectorizeTags } from './tags.ts';
import { type PostText, vectorize, weigh } from './tfidf.ts';
import { type RelatedTrace, toRescore, traceShape } from './trace.ts';

export type { FallbackReason } from './fallback.ts';
export type { KeptCounts } from './reuse-counts.ts';
export type { RelatedTrace } from './trace.ts';

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
  /** Drafts (shown by `--drafts` builds) may be picked by score, never added by the fallback. */
  draft?: boolean | undefined;
}

export interface RelatedOptions {
  count: number;
  /** How much shared tags and similar text count; both 1 by default. */
  weights?: { tags: number; text: number } | undefined;
  /** 0–100: a computed pick must score at least this (×100) to be listed for its score; default 0. */
  minScore?: number | undefined;
  /** False lists only posts older than the post itself, so a new post never enters an old page's list. */
  includeNewer?: boolean | undefined;
}

export interface RelatedPick {
  /** Index of the picked post in the input. */
  index: number;
  pinned: boolean;
  /**
   * Why the fallback added it, when too few posts scored (above `minScore`) to fill the list: it is among the
   * newest posts sharing a tag with the post, or among the newest posts. False for pins and scored picks.
   */
  fallback: false | FallbackReason;
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
  /**
   * The best `count` computed picks (no pins, no fallback) by scoring post i against every other post: what
   * the candidate lists approximate. O(posts) per call, for tests and evaluation only.
   */
  exact(i: number): number[];
}

interface Scored {
  index: number;
  score: number;
}

/** Terms kept per post vector, terms per post in the candidate index, posts kept per inverted list. */
const MAX_TERMS = 48;
const QUERY_TERMS = 10;
const LIST_CAP = 64;
/**
 * Tag lists are kept longer: a post has few tags, so reading them costs little, and a list ordered by weight
 * puts one-tag posts first, which would crowd out posts sharing two of the query's tags.
 */
const TAG_LIST_CAP = 128;
const MAX_BODY_WORDS = 3000;
/** Scores equal to 6 decimals are ties, so rounding noise never decides between two posts. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The last build's lists and what they were made of (`trace.ts`): only the posts an edit can affect are
 * scored again. `keep` receives this build's trace and how many posts were scored.
 */
export interface TraceReuse {
  last: RelatedTrace | undefined;
  keep(trace: RelatedTrace, scored: number): void;
}

export function createRelatedIndex(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
  reuse?: CountReuse,
  counted?: readonly CountedPart[],
): RelatedIndex {
  return buildIndex(posts, options, reuse, counted).index;
}

function buildIndex(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
  reuse: CountReuse | undefined,
  counted: readonly CountedPart[] | undefined,
) {
  const n = posts.length;
  const wTags = options.weights?.tags ?? 1;
  const wText = options.weights?.text ?? 1;
  const tags = vectorizeTags(posts.map((p) => p.tags));
  const texts = posts.map((p) => p.text);
  const text = reuse
    ? (() => {
        const merged = countReusing(texts, reuse.keys, reuse.kept, MAX_BODY_WORDS, counted);
        reuse.keep(merged.kept, merged.recounted);
        return weigh(n, [merged.counts], { maxTerms: MAX_TERMS });
      })()
    : vectorize(texts, { maxTerms: MAX_TERMS, maxWords: MAX_BODY_WORDS, parts: counted });
  const tagLists = buildPostings(tags, tags.names.length, Number.POSITIVE_INFINITY, TAG_LIST_CAP);
  const termLists = buildPostings(text, text.words.length, QUERY_TERMS, LIST_CAP);
  const bySlug = new Map(posts.map((p, i) => [p.slug, i]));

  // Scratch space reused by every query, so a query allocates almost nothing.
  // Which query last touched each post: a count, not the post's index, so asking for one post twice in a row
  // (`explain` after `relate`) starts from zero again.
  const stamp = new Int32Array(n).fill(-1);
  let query = -1;
  const tagAcc = new Float64Array(n);
  const textAcc = new Float64Array(n);
  const bothAcc = new Float64Array(n);
  const touched: number[] = [];
  const tagQuery = new Float64Array(tags.names.length);
  const termQuery = new Float64Array(text.words.length);
  const basePool = Math.max(5 * options.count, 16);
  const minScore = (options.minScore ?? 0) / 100;
  const olderOnly = options.includeNewer === false;
  const filler = createFiller(posts);

  const gather = (self: number, rows: SparseRows, lists: Postings, limit: number, acc: Float64Array) => {
    const end = Math.min(rows.start[self + 1]!, rows.start[self]! + limit);
    for (let e = rows.start[self]!; e < end; e++) {
      const f = rows.ids[e]!;
      const q = rows.weights[e]!;
      for (let k = lists.start[f]!; k < lists.start[f + 1]!; k++) {
        const d = lists.docs[k]!;
        if (d === self) continue;
        if (stamp[d] !== query) {
          stamp[d] = query;
          tagAcc[d] = 0;
          textAcc[d] = 0;
          touched.push(d);
        }
        acc[d]! += q * lists.weights[k]!;
      }
    }
  };

  /** The `pool` candidates that score best on `acc`, in a small sorted array (no sort of every candidate). */
  const best = (acc: Float64Array, into: Set<number>, pool = basePool) => {
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
   * Candidates: the best by shared tags, the best by shared distinctive terms, so posts that share only a
   * common tag cannot crowd out posts that share the subject; and the best by both at once (each sum divided
   * by its best), since many posts often tie on tags (the same one or two tags) and the text decides then.
   */
  const candidates = (self: number): Set<number> => {
    touched.length = 0;
    query++;
    gather(self, tags, tagLists, Number.POSITIVE_INFINITY, tagAcc);
    gather(self, text, termLists, QUERY_TERMS, textAcc);
    const found = new Set<number>();
    best(tagAcc, found);
    best(textAcc, found);
    let maxTag = 0;
    let maxText = 0;
    for (const d of touched) {
      if (tagAcc[d]! > maxTag) maxTag = tagAcc[d]!;
      if (textAcc[d]! > maxText) maxText = textAcc[d]!;
    }
    for (const d of touched)
      bothAcc[d] =
        (maxTag > 0 ? (wTags * tagAcc[d]!) / maxTag : 0) +
        (maxText > 0 ? (wText * textAcc[d]!) / maxText : 0);
    best(bothAcc, found, 2 * basePool);
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
    // Newer posts are left out before the scores are scaled, so they cannot change an older post's list.
    const found = [...candidates(self)].filter((d) => !olderOnly || filler.isOlder(d, self));
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
      if (score <= 0 || score < minScore || skip.includes(index) || want === 0) return;
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

  /** Pins, then scored picks, then the fallback up to the count: the list is as full as the blog allows. */
  const pick = (self: number) => {
    const pinned = pinsOf(self);
    const { picks: found, scale } = computed(self, pinned);
    const listed = [...pinned, ...found.map((c) => c.index)];
    const filled = filler.fill(self, listed, options.count - listed.length, olderOnly);
    const picks: { index: number; pinned: boolean; fallback: false | FallbackReason }[] = [
      ...pinned.map((index) => ({ index, pinned: true, fallback: false as const })),
      ...found.map((c) => ({ index: c.index, pinned: false, fallback: false as const })),
      ...filled.map((f) => ({ index: f.index, pinned: false, fallback: f.reason })),
    ];
    return { picks, scale };
  };

  const relate = (self: number): number[] => pick(self).picks.map((p) => p.index);

  const exact = (self: number): number[] => {
    load(tags, tagQuery, self, 1);
    load(text, termQuery, self, 1);
    const all: { index: number; tags: number; text: number }[] = [];
    for (let d = 0; d < n; d++)
      if (d !== self && (!olderOnly || filler.isOlder(d, self)))
        all.push({ index: d, tags: dot(tags, tagQuery, d), text: dot(text, termQuery, d) });
    load(tags, tagQuery, self, 0);
    load(text, termQuery, self, 0);
    const scale = {
      tags: Math.max(0, ...all.map((a) => a.tags)),
      text: Math.max(0, ...all.map((a) => a.text)),
    };
    return all
      .map((a) => ({ index: a.index, score: mix(a.tags, a.text, scale) }))
      .filter((a) => a.score > 0 && a.score >= minScore)
      .sort(rank)
      .slice(0, options.count)
      .map((a) => a.index);
  };

  const explain = (self: number): RelatedPick[] => {
    const { picks, scale } = pick(self);
    return picks.map(({ index, pinned: isPinned, fallback }) => {
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
        fallback,
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

  return {
    index: { relate, explain, exact, candidates } as RelatedIndex,
    tags: { rows: tags, lists: tagLists, names: tags.names },
    terms: { rows: text, lists: termLists, names: text.words },
  };
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
  counted?: readonly CountedPart[],
  traced?: TraceReuse,
): number[][] {
  const { index, tags, terms } = buildIndex(posts, options, reuse, counted);
  if (!traced) return posts.map((_, i) => index.relate(i));
  const shape = traceShape(posts, options, tags, terms);
  const rescore = toRescore(shape, traced.last, tags, terms, QUERY_TERMS);
  const kept = traced.last?.related;
  const related = posts.map((_, i) => (rescore === 'all' || rescore.has(i) ? index.relate(i) : kept![i]!));
  traced.keep({ ...shape, related }, rescore === 'all' ? posts.length : rescore.size);
  return related;
}

/**
 * `relatePosts` with the words counted first, on two threads for big blogs (`count-parallel.ts`): the same
 * lists. Only the posts `reuse` has no counts for are read.
 */
export async function relatePostsCounting(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
  reuse: CountReuse | undefined,
  warn: (message: string) => void,
  traced?: TraceReuse,
): Promise<number[][]> {
  const texts = posts.map((p) => p.text);
  const toCount = reuse ? freshIndexes(reuse.keys, reuse.kept).map((i) => texts[i]) : texts;
  const counted = toCount.length ? await countTermsInParts(toCount, MAX_BODY_WORDS, warn) : undefined;
  return relatePosts(posts, options, reuse, counted, traced);
}
