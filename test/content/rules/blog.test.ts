import { test } from 'uvu';
import { duplicateSlug } from '../../../src/content/rules/duplicate-slug.ts';
import { relatedPins } from '../../../src/content/rules/related-pins.ts';
import { tagCase } from '../../../src/content/rules/tag-case.ts';
import { tagTypo } from '../../../src/content/rules/tag-typo.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

/** A blog of posts with these `tags:` values, one post each, dated one day apart. */
const withTags = (...lists: string[]) => ({
  files: Object.fromEntries(
    lists.map((list, i) => {
      const day = String(i + 1).padStart(2, '0');
      return [
        `posts/2024-05-${day}-p${i + 1}.md`,
        post().replace('2024-05-01', `2024-05-${day}`).replace('[backup]', list),
      ];
    }),
  ),
});

ruleTester(duplicateSlug, {
  valid: [withTags('[a]', '[b]')],
  invalid: [
    {
      src: {
        files: {
          'posts/2024-05-01-a.md': post('slug: same\n'),
          'posts/2024-05-02-b.md': post()
            .replace('2024-05-01', '2024-05-02')
            .replace('description', 'slug: same\ndescription'),
        },
      },
      expect: [
        'posts/2024-05-01-a.md 6:1 error Unexpected duplicate slug `same`, also used by posts/2024-05-02-b.md blog/duplicate-slug',
        'posts/2024-05-02-b.md 5:1 error Unexpected duplicate slug `same`, also used by posts/2024-05-01-a.md blog/duplicate-slug',
      ],
    },
  ],
});

ruleTester(relatedPins, {
  valid: [
    {
      files: {
        'posts/2024-05-01-a.md': post('related: [b]\n'),
        'posts/2024-05-02-b.md': post().replace('2024-05-01', '2024-05-02'),
      },
    },
  ],
  invalid: [
    {
      src: post('related: [nope]\n'),
      expect: ['6:11 error Unexpected `nope` in `related`, no post has that slug frontmatter/related'],
    },
  ],
});

ruleTester(tagCase, {
  valid: [withTags('[Security]', '[Security]'), withTags('[Security]', '[security]')],
  invalid: [
    {
      src: withTags('[Security]', '[Security]', '[cloud, security]'),
      expect: [
        'posts/2024-05-03-p3.md 4:15 warning Unexpected tag `security`, expected `Security` as 2 posts write it blog/tag-case',
      ],
    },
  ],
});

ruleTester(tagTypo, {
  valid: [
    withTags('[backup]', '[backup]', '[backups-2]'),
    withTags('[Go]', '[Go]', '[Git]'),
    withTags('[backup]', '[bakcup]'),
    // Another first letter, or another version number: words of their own (artsy.github.io's `Caching`, `HTML5`).
    withTags('[teaching]', '[teaching]', '[caching]'),
    withTags('[html]', '[html]', '[html5]'),
    withTags('[es5]', '[es5]', '[es6]'),
  ],
  invalid: [
    {
      src: withTags('[backup]', '[backup]', '[bakcup]'),
      expect: [
        'posts/2024-05-03-p3.md 4:8 warning Unexpected tag `bakcup`, close to `backup` that 2 posts use blog/tag-typo',
      ],
    },
    {
      src: withTags('[kubernetes]', '[kubernetes]', '[kubernets]', '[kubrenetes]'),
      expect: [
        'posts/2024-05-03-p3.md 4:8 warning Unexpected tag `kubernets`, close to `kubernetes` that 2 posts use blog/tag-typo',
        'posts/2024-05-04-p4.md 4:8 warning Unexpected tag `kubrenetes`, close to `kubernetes` that 2 posts use blog/tag-typo',
      ],
    },
    {
      src: withTags('[python3]', '[python3]', '[pyhton3]'),
      expect: [
        'posts/2024-05-03-p3.md 4:8 warning Unexpected tag `pyhton3`, close to `python3` that 2 posts use blog/tag-typo',
      ],
    },
  ],
});

test.run();
