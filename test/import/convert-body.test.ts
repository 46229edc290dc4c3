/** @fileoverview Code-block tags of Hexo, Jekyll/Eleventy and Hugo become fences where the tag was written. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type BodyContext,
  type BodyConverter,
  hexoCodeblock,
  hugoHighlight,
  hugoParam,
  liquidHighlight,
} from '../../src/import/convert-body.ts';

/** The converted body and the changes it reported, as `offset: message`. */
function convert(converter: BodyConverter, body: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  const ctx: BodyContext = {
    change: (offset, message) => changes.push(`${offset}: ${message}`),
    linkTo: () => undefined,
    useAsset: () => {},
  };
  return { text: converter(body, ctx), changes };
}

test('hexo: a codeblock inside a list item gets its fences at the tag’s indentation; the code is as written', () => {
  const body = '- Item\n\n  {% codeblock lang:js %}\n  const a = 1;\n  {% endcodeblock %}\n\n- Next\n';
  const { text, changes } = convert(hexoCodeblock, body);
  assert.is(text, '- Item\n\n  ```js\n  const a = 1;\n  ```\n\n- Next\n');
  assert.equal(changes, [
    '8: `{% codeblock lang:js %}` → fenced code block',
    '49: `{% endcodeblock %}` → end of fenced code block',
  ]);
});

test('hexo: `{% code %}` is codeblock’s alias, converted the same way; a title before lang: is dropped', () => {
  const { text } = convert(
    hexoCodeblock,
    '{% code Array.map lang:js %}\n[1].map(f);\n{% endcode %}\n\n{% code %}\nplain\n{% endcode %}\n',
  );
  assert.is(text, '```js\n[1].map(f);\n```\n\n```\nplain\n```\n');
  // Other tags that start with `code` are not this one.
  const other = '{% codepen abc %}\n{% code_snippet x %}\n';
  assert.is(convert(hexoCodeblock, other).text, other);
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

test.run();
