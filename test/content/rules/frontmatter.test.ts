import { test } from 'uvu';
import { draft } from '../../../src/content/rules/boolean-keys.ts';
import { date } from '../../../src/content/rules/date.ts';
import { description } from '../../../src/content/rules/description.ts';
import { filenameDate } from '../../../src/content/rules/filename-date.ts';
import { image } from '../../../src/content/rules/image.ts';
import { imageAlt } from '../../../src/content/rules/image-alt.ts';
import { requiredKeys } from '../../../src/content/rules/required-keys.ts';
import { requiredTitle } from '../../../src/content/rules/required-title.ts';
import { slug } from '../../../src/content/rules/slug.ts';
import { tags } from '../../../src/content/rules/tags.ts';
import { unknownKey } from '../../../src/content/rules/unknown-key.ts';
import { updated } from '../../../src/content/rules/updated.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

/** Clocks go from 02:00 to 03:00 on 2024-03-31, and back from 03:00 to 02:00 on 2024-10-27. */
const BERLIN = { timeZone: 'Europe/Berlin' };

// post(extra) writes title (line 2), date (3), tags (4), description (5), then `extra` from line 6.

ruleTester(requiredTitle, {
  valid: [post()],
  invalid: [
    {
      src: post().replace('title: A post', 'title: ""'),
      expect: ['2:1 error Unexpected empty `title`, expected a non-empty string frontmatter/title'],
    },
    {
      src: post().replace('title: A post\n', ''),
      expect: ['1:1 error Missing `title`, expected a non-empty string frontmatter/title'],
    },
    {
      src: post().replace('title: A post', 'title: 42'),
      expect: ['2:1 error Unexpected number for `title`, expected a string frontmatter/title'],
    },
    // `title:` left blank (or `~`) was "Missing `title`" at 1:1, with the key right there on line 2.
    {
      src: post().replace('title: A post', 'title:'),
      expect: ['2:1 error Unexpected empty `title`, expected a non-empty string frontmatter/title'],
    },
    {
      src: post().replace('title: A post', 'title: ~'),
      expect: ['2:1 error Unexpected empty `title`, expected a non-empty string frontmatter/title'],
    },
    // A list was called an "object".
    {
      src: post().replace('title: A post', 'title: [Part, 2]'),
      expect: ['2:1 error Unexpected list for `title`, expected a string frontmatter/title'],
    },
    {
      src: post().replace('title: A post', 'title: {a: 1}'),
      expect: ['2:1 error Unexpected map for `title`, expected a string frontmatter/title'],
    },
  ],
});

ruleTester(date, {
  valid: [
    post().replace('2024-05-01', '1000-01-01'),
    post(),
    post().replace('2024-05-01', '2024-05-01T09:30:00+02:00'),
    post().replace('date: 2024-05-01\n', ''),
    // `date:` dates the post; the impossible name is content/filename-date's warning.
    { files: { 'posts/2015-02-30-x.md': post() } },
  ],
  invalid: [
    {
      src: post().replace('2024-05-01', '2024-13-45'),
      expect: ['3:7 error Unexpected date: `2024-13-45` is not a real date frontmatter/date'],
    },
    {
      src: post().replace('2024-05-01', '2024-5-1'),
      expect: ['3:7 warning Unexpected date `2024-5-1`, expected `2024-05-01` frontmatter/date'],
    },
    {
      src: { files: { 'posts/undated.md': post().replace('date: 2024-05-01\n', '') } },
      expect: ['1:1 error Missing `date`, expected YYYY-MM-DD frontmatter/date'],
    },
    // Astro's `pubDate` on line 3 and "Missing `date`… Add `date: 2024-05-01`" at 1:1, as if nothing dated it.
    {
      src: { files: { 'posts/undated.md': post().replace('date: 2024-05-01', 'pubDate: 2024-05-01') } },
      expect: ['3:1 error Missing `date`: `pubDate` is not read here frontmatter/date'],
    },
    {
      // The file name's date is the post's only date, and no calendar has that day.
      src: {
        files: {
          'posts/2015-05-00-x.md': post().replace('date: 2024-05-01\n', ''),
          'posts/2015-02-30-y/index.md': post().replace('date: 2024-05-01\n', ''),
        },
      },
      expect: [
        'posts/2015-02-30-y/index.md 1:1 error Unexpected file name date 2015-02-30: not a real date, and no `date:` to use instead frontmatter/date',
        'posts/2015-05-00-x.md 1:1 error Unexpected file name date 2015-05-00: not a real date, and no `date:` to use instead frontmatter/date',
      ],
    },
    // A placeholder year linted clean and was published under /archive/0000/.
    {
      src: post().replace('2024-05-01', '0000-01-01'),
      expect: [
        '3:7 warning Unexpected date `0000-01-01` in the year 0, expected a year from 1000 on frontmatter/date',
      ],
    },
    {
      src: post().replace('2024-05-01', '"0001-01-01 10:00"'),
      expect: [
        '3:7 warning Unexpected date `0001-01-01` in the year 1, expected a year from 1000 on frontmatter/date',
      ],
    },
    {
      src: { files: { 'posts/0999-12-31-x.md': post().replace('date: 2024-05-01\n', '') } },
      expect: [
        '1:1 warning Unexpected file name date 0999-12-31, expected a year from 1000 on frontmatter/date',
      ],
    },
    // A time that Berlin's clocks skip (02:00 → 03:00 on 2024-03-31) was moved to 03:30 without a word.
    {
      src: { files: { 'posts/gap.md': post().replace('2024-05-01', '2024-03-31 02:30') }, config: BERLIN },
      expect: [
        '3:7 warning Unexpected `date` time 02:30 on 2024-03-31: Europe/Berlin has no such time (its clocks skip it when daylight saving time starts), so it was read as 03:30+02:00 frontmatter/date',
      ],
    },
    {
      src: { files: { 'posts/gap.md': post().replace('2024-05-01', '2024-03-31T02:59:59') }, config: BERLIN },
      expect: [
        '3:7 warning Unexpected `date` time 02:59:59 on 2024-03-31: Europe/Berlin has no such time (its clocks skip it when daylight saving time starts), so it was read as 03:59:59+02:00 frontmatter/date',
      ],
    },
  ],
});

// Times on either side of the gap, a time given with its offset, the repeated hour when clocks go back, and
// the gap's time in a zone without one (the default, UTC): all real.
ruleTester(date, {
  valid: [
    ...['2024-03-31 01:59', '2024-03-31 03:00', '2024-03-31 02:30 +01:00', '2024-10-27 02:30'].map(
      (value) => ({
        files: { 'posts/x.md': post().replace('2024-05-01', value) },
        config: BERLIN,
      }),
    ),
    post().replace('2024-05-01', '2024-03-31 02:30'),
  ],
  invalid: [],
});

ruleTester(updated, {
  valid: [post('updated: 2024-05-02\n')],
  invalid: [
    {
      src: post('updated: 2024-04-30\n'),
      expect: [
        '6:10 error Unexpected `updated` 2024-04-30, expected a date on or after `date` 2024-05-01 frontmatter/updated',
      ],
    },
    {
      src: {
        files: { 'posts/x.md': post('updated: 2024-03-31 02:00\n').replace('2024-05-01', '2024-03-01') },
        config: BERLIN,
      },
      expect: [
        '6:10 warning Unexpected `updated` time 02:00 on 2024-03-31: Europe/Berlin has no such time (its clocks skip it when daylight saving time starts), so it was read as 03:00+02:00 frontmatter/updated',
      ],
    },
  ],
});

ruleTester(draft, {
  valid: [post('draft: true\n'), post('draft: false\n')],
  invalid: [
    {
      src: post('draft: "no"\n'),
      expect: ['6:8 error Unexpected string `no` for `draft`, expected `true` or `false` frontmatter/draft'],
    },
    {
      src: post('draft: 1\n'),
      expect: ['6:8 error Unexpected number `1` for `draft`, expected `true` or `false` frontmatter/draft'],
    },
  ],
});

ruleTester(tags, {
  valid: [
    post(),
    post().replace('tags: [backup]', 'tags:\n  - backup\n  - cloud'),
    post().replace('tags: [backup]', 'category: Security'),
    post().replace('[backup]', `[${Array.from({ length: 100 }, (_, i) => `t${i}`).join(', ')}]`),
  ],
  invalid: [
    {
      // Each tag is a page: 100,000 pasted into one post built for 9 minutes without a word.
      src: post().replace('[backup]', `[${Array.from({ length: 20_000 }, (_, i) => `t${i}`).join(', ')}]`),
      expect: [
        '4:7 warning Unexpected 20,000 tags in `tags`, expected at most 100: each tag is a page of the site frontmatter/tags',
      ],
    },
    {
      src: post().replace('[backup]', 'backup, cloud'),
      expect: ['4:7 warning Unexpected comma string for `tags`, expected a list frontmatter/tags'],
    },
    {
      src: post().replace('[backup]', '{ a: 1 }'),
      expect: ['4:7 error Unexpected map for `tags`, expected a list of strings frontmatter/tags'],
    },
    {
      src: post().replace('[backup]', '[backup, [cloud]]'),
      expect: ['4:7 error Unexpected list in `tags`, expected a string frontmatter/tags'],
    },
    {
      // No letter or digit for a URL: each was listed on /tags/untitled/ without a word.
      src: post().replace('[backup]', '["/", "..", backup]'),
      expect: [
        "4:7 warning Tag `/` has no letter or digit for its page's URL: it is listed on /tags/untitled/ frontmatter/tags",
        "4:7 warning Tag `..` has no letter or digit for its page's URL: it is listed on /tags/untitled/ frontmatter/tags",
      ],
    },
    {
      // YAML reads these as numbers, which were published as the tags 3.1, 7 and 31; 2024 is as written.
      src: post().replace('[backup]', '[python, 3.10, 2024, 007, 0x1F]'),
      expect: [
        '4:16 warning Unexpected number `3.10` in `tags`, published as the tag `3.1` frontmatter/tags',
        '4:28 warning Unexpected number `007` in `tags`, published as the tag `7` frontmatter/tags',
        '4:33 warning Unexpected number `0x1F` in `tags`, published as the tag `31` frontmatter/tags',
      ],
    },
  ],
});

const WINDOWS =
  "Windows keeps the name `%` for a device, so the post's folder cannot be checked out or served there";
const onWindows = (name: string) => WINDOWS.replace('%', name);

ruleTester(slug, {
  valid: [
    post('slug: my-post-2\n'),
    // Names that only start like a device's are free.
    post('slug: console\n'),
    post('slug: com10\n'),
    post('slug: lpt-guide\n'),
    { files: { 'posts/2024-05-01-nul-results.md': post(), 'posts/auxiliary/index.md': post() } },
  ],
  invalid: [
    {
      src: post('slug: My Post\n'),
      expect: [
        '6:7 error Unexpected slug `My Post`, expected lowercase letters, digits and dashes frontmatter/slug',
      ],
    },
    {
      // Read as a number (and not used): the hint was "Did you mean `2024`?", what was written.
      src: post('slug: 2024\n'),
      expect: [
        '6:7 error Unexpected slug number `2024`, expected lowercase letters, digits and dashes frontmatter/slug',
      ],
      hints: ['Quote it, so YAML reads it as text: `slug: "2024"`.'],
    },
    {
      src: post('slug: nul\n'),
      expect: [`6:7 warning Unexpected slug \`nul\`: ${onWindows('nul')} frontmatter/slug`],
    },
    {
      // Any case, any extension: both are the device on Windows (the case is also frontmatter/slug's error).
      src: post('slug: LPT1.txt\n'),
      expect: [
        '6:7 error Unexpected slug `LPT1.txt`, expected lowercase letters, digits and dashes frontmatter/slug',
        `6:7 warning Unexpected slug \`LPT1.txt\`: ${onWindows('LPT1')} frontmatter/slug`,
      ],
    },
    {
      // No `slug:`: the file or folder name gives it, so the warning is at the top of the file.
      src: { files: { 'posts/2024-05-01-con.md': post(), 'posts/Com3/index.md': post() } },
      expect: [
        `posts/2024-05-01-con.md 1:1 warning Unexpected slug \`con\`: ${onWindows('con')} frontmatter/slug`,
        `posts/Com3/index.md 1:1 warning Unexpected slug \`com3\`: ${onWindows('com3')} frontmatter/slug`,
      ],
    },
  ],
});

ruleTester(description, {
  valid: [post()],
  invalid: [
    {
      src: post().replace(/description: .*\n/, ''),
      expect: [
        '1:1 warning Missing `description`, recommended for search results and link previews frontmatter/description',
      ],
    },
    {
      src: post().replace(/description: .*\n/, 'description: Too short.\n'),
      expect: [
        '5:14 warning Unexpected description of 10 characters, expected at least 50 frontmatter/description',
      ],
    },
    {
      src: post().replace(/description: .*\n/, `description: ${'x'.repeat(161)}\n`),
      expect: [
        '5:14 warning Unexpected description of 161 characters, expected at most 160 frontmatter/description',
      ],
    },
  ],
});

ruleTester(image, {
  valid: [
    { files: { 'posts/2024-05-01-post.md': post('image: /img/cover.png\n'), 'static/img/cover.png': 'png' } },
  ],
  invalid: [
    {
      src: post('image: cover.png\n'),
      expect: ['6:8 error Unexpected image `cover.png`, no such file frontmatter/image'],
    },
    {
      src: post('image:\n  src: cover.png\n  alt: A cover\n'),
      expect: ['7:8 error Unexpected image `cover.png`, no such file frontmatter/image'],
    },
  ],
});

ruleTester(imageAlt, {
  valid: [
    post(),
    post('image: cover.png\nimageAlt: Our team at the offsite\n'),
    post('image: { src: cover.png, alt: Our team at the offsite }\n'),
  ],
  invalid: [
    {
      src: post('image: cover.png\n'),
      expect: ['6:8 error Unexpected cover image `cover.png` without alt text frontmatter/image-alt'],
    },
    {
      src: post('image: cover.png\nimageAlt: "  "\n'),
      expect: ['6:8 error Unexpected cover image `cover.png` without alt text frontmatter/image-alt'],
    },
    {
      src: post('image:\n  src: cover.png\n'),
      expect: ['7:8 error Unexpected cover image `cover.png` without alt text frontmatter/image-alt'],
    },
  ],
});

ruleTester(requiredKeys, {
  valid: [
    {
      files: { 'posts/2024-05-01-post.md': post('author: Jane\n') },
      config: { frontMatter: { required: ['title', 'date', 'author'] } },
    },
  ],
  invalid: [
    {
      src: {
        files: { 'posts/2024-05-01-post.md': post() },
        config: { frontMatter: { required: ['title', 'date', 'author'] } },
      },
      expect: ['1:1 error Missing `author`, required by the config frontmatter/required'],
    },
  ],
});

ruleTester(unknownKey, {
  valid: [post('author: Jane\nsummary: An alias of description.\n')],
  invalid: [
    { src: post('auther: Jane\n'), expect: ['6:1 warning Unexpected key `auther` frontmatter/unknown-key'] },
    // Astro's and Hugo's names were "Add it to `frontMatter.extraKeys`", which silenced them and still lost the value.
    {
      src: post('pubDate: 2024-05-01\nlastmod: 2024-06-01\nheroImage: /hero.jpg\n'),
      expect: [
        "6:1 warning Unexpected key `pubDate` (Astro's name), expected `date` frontmatter/unknown-key",
        "7:1 warning Unexpected key `lastmod` (Hugo's name), expected `updated` frontmatter/unknown-key",
        "8:1 warning Unexpected key `heroImage` (Astro's name), expected `image` frontmatter/unknown-key",
      ],
    },
    {
      src: post('"draft ": true\n'),
      expect: ['6:1 warning Unexpected spaces in key `draft `, expected `draft` frontmatter/unknown-key'],
    },
  ],
});

ruleTester(filenameDate, {
  valid: [
    post(),
    // The year is frontmatter/date's warning; renaming the file to 0000-01-01 is no advice.
    post().replace('2024-05-01', '0000-01-01'),
    { files: { 'posts/undated-name.md': post().replace('2024-05-01', '2020-01-01') } },
  ],
  invalid: [
    {
      src: post().replace('2024-05-01', '2024-05-02'),
      expect: [
        '3:7 warning Unexpected file name date 2024-05-01, `date:` gives 2024-05-02 in UTC (the front-matter wins) content/filename-date',
      ],
    },
    {
      src: { files: { 'posts/2015-02-30-x.md': post().replace('2024-05-01', '2015-03-02') } },
      expect: [
        '3:7 warning Unexpected file name date 2015-02-30, `date:` gives 2015-03-02 in UTC (the front-matter wins) content/filename-date',
      ],
    },
  ],
});

test.run();
