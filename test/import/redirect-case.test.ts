/**
 * @fileoverview An old URL that differs only in letter case from a redirect the post already has (18F's
 * `redirect_from: /2015/05/21/TockingTime/` beside its permalink `/2015/05/21/tockingtime/`): no second
 * redirect page that the build would refuse; it is left for a person, and the first build succeeds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('eleventy, as on 18f.gsa.gov: the case-only twin of a redirect_from is reported, not added', () => {
  const source = sourceSite({
    '.eleventy.js': 'module.exports = () => ({ dir: { input: "." } });\n',
    'content/posts/2015-05-21-TockingTime.md': [
      '---',
      'title: "Tocking time"',
      'date: 2015-05-21',
      'permalink: /2015/05/21/tockingtime/',
      'redirect_from:',
      '- /2015/05/21/TockingTime/',
      '---',
      'Body.',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    'old URL `/2015/05/21/tockingtime/` differs from the redirect `/2015/05/21/TockingTime/` the post has only in letter case',
  );
  assert.not.match(read(blog, 'posts/2015-05-21-TockingTime.md'), 'aliases');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
