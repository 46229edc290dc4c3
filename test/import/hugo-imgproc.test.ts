/**
 * @fileoverview Docsy's `imgproc` shortcode, a page bundle's image resized: fluxcd.io's blog showed 39 images
 * so, which came through as the shortcode's text, the image not shown.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo: `{{< imgproc NAME Resize 600x >}}Caption{{< /imgproc >}}` is the bundle image it found, captioned', () => {
  const source = sourceSite({
    'hugo.yaml': 'title: Flux\n',
    'content/en/blog/2022-09-28-ide/index.md': [
      '---',
      'title: GitOps in your IDE',
      'date: 2022-09-28',
      '---',
      '{{< imgproc featured-image Resize 800x >}}',
      'New feature in action:',
      'flux diff kustomization',
      '{{< /imgproc >}}',
      '',
      '{{< imgproc vscode-gitops-commands Resize "800x" >}}',
      '{{< /imgproc >}}',
      '',
      '{{< imgproc Bitbucket Resize 600x />}}',
      '',
      '{{< imgproc nowhere Resize 600x >}}',
      '{{< /imgproc >}}',
      '',
      '```',
      '{{< imgproc featured-image Resize 800x >}}{{< /imgproc >}}',
      '```',
      'The end.',
      '',
    ].join('\n'),
    'content/en/blog/2022-09-28-ide/featured-image.png': 'png',
    'content/en/blog/2022-09-28-ide/featured-image-large.png': 'png',
    'content/en/blog/2022-09-28-ide/vscode-gitops-commands-featured.png': 'png',
    'content/en/blog/2022-09-28-ide/bitbucket.jpg': 'jpg',
    'content/en/blog/2022-09-28-ide/nowhere.txt': 'not an image',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const post = read(blog, 'posts/2022-09-28-ide/index.md');
  const body = post.slice(post.indexOf('---', 4) + 4);
  assert.is(
    body,
    [
      '![New feature in action: flux diff kustomization](featured-image.png)<br>*New feature in action: flux diff kustomization*',
      '',
      '',
      '',
      '',
      '![](vscode-gitops-commands-featured.png)',
      '',
      '',
      '![](bitbucket.jpg)',
      '',
      '{{< imgproc nowhere Resize 600x >}}',
      '{{< /imgproc >}}',
      '',
      '```',
      '{{< imgproc featured-image Resize 800x >}}{{< /imgproc >}}',
      '```',
      'The end.',
      '',
    ].join('\n'),
  );
  assert.match(r.stdout, '5: `{{< imgproc featured-image … >}}` → `![New feature in action');
  assert.match(r.stdout, '`{{< imgproc nowhere Resize 600x >}}` is shown as written');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
