/** @fileoverview A new post's text: the template's front-matter defaults under the writer's answers, and its body filled in. */
import { lineEndOf } from '../content/split-front-matter.ts';
import { slugify } from '../util/slug.ts';
import { writeFrontMatter } from './front-matter.ts';
import type { PostTemplate } from './templates.ts';

export interface NewPost {
  title: string;
  /** YYYY-MM-DD in the site's time zone. */
  date: string;
  slug: string;
  tags: string[];
  description: string;
  draft: boolean;
  /** The blog's first author, for the `{{author}}` placeholder. */
  author: string;
}

const PLACEHOLDER = /\{\{\s*(title|date|slug|tags|description|author)\s*\}\}/g;

/** Replaces `{{title}}`, `{{ date }}`, … in the body; any other `{{…}}` is left as written (code samples use them). */
export function fillPlaceholders(body: string, post: NewPost): string {
  return body.replace(PLACEHOLDER, (_, name: keyof NewPost | 'tags') =>
    name === 'tags' ? post.tags.join(', ') : String(post[name]),
  );
}

/** The front-matter data in a fixed, readable order; the template's other keys follow as it wrote them. */
export function frontMatterData(post: NewPost, template: PostTemplate): Record<string, unknown> {
  const { title: _t, date: _d, slug: _s, tags: _g, description: _e, draft: _r, ...rest } = template.data;
  return {
    title: post.title,
    date: post.date,
    // The file name carries the slug; it is written only when the file name would not give it back.
    ...(slugify(post.slug) !== post.slug ? { slug: post.slug } : {}),
    tags: post.tags,
    description: post.description,
    draft: post.draft,
    ...rest,
  };
}

/** The post's text, in the template's own line ends (a template saved on Windows gives a CRLF post throughout). */
export function renderPost(post: NewPost, template: PostTemplate): string {
  const body = fillPlaceholders(template.body.replace(/^(?:\r?\n)+/, ''), post);
  const matter = writeFrontMatter(frontMatterData(post, template));
  return `${lineEndOf(template.body) === '\r\n' ? matter.replace(/\n/g, '\r\n') : matter}${body}`;
}
