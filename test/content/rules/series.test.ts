/** The series rules: `series` and `seriesOrder` as written, and across the blog: page clashes, near-misses, duplicate places. */
import { test } from 'uvu';
import { series } from '../../../src/content/rules/series.ts';
import { seriesCollision } from '../../../src/content/rules/series-collision.ts';
import { seriesOrder } from '../../../src/content/rules/series-order.ts';
import { seriesTypo } from '../../../src/content/rules/series-typo.ts';
import { post, ruleTester } from '../../helpers/rule-tester.ts';

/** A blog of posts with these extra front-matter lines, one post each, dated one day apart. */
const blog = (...extras: string[]) => ({
  files: Object.fromEntries(
    extras.map((extra, i) => {
      const day = String(i + 1).padStart(2, '0');
      return [`posts/2024-05-${day}-p${i + 1}.md`, post(extra).replace('2024-05-01', `2024-05-${day}`)];
    }),
  ),
});

ruleTester(series, {
  valid: [
    post('series: Zero Trust Networks\n'),
    post('series: ["Zero Trust Networks"]\n'),
    post('series:\n  - Zero Trust Networks\nseriesOrder: 2\n'),
    post('series: Zero Trust\nseries_order: 1.5\n'),
    post('series: C++\n'),
  ],
  invalid: [
    {
      src: post('series: [Zero Trust, Backups]\n'),
      expect: [
        '6:9 warning Unexpected 2 series in `series`, expected one: only `Zero Trust` is used frontmatter/series',
      ],
    },
    {
      src: post('series: ""\n'),
      expect: ['6:9 error Unexpected empty `series`, expected the name of the series frontmatter/series'],
    },
    {
      src: post('series: 2024\n'),
      expect: [
        '6:9 error Unexpected number `2024` for `series`, expected the name of the series frontmatter/series',
      ],
    },
    {
      // jekyll-series sites that keep `series: { id, index }`.
      src: post('series:\n  id: ZT\n  index: 2\n'),
      expect: ['7:3 error Unexpected map for `series`, expected the name of the series frontmatter/series'],
      hints: ['Write the name alone (`series: Zero Trust Networks`) and the place as `seriesOrder: 2`.'],
    },
    {
      src: post('series: Zero Trust\nseriesOrder: "2"\n'),
      expect: [
        "7:14 error Unexpected string `2` for `seriesOrder`, expected a number (the post's place in its series) frontmatter/series",
      ],
      hints: ['Did you mean `seriesOrder: 2`, without quotes?'],
    },
    {
      src: post('series_order: 3\n'),
      expect: ['6:1 warning Unexpected `series_order` in a post with no `series` frontmatter/series'],
    },
  ],
});

ruleTester(seriesCollision, {
  valid: [
    blog('series: Zero Trust\n', 'series: Zero Trust\n'),
    // Spellings of one series are one page: the series-typo rule's business.
    blog('series: Zero Trust\n', 'series: zero  trust\n'),
    blog('series: C#\n', 'series: C++\n'),
  ],
  invalid: [
    {
      src: blog('series: Café\n', 'series: Cafe\n'),
      expect: [
        'posts/2024-05-01-p1.md 6:9 error Unexpected series `Café`: it shares the page /series/cafe/ with `Cafe` (posts/2024-05-02-p2.md) blog/series-collision',
        'posts/2024-05-02-p2.md 6:9 error Unexpected series `Cafe`: it shares the page /series/cafe/ with `Café` (posts/2024-05-01-p1.md) blog/series-collision',
      ],
    },
  ],
});

ruleTester(seriesTypo, {
  valid: [
    blog('series: Zero Trust Networks\n', 'series: Zero Trust Networks\n', 'series: Backup Basics\n'),
    // Another number is another series.
    blog('series: Kubernetes 101\n', 'series: Kubernetes 102\n'),
  ],
  invalid: [
    {
      src: blog(
        'series: Zero Trust Networks\n',
        'series: Zero Trust Networks\n',
        'series: zero trust  networks\n',
      ),
      expect: [
        'posts/2024-05-03-p3.md 6:9 warning Unexpected series `zero trust  networks`, close to `Zero Trust Networks` that 2 posts use blog/series-typo',
      ],
      hints: ['Did you mean `Zero Trust Networks`?'],
    },
    {
      src: blog(
        'series: Zero Trust Networks\n',
        'series: Zero Trust Networks\n',
        'series: Zero Trust Netwroks\n',
      ),
      expect: [
        'posts/2024-05-03-p3.md 6:9 warning Unexpected series `Zero Trust Netwroks`, close to `Zero Trust Networks` that 2 posts use blog/series-typo',
      ],
    },
    {
      // No spaces: its own page, /series/zerotrust-networks/, beside the series' one.
      src: blog('series: Zero Trust Networks\n', 'series: ZeroTrust Networks\n'),
      expect: [
        'posts/2024-05-01-p1.md 6:9 warning Unexpected series `Zero Trust Networks`, close to `ZeroTrust Networks` that 1 post uses blog/series-typo',
        'posts/2024-05-02-p2.md 6:9 warning Unexpected series `ZeroTrust Networks`, close to `Zero Trust Networks` that 1 post uses blog/series-typo',
      ],
    },
  ],
});

ruleTester(seriesOrder, {
  valid: [
    blog('series: A\nseriesOrder: 1\n', 'series: A\nseriesOrder: 2\n', 'series: B\nseriesOrder: 1\n'),
    blog('series: A\n', 'series: A\n'),
  ],
  invalid: [
    {
      src: blog(
        'series: Zero Trust\nseriesOrder: 2\n',
        'series: zero trust\nseries_order: 2\n',
        'series: Zero Trust\nseriesOrder: 1\n',
      ),
      expect: [
        'posts/2024-05-01-p1.md 7:1 warning Unexpected duplicate `seriesOrder: 2` in the series `Zero Trust`, also given by posts/2024-05-02-p2.md blog/series-order',
        'posts/2024-05-02-p2.md 7:1 warning Unexpected duplicate `seriesOrder: 2` in the series `zero trust`, also given by posts/2024-05-01-p1.md blog/series-order',
      ],
    },
  ],
});

test.run();
