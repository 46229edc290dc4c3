/**
 * @fileoverview Go time layouts (`2006`, `01`, `January`, `Mon`…) as Hugo permalinks use them (`:2006`), split
 * into elements as Go's `time.nextStdChunk` does (src/time/format.go); only the date's elements are formatted.
 */

type Chunk = { literal: string } | { element: string };

/** The elements that need a time of day or a zone, which an old URL is not worked out from here. */
const TIME_ELEMENTS = new Set([
  '15',
  '3',
  '03',
  '4',
  '04',
  '5',
  '05',
  'PM',
  'pm',
  'MST',
  'Z07',
  'Z0700',
  'Z070000',
]);

/** The layout split into Go's elements and the literal text between them (only what `\w` can hold). */
function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let literal = '';
  const push = (element: string) => {
    if (literal) out.push({ literal });
    literal = '';
    out.push({ element });
  };
  for (let i = 0; i < layout.length; ) {
    const rest = layout.slice(i);
    const element =
      [
        'January',
        'Jan',
        'Monday',
        'Mon',
        'MST',
        '2006',
        'Z070000',
        'Z0700',
        'Z07',
        'PM',
        'pm',
        '002',
        '__2',
        '15',
      ].find(
        // `Jan` and `Mon` followed by a lowercase letter are words (`Janet`, `Month`), as in Go.
        (e) => rest.startsWith(e) && !((e === 'Jan' || e === 'Mon') && /^[a-z]/.test(rest.slice(3))),
      ) ??
      /^0[1-6]/.exec(rest)?.[0] ??
      // `_2006` is a literal `_` and the year.
      (rest.startsWith('_2') && !rest.startsWith('_2006') ? '_2' : undefined) ??
      /^[1-5]/.exec(rest)?.[0];
    if (element) {
      push(element);
      i += element.length;
    } else {
      literal += layout[i];
      i += 1;
    }
  }
  if (literal) out.push({ literal });
  return out;
}

/** Hugo's test: formatting its reference time with `attr` changes it, so `attr` is a date layout. */
export function isGoLayout(attr: string): boolean {
  return chunks(attr).some((c) => 'element' in c);
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** The date formatted with the layout, as Go's `Time.Format`; undefined when it asks for a time of day. */
export function formatGoDate(layout: string, [y, m, d]: [string, string, string]): string | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  const yearDay = (date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const pad = (n: number, width: number, fill = '0') => String(n).padStart(width, fill);
  const values: Record<string, string> = {
    '2006': pad(year, 4),
    '06': pad(year % 100, 2),
    January: MONTHS[month - 1]!,
    Jan: MONTHS[month - 1]!.slice(0, 3),
    '01': pad(month, 2),
    '1': String(month),
    Monday: weekday,
    Mon: weekday.slice(0, 3),
    '02': pad(day, 2),
    '2': String(day),
    _2: pad(day, 2, ' '),
    '002': pad(yearDay, 3),
    __2: pad(yearDay, 3, ' '),
  };
  let out = '';
  for (const chunk of chunks(layout)) {
    if ('literal' in chunk) out += chunk.literal;
    else if (TIME_ELEMENTS.has(chunk.element)) return undefined;
    else out += values[chunk.element];
  }
  return out;
}
