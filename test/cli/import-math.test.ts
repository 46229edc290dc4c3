/** `blog import` carries formulas over: kramdown's inline `$$…$$` (Jekyll), Hugo's passthrough delimiters; they render. */
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(): string {
  const blog = tempDir('blog-import-math-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ title: 'New', baseUrl: 'https://example.com/', timeZone: 'UTC', ...WITHOUT_EXTRAS }),
  );
  return blog;
}

/** Each formula's TeX as the page's MathML annotates it. */
const formulas = (html: string) =>
  [...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) =>
    m[1]!.trim(),
  );

test("jekyll: kramdown's $$…$$ in a paragraph renders inline, a $$ block as display math", () => {
  const site = tempDir('jekyll-math-');
  cpSync(join(FIXTURES, 'import-jekyll'), site, { recursive: true });
  writeFileSync(
    join(site, '_posts', '2021-05-01-circles.md'),
    '---\ntitle: Circles\n---\n\nThe area is $$\\pi r^2$$ for radius $$r$$.\n\n$$\n\\oint_C \\mathbf{F}\\cdot d\\mathbf{r}\n$$\n',
  );
  const blog = emptyBlog();
  const imported = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, "5: kramdown's `$$…$$` inside a paragraph → `\\(…\\)`");
  assert.match(read(blog, 'posts/2021-05-01-circles.md'), 'The area is \\(\\pi r^2\\) for radius \\(r\\).');
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  const page = read(blog, 'dist/posts/circles/index.html');
  assert.equal(formulas(page), ['\\pi r^2', 'r', '\\oint_C \\mathbf{F}\\cdot d\\mathbf{r}']);
  assert.is(page.match(/class="math math-inline"/g)?.length, 2);
  assert.is(page.match(/class="math math-display"/g)?.length, 1);
});

test("hugo: passthrough's `$ x $` and custom delimiters are carried over and render", () => {
  const site = tempDir('hugo-math-');
  cpSync(join(FIXTURES, 'import-hugo'), site, { recursive: true });
  appendFileSync(
    join(site, 'hugo.toml'),
    '\n[markup.goldmark.extensions.passthrough]\n  enable = true\n  [markup.goldmark.extensions.passthrough.delimiters]\n    block = [["\\\\[", "\\\\]"], ["$$", "$$"]]\n    inline = [["\\\\(", "\\\\)"], ["$", "$"]]\n',
  );
  writeFileSync(
    join(site, 'content', 'posts', 'euler.md'),
    '---\ntitle: Euler\ndate: 2021-06-01\n---\n\nSpaced $ e^{i\\pi} + 1 = 0 $ and tight $x_1$ and \\(y\\).\n\n\\[\n\\sum_{n=1}^\\infty \\frac{1}{n^2} = \\frac{\\pi^2}{6}\n\\]\n',
  );
  const blog = emptyBlog();
  const imported = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, "Hugo's passthrough `$…$` → `\\(…\\)`");
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  const page = read(blog, 'dist/posts/euler/index.html');
  assert.equal(formulas(page), [
    'e^{i\\pi} + 1 = 0',
    'x_1',
    'y',
    '\\sum_{n=1}^\\infty \\frac{1}{n^2} = \\frac{\\pi^2}{6}',
  ]);
});

test("jekyll whose layouts load no math script: `$…$` was text there (scala-lang's `..$xs” is q”{..$xs}`), so it stays text; with MathJax it stays math", () => {
  const body = [
    '---',
    'title: Quasiquotes',
    '---',
    '',
    'Ensure that q”..$xs” is equivalent to q”{..$xs}” here, see [Tuple](https://x.org/Tuple$.html#a-$b).', // 5
    '',
    'The area is $$\\pi r^2$$ and \\(not math\\).', // 7
    '',
    '    val s = s"$a and $b"', // 9: indented code, as written
    '',
  ].join('\n');
  const plain = tempDir('jekyll-text-math-');
  cpSync(join(FIXTURES, 'import-jekyll'), plain, { recursive: true });
  mkdirSync(join(plain, '_layouts'), { recursive: true });
  writeFileSync(join(plain, '_layouts', 'post.html'), '<article>{{ content }}</article>\n');
  writeFileSync(join(plain, '_posts', '2014-01-28-quasiquotes.md'), body);
  const blog = emptyBlog();
  const imported = runBlog(['import', 'jekyll', plain], { cwd: blog });
  assert.is(imported.status, 0, imported.stderr);
  assert.match(
    imported.stdout,
    '5: `$…$` → `\\$…\\$`: text on the old site, which read no math there; a formula here',
  );
  assert.match(
    imported.stdout,
    '7: `\\(…\\)` → `(…)`: the escaped parentheses the old site showed, a formula here',
  );
  const post = read(blog, 'posts/2014-01-28-quasiquotes.md');
  assert.match(
    post,
    'Ensure that q”..\\$xs” is equivalent to q”{..\\$xs}” here, see [Tuple](https://x.org/Tuple$.html#a-$b).',
  );
  assert.match(post, 'The area is \\(\\pi r^2\\) and (not math).');
  assert.match(post, '\n    val s = s"$a and $b"\n');
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  const page = read(blog, 'dist/posts/quasiquotes/index.html');
  assert.equal(formulas(page), ['\\pi r^2']);
  assert.match(page, 'Ensure that q”..$xs” is equivalent to q”{..$xs}” here');

  // The same post on a site whose head loads MathJax: its `$…$` may have been math there, so it is left.
  const withMathJax = tempDir('jekyll-mathjax-');
  cpSync(plain, withMathJax, { recursive: true });
  mkdirSync(join(withMathJax, '_includes'), { recursive: true });
  writeFileSync(
    join(withMathJax, '_includes', 'head.html'),
    '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>\n',
  );
  const other = emptyBlog();
  assert.is(runBlog(['import', 'jekyll', withMathJax], { cwd: other }).status, 0);
  assert.match(read(other, 'posts/2014-01-28-quasiquotes.md'), 'Ensure that q”..$xs” is equivalent');
});

test.run();
