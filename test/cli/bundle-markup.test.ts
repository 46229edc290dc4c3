/** @fileoverview HTML and SVG beside a bundle's index.md never publish script on the blog's origin (from a fresh `blog init`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sanitizeSvg } from '../../src/render/sanitize-svg.ts';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { BUNDLE, freshBlogBeside as freshBlog } from '../helpers/fresh-blog.ts';

const EVIL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(2)</script>
<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></div></foreignObject>
<a xlink:href="javascript:alert(4)"><circle cx="5" cy="5" r="4" fill="red"/></a>
<use href="https://evil.example/sprite.svg#a"/>
<set attributeName="href" to="javascript:alert(5)"/>
<style>@import url(https://evil.example/x.css);</style>
<linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
</svg>`;

const EVIL_HTML = '<h2>Demo</h2><script>alert(6)</script><img src="x.png" alt="x" onerror="alert(7)">';

function buildWith(allowHtml: boolean) {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(join(root, BUNDLE, 'evil.svg'), EVIL_SVG);
  writeFileSync(join(root, BUNDLE, 'demo.html'), EVIL_HTML);
  writeFileSync(join(root, 'static', 'owner.svg'), EVIL_SVG);
  if (allowHtml) {
    const configPath = join(root, 'blog.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    writeFileSync(configPath, JSON.stringify({ ...config, markdown: { allowHtml: true } }, null, 2));
  }
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 0, r.stderr);
  const out = join(root, 'dist', 'posts', 'technology-pinpoints-inefficiencies');
  return {
    svg: readFileSync(join(out, 'evil.svg'), 'utf8'),
    html: readFileSync(join(out, 'demo.html'), 'utf8'),
    workflow: readFileSync(join(out, 'workflow.svg'), 'utf8'),
    owner: readFileSync(join(root, 'dist', 'owner.svg'), 'utf8'),
  };
}

test('bundle SVG and HTML are sanitised: no script, handlers, foreignObject or external references', () => {
  const { svg, html, workflow, owner } = buildWith(false);
  assert.not.match(svg, /script|onload|onerror|foreignObject|javascript:|evil\.example|<set/i);
  assert.match(svg, /<circle cx="5" cy="5" r="4" fill="red">/, 'the drawing is kept');
  assert.match(svg, /<linearGradient id="g">/, 'SVG names keep their case');
  assert.match(html, /<h2>Demo<\/h2>/);
  assert.not.match(html, /script|onerror|alert/);
  // The starter's drawing still shows: every shape and its text survive.
  assert.match(workflow, /viewBox="0 0 640 200"/);
  assert.is(workflow.match(/<rect /g)?.length, 4);
  assert.match(workflow, /marker-end="url\(#a\)"/);
  // static/ is the site owner's own output: published byte for byte (see README).
  assert.is(owner, EVIL_SVG);
});

test('with markdown.allowHtml the bundle files are published as written', () => {
  const { svg, html } = buildWith(true);
  assert.is(svg, EVIL_SVG);
  assert.is(html, EVIL_HTML);
});

test('sanitizeSvg keeps fragments, relative files and raster data, drops other schemes', () => {
  const out = sanitizeSvg(
    '<svg><use href="#a"/><image href="photo.png"/><image href="data:image/png;base64,AA=="/><image href="data:image/svg+xml,x"/><a href="java\tscript:x">t</a><rect style="fill:url(https://e.example/a)"/></svg>',
  );
  assert.match(out, /<use href="#a">/);
  assert.match(out, /<image href="photo.png">/);
  assert.match(out, /data:image\/png;base64/);
  assert.not.match(out, /svg\+xml|script|e\.example/);
});

test.run();
