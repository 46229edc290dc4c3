/**
 * @fileoverview The time zones in which dates written with UTC offsets (`2023-03-20T23:30:00+01:00`,
 * `2023-07-10T00:30:00+02:00`) keep the offsets written, so each keeps its day: what a Hugo site without a
 * `timeZone` showed (each date in its own offset), with winter and summer time in one blog.
 */
import { DateTime } from 'luxon';

/** An instant as written: milliseconds since the epoch, and its offset east of UTC in minutes. */
export interface OffsetDate {
  epoch: number;
  offset: number;
}

/** The offset a date is written with (`Z`, `+02:00`, `-0430`), in minutes east of UTC; undefined without one. */
export function writtenOffset(text: string): number | undefined {
  const m = /(?:\d(Z)|([+-])(\d{2}):?(\d{2}))$/i.exec(text.trim());
  if (!m) return undefined;
  if (m[1]) return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

/** Zone areas in the order they are offered: fixed offsets first (they say "this offset all year"), then cities. */
const AREAS = [
  'Etc/',
  'Europe/',
  'America/',
  'Asia/',
  'Australia/',
  'Pacific/',
  'Africa/',
  'Atlantic/',
  'Indian/',
];
const rank = (zone: string) => {
  const at = AREAS.findIndex((a) => zone.startsWith(a));
  return at < 0 ? AREAS.length : at;
};

/**
 * IANA zones (best first) whose offset at every date is the one written with it; none when no zone has them
 * all. Zones are narrowed date by date, so a large blog costs a few checks per distinct day and offset.
 */
export function zonesForOffsets(dates: readonly OffsetDate[]): string[] {
  const seen = new Set<string>();
  const distinct = dates.filter((d) => {
    const key = `${Math.floor(d.epoch / 86_400_000)}:${d.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length === 0) return [];
  let zones = Intl.supportedValuesOf('timeZone');
  // `supportedValuesOf` leaves out the fixed-offset zones: an offset kept all year is one of them.
  const offsets = new Set(distinct.map((d) => d.offset));
  if (offsets.size === 1) {
    const [only] = offsets;
    if (only! % 60 === 0)
      zones = [only === 0 ? 'UTC' : `Etc/GMT${only! > 0 ? '-' : '+'}${Math.abs(only! / 60)}`, ...zones];
  }
  for (const d of distinct) {
    zones = zones.filter((zone) => DateTime.fromMillis(d.epoch, { zone }).offset === d.offset);
    if (zones.length === 0) return [];
  }
  return [...new Set(zones)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** `+01:00 and +02:00`: the distinct offsets, as written in dates. */
export function offsetsText(dates: readonly OffsetDate[]): string {
  const shown = [...new Set(dates.map((d) => d.offset))]
    .sort((a, b) => a - b)
    .map((o) => {
      const abs = Math.abs(o);
      return `${o < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}
