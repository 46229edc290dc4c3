/** @fileoverview Related posts: the public face of `related/` (scoring, text features, candidate index). */
import type { RelatedInput as Input } from './related/index.ts';

export {
  type CountReuse,
  createRelatedIndex,
  type FallbackReason,
  type KeptCounts,
  type PostText,
  type RelatedIndex,
  type RelatedInput,
  type RelatedOptions,
  type RelatedPick,
  type RelatedTrace,
  relatePosts,
  relatePostsCounting,
  type TraceReuse,
} from './related/index.ts';
export { plainText } from './related/tokenize.ts';

/** What related posts need to know of each post; `tagsOf` gives a post's tag slugs. */
export function relatedInputs<
  P extends {
    slug: string;
    title: string;
    description: string | undefined;
    body: string;
    relatedPins: readonly string[];
    date: { epoch: number };
    draft: boolean;
  },
>(posts: readonly P[], tagsOf: (post: P) => readonly string[]): Input[] {
  return posts.map((p) => ({
    slug: p.slug,
    tags: tagsOf(p),
    epoch: p.date.epoch,
    pins: p.relatedPins,
    draft: p.draft,
    // The body is read only for the posts whose term counts are not kept (a getter: see `withFields`).
    text: {
      title: p.title,
      description: p.description,
      get body() {
        return p.body;
      },
    },
  }));
}
