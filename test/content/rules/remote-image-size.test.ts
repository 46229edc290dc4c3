/** @fileoverview body/remote-image-size: a remote image with no size written makes the page jump. */
import { test } from 'uvu';
import { bodyRemoteImageSize } from '../../../src/content/rules/body-remote-image-size.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

// post() puts the body on line 7.

ruleTester(bodyRemoteImageSize, {
  valid: [
    post('', '<img src="https://e.com/a.png" alt="A" width="800" height="450">\n'),
    post('', '<img width=\'8\' src="//cdn.e.com/a.png" height=\'4\' alt="">\n'),
    // Local images get their size at build; links are no images; code is not looked in.
    post('', '![A](./a.png) [a page](https://e.com/a.png) `![B](https://e.com/b.png)`\n'),
    // Removed with its `<foreignObject>`: not on the page to jump.
    post('', '<svg><foreignObject><img src="https://e.com/a.png"></foreignObject></svg>\n'),
  ],
  invalid: [
    {
      src: post('', 'See ![A chart](https://e.com/a.png).\n'),
      expect: [
        '7:5 warning Unexpected remote image `https://e.com/a.png` without a size, the page jumps when it loads body/remote-image-size',
      ],
      hints: [
        'Markdown cannot give an image a size: write it as `<img src="https://e.com/a.png" alt="A chart" width="800" height="450">` with its size in pixels, or copy the file into the blog (the build reads a local image’s size).',
      ],
    },
    {
      src: post(
        '',
        '<img src="https://e.com/a.png" alt="A" width="800">\n\n![B][b]\n\n[b]: http://e.com/b.png\n',
      ),
      expect: [
        '7:1 warning Unexpected remote image `https://e.com/a.png` without `width` and `height`, the page jumps when it loads body/remote-image-size',
        '9:1 warning Unexpected remote image `http://e.com/b.png` without a size, the page jumps when it loads body/remote-image-size',
      ],
    },
  ],
});

test.run();
