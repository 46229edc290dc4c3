import { test } from 'uvu';
import { bodyMath } from '../../../src/content/rules/body-math.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

// post() puts the body on line 7.

ruleTester(bodyMath, {
  valid: [
    post(
      '',
      'Inline $x^2$, \\(a_1\\) and $$\\sum_i i$$.\n\n$$\n\\frac{a}{b}\n$$\n\n```math\nE = mc^2\n```\n',
    ),
    post(
      '',
      'Prices: $5 and $10. A \\$ sign and `$\\nope$`.\n\n```\n$\\nope$\n```\n\n    $\\nope$ indented code\n',
    ),
    post('', '<!--\n$\\nope$\n-->\n'),
  ],
  invalid: [
    {
      // The column is the bad command's, inside the formula.
      src: post('', 'Text with $a + \\nope$ in it.\n'),
      expect: ['7:16 warning Unexpected TeX: Undefined control sequence: \\nope body/math'],
    },
    {
      src: post('', 'Intro.\n\n$$\n\\frac{1}{2\n$$\n'),
      expect: [
        "11:1 warning Unexpected TeX: Unexpected end of input in a macro argument, expected '}' body/math",
      ],
    },
    {
      src: post('', '\\[\n  x \\bad\n\\]\n\n```math\ny \\worse\n```\n'),
      expect: [
        '8:5 warning Unexpected TeX: Undefined control sequence: \\bad body/math',
        '12:3 warning Unexpected TeX: Undefined control sequence: \\worse body/math',
      ],
    },
    {
      src: post('', '## Heading $\\oops$\n\n- item \\(\\def\\a{\\a\\a}\\a\\)\n'),
      expect: [
        '7:13 warning Unexpected TeX: Undefined control sequence: \\oops body/math',
        '9:8 warning Unexpected TeX: Too many expansions: infinite loop or need to increase maxExpand setting body/math',
      ],
    },
    {
      src: post('', 'Styled \\(\\htmlClass{big}{x}\\).\n'),
      expect: [
        "7:8 warning Unexpected `\\htmlClass` in a formula: a post's math may not link, load files or set HTML attributes body/math",
      ],
    },
    {
      src: post('', 'See $\\href{javascript:alert(1)}{x}$.\n'),
      expect: [
        "7:5 warning Unexpected `\\href` in a formula: a post's math may not link, load files or set HTML attributes body/math",
      ],
    },
  ],
});

test.run();
