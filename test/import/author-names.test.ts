/** @fileoverview Bylines written in Markdown (Docsy's, v8.dev's) read as the names they show. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { authorNames } from '../../src/import/convert-post.ts';

test('links’ text, split at commas, `and` and `&` outside parentheses, affiliations left out', () => {
  // opentelemetry.io's content/en/blog/2023/otel-arrow/index.md.
  assert.equal(
    authorNames(
      '[Laurent Quérel](https://github.com/lquerel) (F5), [Joshua\n  MacDonald](https://github.com/jmacd) (ServiceNow)',
    ),
    ['Laurent Quérel', 'Joshua MacDonald'],
  );
  assert.equal(authorNames('[Sergey Kanzhelev](https://github.com/SergeyKanzhelev)'), ['Sergey Kanzhelev']);
  assert.equal(
    authorNames(
      '[Austin Parker](https://x.io/a) (Lightstep, Honeycomb) & [Ted](https://x.io/t), and [A B](y)',
    ),
    ['Austin Parker', 'Ted', 'A B'],
  );
  // v8.dev's src/blog/10-years.md.
  assert.equal(authorNames('Mathias Bynens ([@mathias](https://twitter.com/mathias)), V8 historian'), [
    'Mathias Bynens',
    'V8 historian',
  ]);
});

test.run();
