/**
 * @fileoverview A Hugo post whose date Hugo took from its file name (`:filename` ahead of the front matter's
 * date in `[frontmatter]`) keeps that date here, so its new URL and its place in the lists are Hugo's.
 */
import { dateFromFileName } from '../content/dates.ts';
import { lineOfKey, type ReadPost } from './convert-post.ts';
import type { DateKind } from './hugo-front-matter-config.ts';

/**
 * Sets `date` to the file name's date when Hugo used it for the date this import writes as `date` (`kind`:
 * `publishdate` when the source has a `publishDate`, which becomes `date`, else `date`). A dated name with
 * no `date:` is left as it is: the name is the date here too.
 */
export function keepHugoNameDate(post: Omit<ReadPost, 'target' | 'ymd'>, stem: string, kind: DateKind): void {
  const named = post.hugoFileName?.dates[kind];
  if (!named) return;
  const doc = post.matter.doc;
  const value = named.time ? `${named.ymd}T${named.time}` : named.ymd;
  const before = doc.get('date');
  if (before == null && !named.time && dateFromFileName(stem)?.ymd === named.ymd) return;
  if (before != null && String(before) === value) return;
  doc.set('date', value);
  // The file's modification day, used when a post has no date, is not the day Hugo showed.
  post.left = post.left.filter((note) => !(note.key === 'date' && note.message.startsWith('no date:')));
  post.changed.push({
    file: post.found.rel,
    line: lineOfKey(post.text, kind === 'date' ? 'date' : 'publishDate'),
    message: `\`date: ${value}\` from the file name, the date Hugo used (\`:filename\` in \`[frontmatter]\`)${before == null ? '' : `; it was \`${String(before)}\``}`,
  });
}
