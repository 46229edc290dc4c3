/** @fileoverview body/footnote: references without a definition, and definitions nothing refers to. */
import { test } from 'uvu';
import { bodyFootnote } from '../../../src/content/rules/body-footnote.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

// post() puts the body on line 7.

ruleTester(bodyFootnote, {
  valid: [
    post('', 'Fast[^1], cheap[^note].\n\n[^1]: Measured.\n[^note]: Named, with a [link](https://e.com/).\n'),
    // In code the brackets are text, not a reference.
    post('', 'Write `a[^2]` for a note.\n\n```\nx = y[^2]\n```\n\n    indented[^3]\n'),
    // A note's text continues on lines indented four spaces, and may refer to another note.
    post('', 'A[^a].\n\n[^a]: First line,\n    and more[^b].\n[^b]: B.\n'),
    // A note of two paragraphs: the second, indented after a blank line, is the note's and no code.
    post('', 'A[^a].\n\n[^a]: First paragraph.\n\n    Second, see[^b].\n\n[^b]: B.\n'),
    // `[^x](url)` with no `[^x]:` is a link to marked, not a footnote.
    post('', 'See [^x](https://e.com/).\n'),
    post('', 'No footnotes at all, just [a link](https://e.com/).\n'),
  ],
  invalid: [
    {
      src: post('', 'text[^2] and more.\n'),
      expect: [
        '7:5 warning Unexpected footnote `[^2]` without a definition, the page shows it as text body/footnote',
      ],
      hints: [
        'Define it on a line of its own after a blank line, usually at the end of the post: `[^2]: The note.`',
      ],
    },
    {
      src: post('', 'One[^Note].\n\n[^note]: The note.\n'),
      expect: [
        '7:4 warning Unexpected footnote `[^Note]` without a definition, the page shows it as text body/footnote',
        '9:1 warning Unexpected footnote definition `[^note]` that nothing refers to, it is left off the page body/footnote',
      ],
      hints: [
        'Did you mean `[^note]`? Footnote labels are case-sensitive.',
        'Refer to it with `[^note]` where the note belongs, or remove it.',
      ],
    },
    {
      // Indented, or right under a paragraph's line, `[^1]:` is paragraph text to marked: no definition.
      src: post('', 'A[^1].\n   [^1]: not a note.\n'),
      expect: [
        '7:2 warning Unexpected footnote `[^1]` without a definition, the page shows it as text body/footnote',
        '8:4 warning Unexpected footnote `[^1]` without a definition, the page shows it as text body/footnote',
      ],
    },
    {
      src: post('', '## Notes\n\n[^unused]: Nobody reads me.\n'),
      expect: [
        '9:1 warning Unexpected footnote definition `[^unused]` that nothing refers to, it is left off the page body/footnote',
      ],
    },
  ],
});
test.run();
