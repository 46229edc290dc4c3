import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { explainFsError } from '../../src/fs/fs-error.ts';

const fail = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

test("a permission failure on the build's own staging folder or temp file names the folder that holds it", () => {
  const staging = explainFsError(fail('EACCES', 'mkdir', '/srv/blog/.dist.tmp-4242-m3k9x1'));
  assert.is(staging?.message, 'Permission denied writing in `/srv/blog`.');
  const temp = explainFsError(fail('EACCES', 'open', '/srv/blog/dist/.index.html.4242.a.tmp'));
  assert.is(temp?.message, 'Permission denied writing in `/srv/blog/dist`.');
  const readOnly = explainFsError(fail('EROFS', 'mkdir', '/mnt/ro/.public.old-77-abc2'));
  assert.is(readOnly?.message, '`/mnt/ro` is on a read-only file system.');
});

test("the user's own files keep their names, and a staging folder that cannot be made is named as it is", () => {
  assert.is(
    explainFsError(fail('EACCES', 'open', '/srv/blog/posts/.draft.md'))?.message,
    'Permission denied reading `/srv/blog/posts/.draft.md`.',
  );
  assert.is(
    explainFsError(fail('ENOENT', 'mkdir', '/proc/.x.tmp-1-a1'))?.message,
    '`/proc/.x.tmp-1-a1` cannot be made: the file system there takes no new folders.',
  );
});

test.run();
