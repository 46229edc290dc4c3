// Minimal Eleventy site equivalent to blog's default output: post pages, a paginated index and paginated
// tag pages, 10 per page. bench/run.ts copies this folder and puts the generated posts in posts/.
const slug = (s) =>
  String(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const published = (api) =>
  api
    .getFilteredByGlob('posts/*.md')
    .filter((p) => !p.data.draft)
    .sort((a, b) => b.date - a.date);

export default function (config) {
  config.addCollection('posts', published);
  config.addCollection('tagPages', (api) => {
    const byTag = new Map();
    for (const post of published(api))
      for (const tag of post.data.tags ?? []) {
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push(post);
      }
    const pages = [];
    for (const [tag, list] of byTag)
      for (let i = 0; i < list.length; i += 10)
        pages.push({ tag, slug: slug(tag), page: i / 10 + 1, total: Math.ceil(list.length / 10), posts: list.slice(i, i + 10) });
    return pages;
  });
  return {
    dir: { input: '.', includes: '_includes', output: '_site' },
    markdownTemplateEngine: false,
    templateFormats: ['md', 'njk'],
  };
}
