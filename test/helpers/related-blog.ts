/** @fileoverview A generated blog for related-posts tests: topics of made-up words and tags, the same on every machine. */
import type { RelatedInput } from '../../src/site/related.ts';
import { seededRandom } from './random.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'ten', 'vas', 'dor', 'pel', 'qui', 'zan', 'bro', 'fex'];
const crossTags = ['tips', 'how-to', 'news', 'security', 'small-business'];

/**
 * `count` posts in `topics` topics (post i is in topic i mod topics), each topic in subtopics of about 12
 * posts, newest first as the build passes them. Tags: 0–2 of the topic's three, sometimes the subtopic's,
 * sometimes one of five that cross topics. Words (120 in the body, 3 in the title) come from the subtopic,
 * the topic and a common pool, each skewed so a few words are frequent and most are rare, as in real text.
 */
export function generateRelatedPosts(count: number, topics: number, seed = 20260101): RelatedInput[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** Skewed towards the front of the list (a word's frequency falls with its rank). */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(next() * next() * list.length)]!;
  /** Made-up words that no stop-word list or stemmer touches. */
  const word = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}x`;
  const words = (n: number) => Array.from({ length: n }, word);
  const common = words(400);
  const perTopic = Math.ceil(count / topics);
  const subtopics = Math.max(1, Math.round(perTopic / 12));
  const topicWords = Array.from({ length: topics }, () => words(80));
  const subtopicWords = Array.from({ length: topics * subtopics }, () => words(20));
  const topicTags = Array.from({ length: topics }, (_, t) => [`topic-${t}`, `area-${t % 3}`, `niche-${t}-a`]);
  const posts: RelatedInput[] = [];
  for (let i = 0; i < count; i++) {
    const topic = i % topics;
    const sub = topic * subtopics + (Math.floor(i / topics) % subtopics);
    const tags = new Set<string>();
    if (next() < 0.85) tags.add(pick(topicTags[topic]!));
    if (next() < 0.5) tags.add(pick(topicTags[topic]!));
    if (next() < 0.3) tags.add(`sub-${sub}`);
    if (next() < 0.6) tags.add(pick(crossTags));
    const draw = () => {
      const r = next();
      return r < 0.15 ? skewed(subtopicWords[sub]!) : r < 0.4 ? skewed(topicWords[topic]!) : skewed(common);
    };
    posts.push({
      slug: `post-${i}`,
      tags: [...tags],
      // Several posts a day, so ties by date happen.
      epoch: Math.floor(i / 3) * 86_400_000,
      pins: [],
      text: { title: [draw(), draw(), draw()].join(' '), body: Array.from({ length: 120 }, draw).join(' ') },
    });
  }
  // Newest first, as the build passes them.
  return posts.reverse();
}
