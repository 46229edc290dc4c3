/** @fileoverview Code-block tags of Hexo, Jekyll/Eleventy and Hugo become fences where the tag was written. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type BodyContext,
  hexoAssets,
  hexoCodeblock,
  hexoImg,
  hugoEmbeds,
  hugoEscapes,
  hugoFigure,
  hugoHighlight,
  hugoParam,
  kramdownAttributes,
  kramdownMarkdownBlocks,
  liquidEmbeds,
  liquidHighlight,
  liquidValues,
  outsideCode,
  WHOLE_BODY,
} from '../../src/import/convert-body.ts';
import { hugoConverters } from '../../src/import/hugo.ts';
import { convert } from '../helpers/convert-body.ts';

test('hexo: a codeblock inside a list item gets its fences at the tag’s indentation; the code is as written', () => {
  const body = '- Item\n\n  {% codeblock lang:js %}\n  const a = 1;\n  {% endcodeblock %}\n\n- Next\n';
  const { text, changes } = convert(hexoCodeblock, body);
  assert.is(text, '- Item\n\n  ```js\n  const a = 1;\n  ```\n\n- Next\n');
  assert.equal(changes, [
    '8: `{% codeblock lang:js %}` → fenced code block',
    '49: `{% endcodeblock %}` → end of fenced code block',
  ]);
});

test('hexo: `{% code %}` is codeblock’s alias, converted the same way; a title before lang: is the fence’s title', () => {
  const { text } = convert(
    hexoCodeblock,
    '{% code Array.map lang:js %}\n[1].map(f);\n{% endcode %}\n\n{% code %}\nplain\n{% endcode %}\n',
  );
  assert.is(text, '```js title="Array.map"\n[1].map(f);\n```\n\n```\nplain\n```\n');
  // Other tags that start with `code` are not this one.
  const other = '{% codepen abc %}\n{% code_snippet x %}\n';
  assert.is(convert(hexoCodeblock, other).text, other);
});

test("hexo: a theme's folding flag (`>folded`, 3ks.dev) is not part of the code block's title", () => {
  const { text } = convert(
    hexoCodeblock,
    "{% codeblock 'issue_comment_payload.json' lang:json >folded %}\n{}\n{% endcodeblock %}\n",
  );
  assert.is(text, '```json title="issue_comment_payload.json"\n{}\n```\n');
});

test('jekyll and hugo highlight tags keep their indentation the same way', () => {
  assert.is(
    convert(liquidHighlight, '1. Run:\n\n   {% highlight sh %}\n   make\n   {% endhighlight %}\n').text,
    '1. Run:\n\n   ```sh\n   make\n   ```\n',
  );
  assert.is(
    convert(hugoHighlight, '- Go:\n\n  {{< highlight go >}}\n  x := 1\n  {{< /highlight >}}\n').text,
    '- Go:\n\n  ```go\n  x := 1\n  ```\n',
  );
});

test('the lines a highlight tag marks (Hugo `hl_lines`, Jekyll `mark_lines`) are marked on the fence', () => {
  assert.is(
    convert(
      hugoHighlight,
      '{{< highlight go "linenos=table,hl_lines=8 15-17,linenostart=199" >}}\nx\n{{< /highlight >}}\n',
    ).text,
    '```go {8,15-17}\nx\n```\n',
  );
  assert.is(
    convert(hugoHighlight, '{{< highlight go "hl_lines=[2,\\"4-5\\"]" >}}\nx\n{{< /highlight >}}\n').text,
    '```go {2,4-5}\nx\n```\n',
  );
  assert.is(
    convert(liquidHighlight, '{% highlight ruby mark_lines="1 3" %}\nx\n{% endhighlight %}\n').text,
    '```ruby {1,3}\nx\n```\n',
  );
  assert.is(
    convert(liquidHighlight, '{% highlight ruby linenos %}\nx\n{% endhighlight %}\n').text,
    '```ruby\nx\n```\n',
  );
});

test("jekyll: kramdown's attribute lists go, each line kept; {:toc}, extensions and inline code stay", () => {
  // jekyll-theme-basically-basic's docs/_posts/2013-01-09-markup-text-alignment.md, and the usual link target.
  const body =
    'Left aligned.\n{: .text-left}\n\n[Docs](https://x.test/){:target="_blank"} and *this*{: .big}\n\n* TOC\n{:toc}\n{::comment}\nno\n{:/comment}\nWrite `[x](y){:.b}` like so.\n';
  const { text, changes } = convert(kramdownAttributes, body);
  assert.is(
    text,
    'Left aligned.\n\n\n[Docs](https://x.test/) and *this*\n\n* TOC\n{:toc}\n{::comment}\nno\n{:/comment}\nWrite `[x](y){:.b}` like so.\n',
  );
  assert.equal(changes, [
    "14: removed kramdown's `{: .text-left}` (an attribute for the old theme)",
    '53: removed kramdown\'s `{:target="_blank"}` (an attribute for the old theme)',
    "82: removed kramdown's `{: .big}` (an attribute for the old theme)",
  ]);
});

test('jekyll: attribute lists one after another on a link all go, as blog.webjeda.com writes them', () => {
  const body =
    '[the demo](http://x.test/){:rel=\'nofollow\'}{:target="_blank"} and [more](/m/){: .a}{: .b}.\n';
  const { text, changes } = convert(kramdownAttributes, body);
  assert.is(text, '[the demo](http://x.test/) and [more](/m/).\n');
  assert.equal(changes, [
    "26: removed kramdown's `{:rel='nofollow'}{:target=\"_blank\"}` (an attribute for the old theme)",
    "77: removed kramdown's `{: .a}{: .b}` (an attribute for the old theme)",
  ]);
});

test('hugo: a figure written over several lines is converted too; the lines it took stay, empty', () => {
  // As vijayanant.github.io writes 45 of its 131 figures.
  const body = [
    'Intro.',
    '',
    '{{< figure',
    '    src="on-consulting-1.png"',
    '    alt="xkcd comic 2539"',
    '    caption="<https://xkcd.com/2539>"',
    '    width=500',
    ' lazy="false" >}}',
    '',
    'After.',
  ].join('\n');
  const { text, changes } = convert(hugoFigure, body);
  assert.is(
    text,
    [
      'Intro.',
      '',
      '![xkcd comic 2539](on-consulting-1.png)<br>*<https://xkcd.com/2539>*',
      '',
      '',
      '',
      '',
      '',
      '',
      'After.',
    ].join('\n'),
  );
  assert.equal(changes, [
    '8: `{{< figure … >}}` → `![xkcd comic 2539](on-consulting-1.png)<br>*<https://xkcd.com/2539>*`',
  ]);
  // A caption over two lines is one line under the image; the line count stays.
  assert.is(
    convert(hugoFigure, '{{< figure src="a.png"\n caption="One\n two" >}}\nNext').text,
    '![One two](a.png)<br>*One two*\n\n\nNext',
  );
  // A figure never closed does not swallow the shortcodes after it.
  const open = '{{< figure src="a.png"\n\n{{< figure src="b.png" >}}\n';
  assert.is(convert(hugoFigure, open).text, '{{< figure src="a.png"\n\n![](b.png)\n');
});

test('jekyll: a `markdown="1"` block gets the blank line CommonMark needs under its tag; lines stay', () => {
  // minimal-mistakes' docs/_posts/2010-02-05-post-notice.md
  const body =
    'Intro.\n\n<div class="notice--primary" markdown="1">\n**Primary Notice:** [Praesent libero](#).\n</div>\n\nx\n<div markdown="1">\nno blank line above: left\n</div>\n';
  const { text, changes } = convert(kramdownMarkdownBlocks, body);
  assert.is(
    text,
    'Intro.\n<div class="notice--primary">\n\n**Primary Notice:** [Praesent libero](#).\n</div>\n\nx\n<div markdown="1">\nno blank line above: left\n</div>\n',
  );
  assert.equal(changes, [
    '8: `<div class="notice--primary" markdown="1">` → `<div class="notice--primary">` a line up, a blank line under it, so its content reads as Markdown',
  ]);
});

test('hexo: `{% img %}` becomes a Markdown image with its title and alt; classes and sizes go', () => {
  const body = [
    '{% img /images/a.jpg 200 300 "A title" %}',
    "{% img left https://x.test/b.png 'Only alt' %}",
    `{% img [class names] /path/to/image.png 100 "title text 'alt text'" %}`,
    '{% img no-image-here %}',
  ].join('\n');
  assert.is(
    convert(hexoImg, body).text,
    [
      '![A title](/images/a.jpg "A title")',
      '![Only alt](https://x.test/b.png "Only alt")',
      '![alt text](/path/to/image.png "title text")',
      '{% img no-image-here %}',
    ].join('\n'),
  );
});

test('hexo: `{% asset_img %}` with a quoted file name (spaces in it) is converted too', () => {
  const { text } = convert(
    hexoAssets,
    '{% asset_img "my pic.png" "Pic title" %}\n{% asset_img pic.png Plain %}',
  );
  assert.is(text, '![Pic title](my%20pic.png)\n![Plain](pic.png)');
});

test("hexo: a codeblock's caption becomes the fence's title; a link is left for a person, named; options are no caption", () => {
  const left: string[] = [];
  const ctx: BodyContext = {
    change: () => {},
    leave: (offset, message) => left.push(`${offset}: ${message}`),
    linkTo: () => undefined,
    useAsset: () => {},
  };
  // hexo-theme-unit-test's source/_posts/tag-plugins.md
  const body =
    '{% codeblock Array.map %}\narray.map(callback);\n{% endcodeblock %}\n\n{% codeblock .compact http://underscorejs.org/#compact Underscore.js %}\n_.compact([0, 1]);\n{% endcodeblock %}\n\n{% codeblock lang:js mark:1,7-8,10 %}\nx\n{% endcodeblock %}\n';
  assert.is(
    hexoCodeblock(body, ctx),
    '``` title="Array.map"\narray.map(callback);\n```\n\n``` title=".compact"\n_.compact([0, 1]);\n```\n\n```js\nx\n```\n',
  );
  assert.equal(left, [
    "67: the code block's link `http://underscorejs.org/#compact Underscore.js` is not shown: write it above the code",
  ]);
});

test('jekyll: `{{ page.title }}` and `{{ site.x }}` become their text; code, raw blocks and filters stay', () => {
  const values: Record<string, string> = {
    'page.title': 'Optimize for Happiness',
    'site.repository': 'jekyll/jekyll',
  };
  const ctx: BodyContext = {
    change: () => {},
    linkTo: () => undefined,
    useAsset: () => {},
    liquidValue: (scope, key) => values[`${scope}.${key}`],
  };
  // mojombo.github.io's _posts/2010-10-18-optimize-for-happiness.md opens with the first line.
  const body = [
    '{{ page.title }}',
    'See {{ site.repository }}, {{page.title}} and {{ page.nothing }}.',
    'Write `{{ page.title }}` or {% raw %}{{ page.title }}{% endraw %}; {{ page.title | upcase }} stays.',
    '{{ site.url }}{{ site.baseurl }}/x',
  ].join('\n');
  assert.is(
    liquidValues(body, ctx),
    [
      'Optimize for Happiness',
      'See jekyll/jekyll, Optimize for Happiness and {{ page.nothing }}.',
      'Write `{{ page.title }}` or {% raw %}{{ page.title }}{% endraw %}; {{ page.title | upcase }} stays.',
      '{{ site.url }}{{ site.baseurl }}/x',
    ].join('\n'),
  );
});

test("hexo: video, gist and fiddle embeds become links to them (hexo-theme-unit-test's videos.md, tag-plugins.md)", () => {
  const body =
    '{% youtube TIbZDRXM-Tg %}\n{% youtube PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo playlist %}\n{% vimeo 82090131 %}\n{% gist 996818 %}\n{% jsfiddle ccWP7 %}\n';
  assert.is(
    convert(liquidEmbeds, body).text,
    '[YouTube video](https://www.youtube.com/watch?v=TIbZDRXM-Tg)\n[YouTube playlist](https://www.youtube.com/playlist?list=PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo)\n[Vimeo video](https://vimeo.com/82090131)\n[Gist](https://gist.github.com/996818)\n[JSFiddle](https://jsfiddle.net/ccWP7/)\n',
  );
});

test('hugo: youtube, vimeo, gist, x and instagram shortcodes become links; one without a readable id stays', () => {
  // The shortcodes Hugo ships; PaperMod's and hugoBasicExample's posts use youtube and vimeo.
  const body = [
    '{{< youtube w7Ft2ymGmfc >}}',
    '{{< youtube id="w7Ft2ymGmfc" autoplay="true" >}}',
    '{{< vimeo 146022717 >}}',
    '{{< gist spf13 7896402 >}}',
    '{{< x user="SanDiegoZoo" id="1453110110599868418" >}}',
    '{{< instagram CxOWiQNP2MO >}}',
    '{{< youtube >}} and {{< youtube "bad id/../x" >}}',
  ].join('\n');
  const { text, changes } = convert(hugoEmbeds, body);
  assert.is(
    text,
    [
      '[YouTube video](https://www.youtube.com/watch?v=w7Ft2ymGmfc)',
      '[YouTube video](https://www.youtube.com/watch?v=w7Ft2ymGmfc)',
      '[Vimeo video](https://vimeo.com/146022717)',
      '[Gist](https://gist.github.com/spf13/7896402)',
      '[Post on X](https://x.com/SanDiegoZoo/status/1453110110599868418)',
      '[Instagram post](https://www.instagram.com/p/CxOWiQNP2MO/)',
      '{{< youtube >}} and {{< youtube "bad id/../x" >}}',
    ].join('\n'),
  );
  assert.is(changes.length, 6);
  assert.match(changes[0]!, /^0: `\{\{< youtube w7Ft2ymGmfc >\}\}` → `\[YouTube video\]/);
});

test('hugo: `{{% param x %}}` is the post’s own front-matter value; one only the site has is left as written', () => {
  // opentelemetry.io's posts end with `[originally posted]: <{{% param canonical_url %}}>`.
  const changes: string[] = [];
  const params: Record<string, string> = {
    canonical_url: 'https://medium.com/x-860353baba0',
    eventurl: '/e/',
  };
  const ctx: BodyContext = {
    change: (offset, message) => changes.push(`${offset}: ${message}`),
    linkTo: () => undefined,
    useAsset: () => {},
    param: (key) => params[key.toLowerCase()],
  };
  const body =
    '[originally posted]: <{{% param canonical_url %}}>\n[event]({{< param "eventUrl" >}}) {{% param notes.docker-compose-v2 %}}\n';
  assert.is(
    hugoParam(body, ctx),
    '[originally posted]: <https://medium.com/x-860353baba0>\n[event](/e/) {{% param notes.docker-compose-v2 %}}\n',
  );
  assert.equal(changes, [
    "22: `{{% param canonical_url %}}` → `https://medium.com/x-860353baba0` (the post's front-matter)",
    '59: `{{< param "eventUrl" >}}` → `/e/` (the post\'s front-matter)',
  ]);
});

test("hugo: an escaped shortcode (LoveIt's docs) is written as Hugo showed it, in code too, and never run", () => {
  const body = [
    'Example `gist` input:',
    '',
    '```markdown',
    '{{</* gist spf13 7896402 */>}}',
    '{{%/* notice',
    'tip */%}}',
    '```',
    '',
    '{{< gist spf13 7896402 >}}',
    '',
  ].join('\n');
  const changes: string[] = [];
  const ctx: BodyContext = {
    change: (offset, message) => changes.push(`${offset}: ${message}`),
    linkTo: () => undefined,
    useAsset: () => {},
  };
  let text = body;
  for (const c of hugoConverters) text = WHOLE_BODY.has(c) ? c(text, ctx) : outsideCode(c)(text, ctx);
  assert.is(
    text,
    [
      'Example `gist` input:',
      '',
      '```markdown',
      '{{< gist spf13 7896402 >}}',
      '{{% notice',
      'tip %}}',
      '```',
      '',
      '[Gist](https://gist.github.com/spf13/7896402)',
      '',
    ].join('\n'),
  );
  assert.equal(changes.slice(1), [
    "35: `{{</* gist spf13 7896402 */>}}` → `{{< gist spf13 7896402 >}}` (Hugo's escaped shortcode, shown as Hugo showed it)",
    "66: `{{%/* notice tip */%}}` → `{{% notice tip %}}` (Hugo's escaped shortcode, shown as Hugo showed it)",
  ]);
  // A mismatched pair is no escape.
  assert.is(convert(hugoEscapes, '{{</* x */%}}').text, '{{</* x */%}}');
});

test.run();
