import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { writeFrontMatter } from '../../src/new/front-matter.ts';
import { fillPlaceholders, type NewPost } from '../../src/new/render-post.ts';
import { nearDuplicate, nearDuplicateWarnings, parseTagList } from '../../src/new/tags.ts';
import { FileExistsError, writeAtomic } from '../../src/output/write-atomic.ts';
import { tempDir } from '../helpers/cli.ts';

test('writeFrontMatter: quotes only what a YAML 1.1 or 1.2 reader would misread; dates stay plain', () => {
  const text = writeFrontMatter({
    title: 'on',
    date: '2024-05-01',
    tags: ['Security', 'yes', '2023', 'Network Security'],
    description: 'Plain words: with a colon',
    draft: true,
    image: 'cover.png',
  });
  assert.is(
    text,
    '---\ntitle: "on"\ndate: 2024-05-01\ntags: [Security, "yes", "2023", Network Security]\ndescription: "Plain words: with a colon"\ndraft: true\nimage: cover.png\n---\n',
  );
  const body = text.slice(4, -4);
  for (const version of ['1.1', '1.2'] as const) {
    const data = parse(body, { version }) as Record<string, unknown>;
    assert.is(data.title, 'on', version);
    assert.equal(data.tags, ['Security', 'yes', '2023', 'Network Security'], version);
  }
});

test('fillPlaceholders: the six names, with or without spaces; anything else is left alone', () => {
  const post: NewPost = {
    title: 'T $& $1',
    date: '2024-05-01',
    slug: 't',
    tags: ['a', 'b'],
    description: 'D',
    draft: true,
    author: 'A',
  };
  assert.is(
    fillPlaceholders(
      '{{title}}|{{ date }}|{{slug}}|{{tags}}|{{description}}|{{author}}|{{draft}}|{{ x }}|{title}',
      post,
    ),
    'T $& $1|2024-05-01|t|a, b|D|A|{{draft}}|{{ x }}|{title}',
  );
});

test('nearDuplicate: a slip, another case or spelling of a tag in use; never an exact one', () => {
  const known = ['Backup', 'Security', 'Cloud Backup', 'AI'];
  assert.is(nearDuplicate('bakcup', known), 'Backup');
  assert.is(nearDuplicate('security', known), 'Security');
  assert.is(nearDuplicate('cloud-backup', known), 'Cloud Backup');
  assert.is(nearDuplicate('Secruity', known), 'Security');
  assert.is(nearDuplicate('Backup', known), undefined);
  assert.is(nearDuplicate('Networking', known), undefined);
  assert.is(nearDuplicate('ML', known), undefined);
  assert.equal(nearDuplicateWarnings(['Backup', 'bakcup'], known), [
    'Tag `bakcup` is new, but the blog already uses `Backup`: did you mean `Backup`?',
  ]);
  assert.equal(parseTagList(' a, b ,, a,c '), ['a', 'b', 'c']);
});

test('writeAtomic exclusive: writes the whole text, refuses an existing file, leaves no temp file', () => {
  const dir = tempDir();
  const path = join(dir, 'post.md');
  writeAtomic(path, 'first\n', { exclusive: true });
  assert.is(readFileSync(path, 'utf8'), 'first\n');
  try {
    writeAtomic(path, 'second\n', { exclusive: true });
    assert.unreachable('should refuse');
  } catch (error) {
    assert.instance(error, FileExistsError);
  }
  assert.is(readFileSync(path, 'utf8'), 'first\n');
  writeFileSync(join(dir, 'other.md'), 'mine');
  assert.throws(
    () => writeAtomic(join(dir, 'other.md'), 'x', { exclusive: true }),
    (e: unknown) => e instanceof FileExistsError,
  );
  assert.is(readFileSync(join(dir, 'other.md'), 'utf8'), 'mine');
  assert.equal(readdirSync(dir).sort(), ['other.md', 'post.md']);
  assert.not.ok(existsSync(join(dir, 'missing', 'x.md')));
  assert.throws(() => writeAtomic(join(dir, 'missing', 'x.md'), 'x', { exclusive: true }), /ENOENT/);
});

test.run();
