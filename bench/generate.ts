/**
 * @fileoverview A deterministic generator of realistic blogs for benchmarks and scale tests:
 * N posts with YAML front-matter, Zipf-distributed tags, 600–900-word bodies with `##` sections, lists,
 * code blocks and links, dates spread over ten years. Same arguments, same bytes.
 *
 *   node --import tsx bench/generate.ts <dir> <posts> [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  [
    'security',
    'breach',
    'password',
    'phishing',
    'firewall',
    'encryption',
    'attack',
    'vulnerability',
    'patch',
    'malware',
  ],
  [
    'cloud',
    'migration',
    'server',
    'storage',
    'latency',
    'region',
    'container',
    'cluster',
    'scaling',
    'outage',
  ],
  [
    'backup',
    'restore',
    'snapshot',
    'retention',
    'disaster',
    'recovery',
    'archive',
    'replica',
    'tape',
    'offsite',
  ],
  ['network', 'router', 'switch', 'wifi', 'bandwidth', 'vpn', 'dns', 'packet', 'subnet', 'gateway'],
  [
    'productivity',
    'workflow',
    'automation',
    'meeting',
    'calendar',
    'checklist',
    'template',
    'habit',
    'focus',
    'delegation',
  ],
  [
    'hiring',
    'onboarding',
    'training',
    'culture',
    'remote',
    'mentoring',
    'feedback',
    'career',
    'team',
    'interview',
  ],
  [
    'database',
    'query',
    'index',
    'schema',
    'transaction',
    'replication',
    'postgres',
    'migration',
    'cache',
    'sharding',
  ],
  [
    'compliance',
    'audit',
    'policy',
    'regulation',
    'privacy',
    'gdpr',
    'retention',
    'consent',
    'contract',
    'risk',
  ],
  ['mobile', 'smartphone', 'tablet', 'app', 'device', 'battery', 'notification', 'sync', 'offline', 'mdm'],
  ['budget', 'cost', 'license', 'vendor', 'invoice', 'forecast', 'savings', 'subscription', 'pricing', 'roi'],
];
const COMMON = (
  'the of and to a in is that for it as with was on be by this are or from at an but not have has can your you we our ' +
  'they will more about when what which their there been would so if all how also into just than some its only time over ' +
  'business company customers people work data system systems team teams plan plans process year years help better make ' +
  'need needs use using new way ways good first most many much every each small large'
).split(' ');
const TAGS = [
  'Security',
  'Cloud',
  'Backup',
  'Networking',
  'Productivity',
  'Hiring',
  'Databases',
  'Compliance',
  'Mobile',
  'Budget',
  'Tips',
  'News',
  'How-To',
  'Case Study',
  'Announcements',
  'Windows',
  'Linux',
  'macOS',
  'Microsoft 365',
  'Google Workspace',
  'Email',
  'VoIP',
  'Printers',
  'Hardware',
  'Software',
  'AI',
  'Automation',
  'Remote Work',
  'Training',
  'Events',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** Zipf: tag k is chosen with weight 1/k, so a few tags are on many posts and most on few. */
function zipf(rnd: () => number, n: number): number {
  const h = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
  let r = rnd() * h;
  for (let k = 0; k < n; k++) {
    r -= 1 / (k + 1);
    if (r <= 0) return k;
  }
  return n - 1;
}

function sentence(rnd: () => number, topic: readonly string[]): string {
  const len = 8 + Math.floor(rnd() * 14);
  const words: string[] = [];
  for (let i = 0; i < len; i++) words.push(rnd() < 0.3 ? pick(rnd, topic) : pick(rnd, COMMON));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export interface GeneratedPost {
  file: string;
  text: string;
}

export function generatePost(i: number, total: number, seed = 1): GeneratedPost {
  const rnd = random(seed * 1_000_003 + i);
  const topicIndex = Math.floor(rnd() * TOPICS.length);
  const topic = TOPICS[topicIndex]!;
  // Ten years of posts, oldest first, a few posts some days.
  const start = Date.UTC(2015, 0, 1);
  const day = Math.floor((i / total) * 3650);
  const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  const titleWords = [
    pick(rnd, topic),
    pick(rnd, COMMON),
    pick(rnd, topic),
    pick(rnd, ['tips', 'guide', 'lessons', 'checklist', 'mistakes']),
  ];
  const title = `${titleWords.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} ${i}`;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const tags = new Set<string>([TAGS[topicIndex]!]);
  const extra = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < extra; k++) tags.add(TAGS[zipf(rnd, TAGS.length)]!);
  const body: string[] = [];
  let words = 0;
  const target = 600 + Math.floor(rnd() * 300);
  body.push(Array.from({ length: 3 }, () => sentence(rnd, topic)).join(' '), '');
  let section = 1;
  while (words < target) {
    const heading = pick(rnd, topic);
    body.push(`## ${heading[0]!.toUpperCase()}${heading.slice(1)} ${section++}`, '');
    for (let p = 0; p < 2 + Math.floor(rnd() * 2); p++) {
      const para = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd, topic)).join(' ');
      words += para.split(' ').length;
      body.push(para, '');
    }
    const r = rnd();
    if (r < 0.3) {
      body.push(...Array.from({ length: 3 }, () => `- ${sentence(rnd, topic)}`), '');
    } else if (r < 0.45) {
      body.push(
        '```js',
        `const ${pick(rnd, topic)} = await load('${pick(rnd, topic)}');`,
        `console.log(${JSON.stringify(sentence(rnd, topic))});`,
        '```',
        '',
      );
    } else if (r < 0.6 && i > 0) {
      body.push(
        `See also [an earlier post](https://example.com/${pick(rnd, topic)}/) on ${pick(rnd, topic)}.`,
        '',
      );
    }
  }
  const description = sentence(rnd, topic).slice(0, 150);
  const text = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    `tags: [${[...tags].map((t) => JSON.stringify(t)).join(', ')}]`,
    `description: ${JSON.stringify(description)}`,
    ...(rnd() < 0.02 ? ['draft: true'] : []),
    '---',
    body.join('\n'),
  ].join('\n');
  return { file: `${date}-${slug}.md`, text };
}

export function generateBlog(dir: string, posts: number, seed = 1): void {
  mkdirSync(join(dir, 'posts'), { recursive: true });
  writeFileSync(
    join(dir, 'blog.config.json'),
    `${JSON.stringify({ title: 'Generated Blog', baseUrl: 'https://example.com/', postsPerPage: 10, timeZone: 'UTC' }, null, 2)}\n`,
  );
  for (let i = 0; i < posts; i++) {
    const post = generatePost(i, posts, seed);
    writeFileSync(join(dir, 'posts', post.file), post.text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, ...rest] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: generate.ts <dir> <posts> [--seed N]');
    process.exit(2);
  }
  const seedAt = rest.indexOf('--seed');
  generateBlog(dir, Number(count), seedAt >= 0 ? Number(rest[seedAt + 1]) : 1);
  console.log(`Generated ${count} posts in ${dir}`);
}
