import { test } from 'uvu';
import { bodyBrokenLink } from '../../../src/content/rules/body-broken-link.ts';
import { bodyEmptyLink } from '../../../src/content/rules/body-empty-link.ts';
import { bodyHeadingIncrement } from '../../../src/content/rules/body-heading-increment.ts';
import { bodyImageAlt } from '../../../src/content/rules/body-image-alt.ts';
import { bodyLinkScheme } from '../../../src/content/rules/body-link-scheme.ts';
import { bodyMissingImage } from '../../../src/content/rules/body-missing-image.ts';
import { bodyNestingDepth } from '../../../src/content/rules/body-nesting-depth.ts';
import { bodyNoH1 } from '../../../src/content/rules/body-no-h1.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

// post() puts the body on line 7.

const other = post().replace('title: A post', 'title: Other');
const blog = (body: string, extra: Record<string, string> = {}) => ({
  files: { 'posts/2024-05-01-post.md': post('', body), 'posts/2023-01-01-other.md': other, ...extra },
});

ruleTester(bodyBrokenLink, {
  valid: [
    blog('[other](./2023-01-01-other.md) [again](/posts/other/) [no slash](/posts/other#top)\n'),
    blog('[out](https://example.com/x.md) [mail](mailto:a@b.c) [anchor](#top) [tags](/tags/backup/)\n'),
    blog('```\n[gone](./gone.md)\n```\n\n`[gone](./gone.md)`\n'),
    blog('[ref][o]\n\n[o]: ./2023-01-01-other.md\n'),
    blog('[page](/posts/other/index.html) [tags](/tags/) [feed](/atom.xml)\n'),
    { ...blog('[about](/about/) [other](/other/)\n'), config: { permalink: '/:slug/' } },
    blog('[file](./notes.txt)\n', { 'posts/notes.txt': 'notes' }),
    // An old URL another post keeps as `aliases` (hexo-abbrlink's `/posts/ceeb73f/` on butterfly.js.org) redirects.
    blog('[old](/posts/ceeb73f/#gallery) [old too](/posts/ceeb73f)\n', {
      'posts/2023-01-01-other.md': other.replace(
        'title: Other',
        'title: Other\naliases:\n  - /posts/ceeb73f/',
      ),
    }),
    // haacked.com's Subtext-era links: the old URL written without its `/`, or a `.html` one as it was.
    blog(
      '[a](/archive/2006/02/05/Tables.aspx) [b](/archive/2006/02/05/Tables.aspx/#c) [c](/2010/05/old.html)\n',
      {
        'posts/2023-01-01-other.md': other.replace(
          'title: Other',
          'title: Other\nredirect_from: "/archive/2006/02/05/Tables.aspx/"\naliases:\n  - /2010/05/old.html',
        ),
      },
    ),
    {
      files: {
        'blog.config.json': '{}',
        'posts/2024-05-01-post.md': post('', '[other](/blog/posts/other/)\n'),
        'posts/2023-01-01-other.md': other,
      },
      config: { baseUrl: 'https://example.com/blog/' },
    },
  ],
  invalid: [
    {
      src: blog('See [renamed](./2023-01-02-other.md).\n'),
      expect: [
        'posts/2024-05-01-post.md 7:15 error Unexpected link to `./2023-01-02-other.md`, no post has that file body/broken-link',
      ],
    },
    {
      src: blog('Text\n\nand [by address](/posts/othr/) here.\n'),
      expect: [
        'posts/2024-05-01-post.md 9:18 error Unexpected link to `/posts/othr/`, no post has that address body/broken-link',
      ],
    },
    {
      src: blog('[ref][x]\n\n[x]: ./gone.md\n'),
      expect: [
        'posts/2024-05-01-post.md 9:6 error Unexpected link to `./gone.md`, no post has that file body/broken-link',
      ],
    },
    {
      src: blog('<a href="/posts/nope/">html</a>\n'),
      expect: [
        'posts/2024-05-01-post.md 7:10 error Unexpected link to `/posts/nope/`, no post has that address body/broken-link',
      ],
    },
    {
      src: { ...blog('[typo](/othr/)\n'), config: { permalink: '/:slug/' } },
      expect: [
        'posts/2024-05-01-post.md 7:8 error Unexpected link to `/othr/`, no post has that address body/broken-link',
      ],
    },
    {
      // Written without a scheme (artsy.github.io's `[GraphQL](www.graphql.org)`): a path to a browser too.
      src: blog(
        '[a](www.graphql.org) [b](graphql.org/learn) [c](jobs@example.com)\n\n[d](example.com) [e](./x.png)\n',
      ),
      expect: [
        'posts/2024-05-01-post.md 7:5 error Unexpected link to `www.graphql.org`, no such file beside the post body/broken-link',
        'posts/2024-05-01-post.md 7:26 error Unexpected link to `graphql.org/learn`, no such file beside the post body/broken-link',
        'posts/2024-05-01-post.md 7:49 error Unexpected link to `jobs@example.com`, no such file beside the post body/broken-link',
        'posts/2024-05-01-post.md 9:5 error Unexpected link to `example.com`, no such file beside the post body/broken-link',
        'posts/2024-05-01-post.md 9:22 error Unexpected link to `./x.png`, no such file beside the post body/broken-link',
      ],
      hints: [
        'Did you mean `https://www.graphql.org`?',
        'Did you mean `https://graphql.org/learn`?',
        'Did you mean `mailto:jobs@example.com`?',
        'Did you mean `https://example.com`?',
        undefined,
      ],
    },
    {
      src: blog('[pdf](./report.pdf)\n'),
      expect: [
        'posts/2024-05-01-post.md 7:7 error Unexpected link to `./report.pdf`, no such file beside the post body/broken-link',
      ],
    },
  ],
});

ruleTester(bodyMissingImage, {
  valid: [
    {
      files: {
        'posts/2024-05-01-post.md': post('', '![Logo](/img/logo.svg)\n'),
        'static/img/logo.svg': '<svg/>',
      },
    },
    { files: { 'posts/x/index.md': post('', '![Chart](chart.svg)\n'), 'posts/x/chart.svg': '<svg/>' } },
    post('', '![Remote](https://example.com/x.png) ![Inline](data:image/png;base64,AAAA)\n'),
  ],
  invalid: [
    {
      src: {
        files: {
          'posts/x/index.md': post('', 'Look:\n![Chart](chrat.svg)\n'),
          'posts/x/chart.svg': '<svg/>',
        },
      },
      expect: ['8:10 error Unexpected image `chrat.svg`, no such file beside the post body/missing-image'],
    },
    {
      src: post('', '<p><img alt="x" src="/missing.png"></p>\n'),
      expect: ['7:22 error Unexpected image `/missing.png`, no such file under `static/` body/missing-image'],
    },
  ],
});

ruleTester(bodyNoH1, {
  valid: [
    post('', '## Fine\n\n```\n# in code\n```\n'),
    post('', '    # indented code\n'),
    post('', '<!-- blog-lint-disable body/no-h1 -->\n# Allowed\n'),
    post('', '#hashtag is not a heading\n'),
  ],
  invalid: [
    {
      src: post('', '# Title again\n'),
      expect: ['7:1 warning Unexpected level-1 heading, the title is already the page’s `<h1>` body/no-h1'],
    },
    {
      src: post('', 'Title again\n===\n'),
      expect: ['7:1 warning Unexpected level-1 heading, the title is already the page’s `<h1>` body/no-h1'],
    },
    {
      src: post('', 'Intro <h1>Big</h1>\n'),
      expect: ['7:7 warning Unexpected level-1 heading, the title is already the page’s `<h1>` body/no-h1'],
    },
  ],
});

ruleTester(bodyHeadingIncrement, {
  valid: [
    post('', '## A\n\n### B\n\n## C\n\n### D\n\n#### E\n'),
    post('', 'Text\n---\n\n### Under a setext h2\n'),
  ],
  invalid: [
    {
      src: post('', '### Starts too deep\n'),
      expect: [
        '7:1 warning Unexpected heading level 3 after level 1, expected level 2 or less body/heading-increment',
      ],
    },
    {
      src: post('', '## A\n\n#### B\n'),
      expect: [
        '9:1 warning Unexpected heading level 4 after level 2, expected level 3 or less body/heading-increment',
      ],
    },
  ],
});

ruleTester(bodyImageAlt, {
  valid: [
    post('', '![A chart](https://example.com/c.png)\n\n<img src="https://example.com/x.png" alt="">\n'),
  ],
  invalid: [
    {
      src: post('', 'See ![](https://example.com/c.png)\n'),
      expect: ['7:5 warning Unexpected image `https://example.com/c.png` without alt text body/image-alt'],
    },
    {
      src: post('', '<img src="https://example.com/x.png">\n'),
      expect: ['7:1 warning Unexpected image `https://example.com/x.png` without alt text body/image-alt'],
    },
  ],
});

ruleTester(bodyEmptyLink, {
  valid: [
    post('', '[text](https://example.com/) [![Logo](https://example.com/l.png)](https://example.com/)\n'),
  ],
  invalid: [
    {
      src: post('', 'Go [](https://example.com/)\n'),
      expect: ['7:4 warning Unexpected link without text body/empty-link'],
    },
    {
      src: post('', 'Go [here]()\n'),
      expect: ['7:4 warning Unexpected link `here` without a destination body/empty-link'],
    },
  ],
});

ruleTester(bodyLinkScheme, {
  valid: [
    post(
      '',
      '[a](https://example.com/) [b](mailto:a@example.com) [c](tel:+15555550100) [d](/x/) [e](./f.md) [g](#h) ![i](x.png)\n',
    ),
  ],
  invalid: [
    {
      // The page showed each as `#`, and lint said nothing.
      src: post(
        '',
        '[the mirror](ftp://ftp.example.org/x.tar.gz) [IRC](irc://irc.libera.chat/x) [x](JavaScript:alert(1))\n\n![c](data:image/png;base64,AAAA) <a href="vbscript:x">v</a>\n\n[r][ref]\n\n[ref]: webcal://example.com/cal.ics\n',
      ),
      expect: [
        '7:14 warning Unexpected `ftp:` link, the page shows `#` in its place body/link-scheme',
        '7:52 warning Unexpected `irc:` link, the page shows `#` in its place body/link-scheme',
        '7:81 warning Unexpected `JavaScript:` link, the page shows `#` in its place body/link-scheme',
        '9:6 warning Unexpected `data:` image, the page shows `#` in its place body/link-scheme',
        '9:43 warning Unexpected `vbscript:` link, the page shows `#` in its place body/link-scheme',
        '13:8 warning Unexpected `webcal:` link, the page shows `#` in its place body/link-scheme',
      ],
    },
  ],
});

// `- > - > … x` on one line nests lists and quotes as deep as its markers: marked ran out of stack, and the page
// showed the post's source as text without a word.
ruleTester(bodyNestingDepth, {
  valid: [
    post('', `${'- > '.repeat(32)}x\n`),
    post('', `${'- '.repeat(100)}\n`), // a thematic break, however long
    post('', `${'* '.repeat(100)}\n\n${'> '.repeat(64)}x\n`),
  ],
  invalid: [
    {
      src: post('', `Intro.\n\n${'- > '.repeat(40)}x\n`),
      expect: [
        '9:1 error Unexpected lists and blockquotes nested 80 deep on one line, expected at most 64 body/nesting-depth',
      ],
    },
    {
      src: post('', `${'1. '.repeat(70)}x\n`),
      expect: [
        '7:1 error Unexpected lists and blockquotes nested 70 deep on one line, expected at most 64 body/nesting-depth',
      ],
    },
    {
      src: post('', `${'> '.repeat(70)}x\n`),
      expect: ['7:1 error Unexpected blockquote nested 70 deep, expected at most 64 body/nesting-depth'],
    },
  ],
});

test.run();
