/**
 * @fileoverview The guard on the fast front-matter reader (gray-matter with js-yaml's core schema): whenever it
 * answers, it answers what the careful YAML 1.2 reader answers. Edge cases we know of, every fixture post,
 * and seeded random front-matter built from the scalar shapes where YAML 1.1 and 1.2 differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';
import { readFrontMatterData } from '../../src/content/read-front-matter-data.ts';
import { splitFrontMatter } from '../../src/content/split-front-matter.ts';
import { seededRandom } from '../helpers/random.ts';

/** What the careful reader makes of a block, as JSON (numbers that JSON lacks spelled out), or its error. */
function careful(source: string): string {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
  if (doc.errors.length) return `error ${doc.errors[0]!.code}`;
  return asJson(doc.toJS({ maxAliasCount: 100 }));
}

const asJson = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? `${v}` : v));

/** Checks one block; returns whether the fast reader answered. */
function agrees(source: string): boolean {
  const fast = readFrontMatterData(source);
  if (fast === undefined) return false;
  assert.is(asJson(fast), careful(source), `for ${JSON.stringify(source)}`);
  return true;
}

const SHAPES = [
  '017',
  '0o17',
  '0x1F',
  '0X1f',
  '+0x10',
  '0b101',
  '08',
  '00',
  '0',
  '-0',
  '0.',
  '0.5',
  '.5',
  '-.5',
  '+.5',
  '._5',
  '1_000',
  '-1_0',
  '1__0',
  '1_0.5',
  '12:30',
  '1:20:30',
  '190:20:30',
  '1e3',
  '1E3',
  '1e+3',
  '1.5e3',
  '1e',
  '.e3',
  '1.2.3',
  '9007199254740993',
  '123456789012345678901234567890',
  '.inf',
  '-.Inf',
  '+.inf',
  '.NaN',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'True',
  'TRUE',
  'tRue',
  'false',
  'null',
  'Null',
  'NULL',
  'nuLL',
  '~',
  '',
  '2024-01-01',
  '2024-01-01 10:00',
  '2024-01-01T10:00:00Z',
  '2001-12-14t21:59:43.10-05:00',
  'v1.2',
  '1.0',
  '10%',
  '$5',
  '#x',
  'a #b',
  '"q"',
  "'s'",
  '"\\x41"',
  '"\\u00e9"',
  '"\\N"',
  "'it''s'",
  '[a, b]',
  '[1, 2,]',
  '{a: 1}',
  '{a: [1, 2]}',
  '-',
  '- b',
  '@b',
  '`b',
  '%b',
  '&a x',
  '*a',
  '!!str 1',
  '!!binary aGk=',
  '|\n  x\n  y',
  '>-\n  x\n  y',
  '"multi\n  line"',
  "'multi\n\n  line'",
  'a: b',
  'a:b',
  'Q&A',
  'Hello!',
  'C#',
  'C++',
  'Café',
  'Привет',
  '日本語',
  '😀',
  '\u2028',
  'b\u0085c',
  '"\\ud800"',
  '<<',
  '=',
  '?',
  ':',
  '- ',
  'x\ty',
  '0o8',
  '0x_1',
  '0b1_0',
  '1:2',
  '-1',
];
const KEYS = [
  'title',
  'date',
  'tags',
  'slug',
  'draft',
  'description',
  'x',
  '"quoted"',
  "'single'",
  '1',
  '2024',
  'a b',
  'é',
  '__proto__',
  'constructor',
  '<<',
  'on',
  'null',
  '? x',
  '[a]',
  '{a: 1}',
  '- a',
  ' indented',
];

test('the shapes where YAML 1.1 and 1.2 part ways are read alike or left to the careful reader', () => {
  let answered = 0;
  for (const shape of SHAPES)
    for (const wrap of [
      (v: string) => `key: ${v}`,
      (v: string) => `key:\n  - ${v}`,
      (v: string) => `key: [${v}]`,
    ])
      if (agrees(wrap(shape))) answered++;
  for (const key of KEYS) if (agrees(`${key}: value\ntitle: t`)) answered++;
  // A merge key is the careful reader's: js-yaml would read `<<: hello` as a key named `<<`.
  for (const merge of ['<<: hello', 'a:\n  <<: hello', 'a: {<<: b}'])
    assert.is(readFrontMatterData(`title: t\n${merge}`), undefined, merge);
  // The fast reader must be the common path, not a path that declines everything.
  assert.ok(answered > SHAPES.length, `answered ${answered}`);
  // Everyday front-matter takes the fast path, and reads alike.
  for (const everyday of [
    'title: Hello world\ndate: 2024-01-01\ntags: [a, b]\ndraft: false',
    'title: "Quoted: yes"\ndate: 2015-01-01\ntags: ["Budget", "Cloud", "VoIP"]\ndescription: "It\'s fine."',
    "layout: post\ntitle: 'It''s here'\ncategories: [news]\nauthor:\n  - Ann\n  - Bo\nimage:\n  src: a.png\n  alt: A\n",
    'title: Hello\r\ndate: 2024-01-01\r\ndescription: >-\r\n  Folded\r\n  text\r\n',
  ])
    assert.ok(agrees(everyday), everyday);
});

test('every front-matter block in the fixture blogs reads alike (LF and CRLF)', () => {
  let answered = 0;
  const root = join(import.meta.dirname, '..', 'fixtures');
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.md'),
  )) {
    const text = readFileSync(join(root, file), 'utf8');
    const block = splitFrontMatter(text);
    // JSON and files without front-matter are not read the fast way.
    if (block?.language !== 'yaml') continue;
    const source = text.slice(block.sourceStart, block.sourceEnd);
    if (agrees(source)) answered++;
    agrees(source.replace(/\r?\n/g, '\r\n'));
  }
  assert.ok(answered > 20, `answered ${answered}`);
});

test('20,000 seeded random blocks read alike whenever the fast reader answers', () => {
  const r = seededRandom(1604);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const scalar = (): string => {
    let s = pick(SHAPES);
    if (r() < 0.3) s += pick([' ', '', ':', '_', '.', '-', ' #', 'x']) + pick(SHAPES);
    return s.replace(/\n/g, ' ');
  };
  let answered = 0;
  for (let i = 0; i < 20_000; i++) {
    const lines: string[] = [];
    for (let k = 1 + Math.floor(r() * 5); k > 0; k--) {
      const key = pick(KEYS);
      const form = r();
      if (form < 0.6) lines.push(`${key}: ${scalar()}`);
      else if (form < 0.8)
        lines.push(`${key}:`, ...Array.from({ length: 1 + Math.floor(r() * 3) }, () => `  - ${scalar()}`));
      else lines.push(`${key}: [${Array.from({ length: Math.floor(r() * 4) }, scalar).join(', ')}]`);
    }
    const source = lines.join(r() < 0.2 ? '\r\n' : '\n');
    if (agrees(source)) answered++;
  }
  assert.ok(answered > 1_000, `answered ${answered}`);
});

test.run();
