/** @fileoverview Bylines written in Markdown or on one line (Docsy's, v8.dev's) read as the names they show. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { authorNames } from '../../src/import/convert-post.ts';

const names = (byline: string) => authorNames(byline).names;

test('links’ text, split at commas, `and` and `&` outside parentheses, affiliations left out', () => {
  // opentelemetry.io's content/en/blog/2023/otel-arrow/index.md.
  assert.equal(
    names(
      '[Laurent Quérel](https://github.com/lquerel) (F5), [Joshua\n  MacDonald](https://github.com/jmacd) (ServiceNow)',
    ),
    ['Laurent Quérel', 'Joshua MacDonald'],
  );
  assert.equal(names('[Sergey Kanzhelev](https://github.com/SergeyKanzhelev)'), ['Sergey Kanzhelev']);
  assert.equal(
    names('[Austin Parker](https://x.io/a) (Lightstep, Honeycomb) & [Ted](https://x.io/t), and [A B](y)'),
    ['Austin Parker', 'Ted', 'A B'],
  );
  // opentelemetry.io: a second author without a link is a name.
  assert.equal(names('[Haochao Zhuang](https://github.com/dmsolr), Fei Han'), ['Haochao Zhuang', 'Fei Han']);
});

test("v8.dev's roles after a name, after a dash and before a colon are roles, not authors", () => {
  // src/blog/10-years.md: the author page /authors/v8-historian/ was made for the role.
  assert.equal(authorNames('Mathias Bynens ([@mathias](https://twitter.com/mathias)), V8 historian'), {
    names: ['Mathias Bynens'],
    roles: ['V8 historian'],
  });
  // src/blog/dataview.md
  assert.equal(
    authorNames(
      'Théotime Grohens, <i lang="fr">le savant de Data-Vue</i>, and Benedikt Meurer ([@bmeurer](https://twitter.com/bmeurer)), professional performance pal',
    ),
    {
      names: ['Théotime Grohens', 'Benedikt Meurer'],
      roles: ['le savant de Data-Vue', 'professional performance pal'],
    },
  );
  assert.equal(authorNames('the jank busters: Ulan Degenbaev, Michael Lippautz, and Hannes Payer'), {
    names: ['Ulan Degenbaev', 'Michael Lippautz', 'Hannes Payer'],
    roles: ['the jank busters'],
  });
  assert.equal(authorNames('Ulan Degenbaev, Michael Lippautz, and Hannes Payer — main thread liberators'), {
    names: ['Ulan Degenbaev', 'Michael Lippautz', 'Hannes Payer'],
    roles: ['main thread liberators'],
  });
  // Names with a lowercase particle, or after a label, stay names.
  assert.equal(names('Ana Peško, Wouter van Oortmerssen, and DevTools warrior Alexey Kozyatinskiy'), [
    'Ana Peško',
    'Wouter van Oortmerssen',
    'DevTools warrior Alexey Kozyatinskiy',
  ]);
});

test('a job title after a name is a role: `Yang Guo, Software Engineer` is Yang Guo', () => {
  assert.equal(authorNames('Yang Guo, Software Engineer'), {
    names: ['Yang Guo'],
    roles: ['Software Engineer'],
  });
  assert.equal(authorNames('[Ana](https://a.example) (Acme), Head of DevRel, and Bo Li, CTO'), {
    names: ['Ana', 'Bo Li'],
    roles: ['Head of DevRel', 'CTO'],
  });
  assert.equal(names('Ana, Bo, and Cy'), ['Ana', 'Bo', 'Cy']);
});

test.run();
