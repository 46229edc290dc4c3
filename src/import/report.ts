/** @fileoverview The import report: what was changed (source lines), what is left for a person (new files' lines). */
import { compareDiagnostics, type Diagnostic, fullMessage } from '../diagnostics/diagnostic.ts';
import type { ImportPlan, Note } from './types.ts';
import { offsetsText, zonesForOffsets } from './zone-for-offsets.ts';

/** A report note as the one diagnostic shape: a note with no column points at the line's start. */
export function toDiagnostic({ same: _same, ...note }: Note): Diagnostic {
  return { column: 1, severity: 'warning', ruleId: null, ...note };
}

/** From how many notes that say the same (one include in hundreds of posts) they are listed once. */
const SAME_AT_LEAST = 5;
/** How many of those places are named. */
const SAME_SHOWN = 3;

/**
 * `    14: message`, or `    14:7: message  rule-id` when the column and rule are known. Many notes that say the
 * same about one thing (made-mistakes' 912 `{% include_cached boilerplate/x.md %}`) come first, once each, with
 * their count and first places. `lint` names what the rest of `blog` would report for those left (a person's).
 */
function group(notes: readonly Note[], lint = ''): string[] {
  const same = new Map<string, Note[]>();
  for (const n of notes)
    if (n.same) {
      const list = same.get(n.same.key);
      if (list) list.push(n);
      else same.set(n.same.key, [n]);
    }
  const many = [...same.values()].filter((list) => list.length >= SAME_AT_LEAST);
  const grouped = new Set(many.flat());
  const lines: string[] = [];
  for (const list of many) {
    const files = new Set(list.map((n) => n.file));
    const places = list
      .slice(0, SAME_SHOWN)
      .map((n) => `${n.file}:${n.line}`)
      .join(', ');
    const more = list.length > SAME_SHOWN ? ` and ${list.length - SAME_SHOWN} more${lint}` : '';
    lines.push(
      `  ${list.length} times, in ${files.size} post${files.size === 1 ? '' : 's'}: ${list[0]!.same!.message}`,
      `    ${places}${more}`,
    );
  }
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of notes.filter((n) => !grouped.has(n)).map(toDiagnostic)) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const d of [...list].sort(compareDiagnostics)) {
      const at = d.column > 1 ? `${d.line}:${d.column}` : `${d.line}`;
      lines.push(`    ${at}: ${fullMessage(d)}${d.ruleId ? `  ${d.ruleId}` : ''}`);
    }
  }
  return lines;
}

/**
 * Many files (etcd-io/website's ~600 docs pages) as at most `maxLines` folders, each with its count and a few
 * names: `  content/en/docs/ (580): \`v3.5/faq.md\`, \`v3.5/install.md\`, \`v3.6/faq.md\` and 577 more`. The folders
 * are as deep as keeps them within `maxLines` (a file at the top is its own line). When that leaves one folder
 * for all (rOpenSci's `content/ (953)`) but a few of the folders below it hold most of the files (488 author
 * pages, 199 events…), those are listed, largest first, and the rest counted on a last line.
 */
export function byFolder(files: readonly string[], maxLines = 10, examples = 3): string[] {
  const deepest = Math.max(...files.map((f) => dirsOf(f).length));
  let depth = deepest;
  let groups = groupAt(files, depth);
  while (depth > 0 && lineCount(groups) > maxLines) groups = groupAt(files, --depth);
  const line = (folder: string, list: readonly string[]) => {
    const names = list.slice(0, examples).map((f) => `\`${f.slice(folder.length)}\``);
    const more = list.length > examples ? ` and ${list.length - examples} more` : '';
    return `  ${folder} (${list.length}): ${names.join(', ')}${more}`;
  };
  const [only] = groups.keys();
  if (groups.size === 1 && only && depth < deepest) {
    // The folders one level down, largest first; files at the top of `only` are counted with the rest.
    const below = [...groupAt(files, depth + 1)]
      .filter(([folder]) => folder !== only)
      .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
    const largest = below.slice(0, maxLines - 1);
    const shown = largest.reduce((n, [, list]) => n + list.length, 0);
    if (shown * 2 >= files.length) {
      const rest = files.length - shown;
      const others = below.length - largest.length;
      const where = others
        ? `in ${others} other folder${others === 1 ? '' : 's'} or at its top`
        : 'at its top';
      return [
        ...largest.map(([folder, list]) => line(folder, list)),
        ...(rest ? [`  ${only} (${rest} more, ${where})`] : []),
      ];
    }
  }
  const lines: string[] = [];
  for (const [folder, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (folder) lines.push(line(folder, list));
    else lines.push(...list.map((f) => `  ${f}`));
  }
  return lines;
}

const dirsOf = (file: string) => file.split('/').slice(0, -1);

/** The files by their folders cut to `depth` levels (`''` for files at the top). */
function groupAt(files: readonly string[], depth: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const dirs = dirsOf(file).slice(0, depth);
    const key = dirs.length ? `${dirs.join('/')}/` : '';
    const list = groups.get(key);
    if (list) list.push(file);
    else groups.set(key, [file]);
  }
  return groups;
}

/** Lines a grouping takes: one per folder, one per file at the top. */
const lineCount = (groups: Map<string, string[]>) =>
  [...groups].reduce((n, [key, list]) => n + (key ? 1 : list.length), 0);

export function formatImportReport(plan: ImportPlan, options: { source: string; dryRun: boolean }): string {
  const posts = plan.files.filter((f) => f.kind === 'post').length;
  const assets = plan.files.length - posts;
  const verb = options.dryRun ? 'Would import' : 'Imported';
  const lines = [
    `${verb} ${posts} post${posts === 1 ? '' : 's'} and ${assets} other file${assets === 1 ? '' : 's'} from the ${plan.kind} site in ${options.source}${options.dryRun ? ' (dry run: nothing written)' : ''}.`,
  ];
  if (plan.changed.length)
    lines.push('', `Changed (${plan.changed.length}), at lines of the source files:`, ...group(plan.changed));
  if (plan.left.length)
    lines.push(
      '',
      `Left for a person (${plan.left.length}), at lines of the new files:`,
      ...group(plan.left, ' (`blog lint` lists each)'),
    );
  else lines.push('', 'Left for a person: nothing.');
  if (plan.skipped.length) lines.push('', `Skipped (${plan.skipped.length}):`, ...group(plan.skipped));
  if (plan.notPosts.length > 10)
    lines.push('', `Not imported (${plan.notPosts.length} pages, not posts):`, ...byFolder(plan.notPosts));
  else if (plan.notPosts.length)
    lines.push('', `Not imported (pages, not posts): ${plan.notPosts.map((f) => `\`${f}\``).join(', ')}`);
  if (plan.leftOut.length)
    lines.push(
      '',
      `Left out (${plan.leftOut.length}):`,
      ...plan.leftOut.map((l) => `  ${l.file}: ${l.reason}`),
    );
  const shifts = plan.dayShifts;
  if (shifts) lines.push('', dayShiftsNote(plan.kind, shifts, options.dryRun));
  lines.push(
    '',
    options.dryRun
      ? 'Next: run the same command without --dry-run.'
      : 'Next: run `blog lint` to see what is left, then `blog build`.',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The posts a day off from the day written. Hugo with no `timeZone` reads a date without an offset in UTC but shows
 * one written with an offset in that offset (its `timeZone` is only for dates "without such information"), so those
 * days differ from the old site's, and the zone to set is the offset's.
 */
function dayShiftsNote(
  kind: ImportPlan['kind'],
  shifts: NonNullable<ImportPlan['dayShifts']>,
  dryRun: boolean,
): string {
  const { file, date, day } = shifts.first;
  const many = shifts.count === 1 ? '1 post is' : `${shifts.count} posts are`;
  const them = shifts.count === 1 ? 'it' : 'them';
  const again = dryRun ? '' : ' (delete these posts and import again)';
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(date);
  if (kind === 'hugo' && shifts.timeZoneImplied && offset) {
    const [written, sign, hours, minutes] = offset;
    const offsets = shifts.offsets ?? [];
    const several = new Set(offsets.map((o) => o.offset)).size > 1;
    // The Etc zones' signs are POSIX's, the other way round: Etc/GMT+5 is -05:00. A fixed offset would move
    // the posts written in the other offsets (summer and winter time): then only a city's zone fits.
    const etc =
      minutes === '00' && !several
        ? `"Etc/GMT${sign === '-' ? '+' : '-'}${Number(hours)}" is ${written} all year; `
        : '';
    const city = several
      ? (() => {
          const zones = zonesForOffsets(offsets);
          return zones.length
            ? `the posts are written in ${offsetsText(offsets)}: a city's zone with those offsets at those dates, such as "${zones[0]}"`
            : `the posts are written in ${offsetsText(offsets)}, which no one zone has at those dates: the one most were written in`;
        })()
      : 'a city\'s, such as "America/New_York", follows its summer time';
    return `Dates: ${many} on another day in ${shifts.timeZone} than on the old site (\`${file}\`: \`${date}\` is ${day} in ${shifts.timeZone}): without a \`timeZone\` setting Hugo reads a date in UTC only when it has no offset, and showed this one in its own. This blog shows and links ${them} on that day. To keep the days as written, set "timeZone" in blog.config.json to the zone they were written in (${etc}${city}) before importing${again}.`;
  }
  const zone = shifts.timeZoneImplied
    ? `${shifts.timeZone} (as the old site: ${shifts.timeZoneImplied})`
    : shifts.timeZoneFrom
      ? `${shifts.timeZone} (the old site's, from ${shifts.timeZoneFrom})`
      : shifts.timeZone;
  // UTC already: naming it again as the usual choice helps no one.
  const often = shifts.timeZone === 'UTC' ? '' : ' (often "UTC")';
  const fix = shifts.timeZoneFrom
    ? `To keep the days as written, set "timeZone" in blog.config.json to the zone they were written in${often}${dryRun ? ' before importing' : ''}`
    : `To keep the days as written, set "timeZone" in blog.config.json to the old site's${often} before importing`;
  return `Dates: ${many} on another day in ${zone} than the day written (\`${file}\`: \`${date}\` is ${day} there), so this blog shows and links ${them} on that day. ${fix}${again}.`;
}
