/** @fileoverview `frontmatter/redirect-path`: an old path is a literal path, never a pattern a redirect host would expand. */
import { test } from 'uvu';
import { redirectPath } from '../../../src/content/rules/redirect-path.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

// post(extra) writes title (line 2), date (3), tags (4), description (5), then `extra` from line 6.

ruleTester(redirectPath, {
  valid: [
    post('aliases: [/old/, /2019/05/01/x.html, "/a b/"]\n'),
    // A colon that starts no name or sits inside a segment, and an escaped one (`%3A` stays escaped in
    // `_redirects`), are plain text.
    post('aliases: ["/notes/10:/", /x%3Ay/, "/talks/12:30/"]\n'),
  ],
  invalid: [
    {
      src: post('aliases:\n  - /:section/:year/:slug/\n  - /old/*\n'),
      expect: [
        '7:5 error Unexpected `/:section/:year/:slug/` in `aliases`: it has `:section`, which redirect hosts (Netlify, Cloudflare Pages) read as a placeholder for any segment, expected a literal path frontmatter/redirect-path',
        '8:5 error Unexpected `/old/*` in `aliases`: it has `*`, which redirect hosts (Netlify, Cloudflare Pages) read as a wildcard for any path, expected a literal path frontmatter/redirect-path',
      ],
    },
    {
      // `%2A` is `*` once decoded, and is written decoded.
      src: post('redirect_from: /news/%2A\n'),
      expect: [
        '6:16 error Unexpected `/news/%2A` in `redirect_from`: it has `*`, which redirect hosts (Netlify, Cloudflare Pages) read as a wildcard for any path, expected a literal path frontmatter/redirect-path',
      ],
    },
  ],
});

test.run();
