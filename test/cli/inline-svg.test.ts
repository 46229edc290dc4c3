/** @fileoverview Inline `<svg>` in a post is published as a drawing (v8.dev's charts), never as script or a request to elsewhere. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const blog = copyFixture('inline-svg', WITHOUT_EXTRAS);
const built = runBlog(['build'], { cwd: blog });
/** The post's body as written to dist/, without the theme around it. */
const body = (slug: string) => {
  const page = read(blog, `dist/posts/${slug}/index.html`);
  return page.slice(page.indexOf('<div class="prose'), page.indexOf('</article>'));
};

test('the build succeeds', () => {
  assert.is(built.status, 0, built.stderr);
});

test("v8.dev's chart and diagram are drawn: shapes, text, clips, markers, gradients and same-page <use> kept", () => {
  const html = body('pointer-compression');
  // src/_img/v8-release-80/pointer-compression-chart.svg, inline: every bar and label.
  assert.match(html, '<svg xmlns="http://www.w3.org/2000/svg" width="638" height="371" fill="none"');
  assert.is(html.match(/<text /g)?.length, 9);
  assert.match(html, '<text x="305" y="29" class="l">Pointer Compression</text>');
  assert.match(html, '<clipPath id="id_0">');
  assert.match(html, 'clip-path="url(#id_0)"');
  assert.match(html, 'style="font:36px Arial,sans-serif" fill="#ea4335"');
  // Sized in pixels only, it gets the viewBox that lets it shrink on a phone.
  assert.match(html, 'viewBox="0 0 638 371"');
  // The chart's <style> styles its labels (by class): kept, each rule under a selector for this drawing alone.
  const mark = /<svg [^>]*data-svg-style="([0-9a-f]{8}-\d+)">/.exec(html)?.[1];
  assert.ok(mark, html);
  const at = `svg[data-svg-style="${mark}"]`;
  assert.match(
    html,
    `<style>${at} .l,${at} .y{font:12px Arial,sans-serif;fill:#1a1a1a;text-anchor:start}${at} .y{fill:#000;text-anchor:end}</style>`,
  );
  // src/_img/fast-super/inheritance-1.svg in a figure: SVG spelling (viewBox, clipPath) kept.
  assert.match(html, /<figure>\s*<svg viewBox="0 0 100 146.562"/);
  assert.match(html, '<figcaption>A inherits from B.</figcaption>');
  assert.match(html, '<svg viewBox="0 0 120 40" width="120" height="40" role="img" aria-label="An arrow">');
  assert.match(html, '<title>An arrow</title>');
  assert.match(
    html,
    '<marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto">',
  );
  assert.match(
    html,
    '<linearGradient id="fade" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#4285f4">',
  );
  assert.match(html, 'stroke="url(#fade)" stroke-width="3" marker-end="url(#arrow)"');
  assert.match(html, '<symbol id="dot">');
  assert.match(html, '<use href="#dot" x="0" y="15">');
});

test("a chart's labels are not the post's description: the first paragraph of prose is", () => {
  const page = read(blog, 'dist/posts/pointer-compression/index.html');
  assert.match(page, '<meta name="description" content="Pointer compression saves memory.">');
  assert.match(
    read(blog, 'dist/atom.xml'),
    '<summary type="text">Pointer compression saves memory.</summary>',
  );
});

test('a hostile drawing keeps its shapes and loses script, handlers, foreignObject, animation and outside references', () => {
  const html = body('hostile-drawing');
  assert.not.match(
    html,
    /alert|script|onload|onclick|onerror|foreignObject|<img|<set|<animate|evil\.example|expression|binding|behavior|position/i,
  );
  // Its <style>: what loads, runs or reaches outside the drawing is gone; the plain rule stays, under the drawing.
  assert.match(
    html,
    /<svg viewBox="0 0 40 10" data-svg-style="([0-9a-f]{8}-1)"><style>svg\[data-svg-style="\1"\] body\{display:none\}svg\[data-svg-style="\1"\] \.ok\{fill:#333\}<\/style><text x="1" y="8" class="ok">Label<\/text><\/svg>/,
  );
  assert.match(
    html,
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">',
  );
  // `use` with javascript: or another file's sprite is left without an href: it draws nothing.
  assert.is(html.match(/<use><\/use>/g)?.length, 2);
  assert.match(html, '<circle cx="5" cy="5" r="4"></circle>');
  assert.match(html, '<rect width="2" height="2"></rect>');
  assert.match(html, '<g><path d="M1 1h8" stroke="red"></path></g>');
  // A drawing element outside any <svg> is no HTML: unwrapped, its text kept.
  assert.match(html, 'After the drawing: a stray circle outside any svg.');
});

test('lint and build agree on what a drawing loses: the <foreignObject> (with its image) and a stray <circle> are named as removed, nothing as missing', () => {
  const lint = runBlog(['lint', 'posts/2024-01-02-hostile-drawing.md'], { cwd: blog });
  assert.is(lint.status, 0, lint.stdout);
  assert.match(
    lint.stdout,
    /9:161 +warning +Unexpected `<foreignObject>` tag, it is removed from the page, with what it holds \(the image `x`\)\./,
  );
  assert.match(
    lint.stdout,
    /11:22 +warning +Unexpected `<circle>` tag outside an `<svg>`, it is removed from the page\./,
  );
  assert.not.match(lint.stdout, /body\/missing-image|body\/image-alt/);
  assert.not.match(built.stdout + built.stderr, /broken reference/);
});

test.run();
