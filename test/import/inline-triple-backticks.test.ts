/**
 * @fileoverview ```x``` written on a line of prose is inline code (blog.webjeda.com's ```baseurl: /blog```), not a
 * fence: the Liquid after it is still converted, not taken for code shown as it is.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('jekyll: a `{% highlight %}` after a ```baseurl: /blog``` line becomes a fenced block', () => {
  const source = sourceSite({
    '_config.yml': 'title: A Blog\n',
    '_posts/2016-01-05-setup.md': [
      '---',
      'title: Setup',
      '---',
      '```baseurl:    /blog```',
      '',
      'Here is the front matter.',
      '{% highlight yml %}',
      'layout: post',
      '{% endhighlight %}',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    read(blog, 'posts/2016-01-05-setup.md'),
    'Here is the front matter.\n```yml\nlayout: post\n```\n',
  );
  assert.not.match(r.stdout, 'is shown as written');
});

test.run();
