// Moved to posts/posts.11tydata.mjs by bench/run.ts: every post uses the post layout; drafts are not built.
export default {
  layout: 'post.njk',
  eleventyComputed: {
    permalink: (data) => (data.draft ? false : `/posts/${data.page.fileSlug}/`),
    eleventyExcludeFromCollections: (data) => !!data.draft,
  },
};
