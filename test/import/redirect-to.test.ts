/**
 * @fileoverview jekyll-redirect-from's `redirect_to`: the old site sent readers of the post on to another site
 * (ben.balter.com's posts written for TechCrunch and the GitHub blog, front-matter and no body). Imported
 * as it was, the post was a page with a title and nothing under it, its `redirect_to` "unused here".
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const ELSEWHERE = 'http://techcrunch.com/2012/04/22/enterprise-open-source-usage-is-up/';

test('jekyll: a post that only redirects elsewhere becomes a post that links there', () => {
  const source = sourceSite({
    '_config.yml': 'title: Ben\n',
    '_posts/2012-04-23-enterprise-open-source.md': [
      '---',
      'title: Enterprise Open Source Usage Is Up',
      `redirect_to: ${ELSEWHERE}`,
      'description: 80% of enterprise uses open source.',
      '---',
      '',
    ].join('\n'),
    '_posts/2015-04-27-eight-lessons.md': [
      '---',
      'title: Eight lessons',
      'redirect_to:',
      '  - https://github.com/blog/1992-eight-lessons',
      '---',
      'A summary the old site never showed.',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const first = read(blog, 'posts/2012-04-23-enterprise-open-source.md');
  assert.not.match(first, 'redirect_to');
  assert.match(first, `Read this post on [techcrunch.com](${ELSEWHERE}).`);
  const second = read(blog, 'posts/2015-04-27-eight-lessons.md');
  assert.match(
    second,
    /A summary the old site never showed\.\n\nRead this post on \[github\.com\]\(https:\/\/github\.com\/blog\/1992-eight-lessons\)\.\n$/,
  );
  assert.match(
    r.stdout,
    /3: `redirect_to: http:\/\/techcrunch\.com\/2012\/04\/22\/enterprise-open-source-usage-is-u…` → a link to it in the post: the old site sent its readers there/,
  );
  assert.not.match(r.stdout, 'kept `redirect_to`');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.match(
    read(blog, 'dist/posts/enterprise-open-source/index.html'),
    `Read this post on <a href="${ELSEWHERE}">techcrunch.com</a>.`,
  );
});

test.run();
