/**
 * @fileoverview The shapes of the cache's records. A record is used only if it parses: anything else (an
 * older layout, an edit, a record from another tool) is a miss, so no cached value reaches a page unchecked.
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

const int = z.number().int();
const nat = int.nonnegative();

// Loose: fields added to Diagnostic later survive a cache round trip (the checksum already vouches for them).
export const diagnosticSchema = z.looseObject({
  file: z.string(),
  line: nat,
  column: nat,
  endLine: nat.optional(),
  endColumn: nat.optional(),
  severity: z.enum(['error', 'warning']),
  ruleId: z.string().nullable(),
  message: z.string(),
  hint: z.string().optional(),
  fix: z.object({ range: z.tuple([nat, nat]), text: z.string() }).optional(),
  related: z.array(z.object({ file: z.string(), line: nat, column: nat, message: z.string() })).optional(),
  fatal: z.boolean().optional(),
}) as unknown as z.ZodType<Diagnostic>;

const postDateSchema = z.object({
  epoch: z.number(),
  iso: z.string(),
  ymd: z.string(),
  year: z.string(),
  month: z.string(),
  day: z.string(),
});

/** The Post's own fields (see `content/post.ts`), as the cache keeps them. */
const postFieldsSchema = z.looseObject({
  slug: z.string(),
  title: z.string(),
  date: postDateSchema.optional(),
  updated: postDateSchema.optional(),
  tags: z.array(z.string()),
  description: z.string().optional(),
  draft: z.boolean(),
  authors: z.array(z.string()),
  image: z.object({ src: z.string(), alt: z.string().optional() }).optional(),
  relatedPins: z.array(z.string()),
  series: z.string().optional(),
  seriesOrder: z.number().optional(),
});

const markdownEntrySchema = z.object({
  /** Hash of the Markdown options and the versions of the libraries that rendered it. */
  key: z.string(),
  links: z.array(z.tuple([z.string(), z.string()])),
  html: z.string(),
  at: z.tuple([nat, nat]),
  excerptHtml: z.string(),
  excerptText: z.string(),
  wordCount: nat,
  headings: z.array(z.object({ depth: int, id: z.string(), text: z.string() })),
  images: z.array(z.string()),
  math: z.boolean(),
});

export const postEntrySchema = z.object({
  key: z.string(),
  parsed: z.object({
    language: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    matterOffset: nat,
    bodyOffset: nat,
    problems: z.array(diagnosticSchema),
  }),
  post: postFieldsSchema.nullable(),
  checks: z
    .object({ listing: z.string(), byRule: z.record(z.string(), z.array(diagnosticSchema)) })
    .optional(),
  markdown: markdownEntrySchema.optional(),
});

export type PostEntry = z.infer<typeof postEntrySchema>;
export type MarkdownEntry = z.infer<typeof markdownEntrySchema>;

/** Guards that check a record's shape in place, for the big records (zod copies every object it checks). */
type Guard = (value: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Guard = (v) => typeof v === 'string';
const isNumber: Guard = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt: Guard = (v) => Number.isSafeInteger(v);
const isNat: Guard = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const isBoolean: Guard = (v) => typeof v === 'boolean';
const optional =
  (guard: Guard): Guard =>
  (v) =>
    v === undefined || guard(v);
const arrayOf =
  (guard: Guard): Guard =>
  (v) =>
    Array.isArray(v) && v.every(guard);
const tupleOf =
  (...guards: Guard[]): Guard =>
  (v) =>
    Array.isArray(v) && v.length === guards.length && guards.every((g, i) => g(v[i]));
const recordOf =
  (guard: Guard): Guard =>
  (v) =>
    isObject(v) && Object.values(v).every(guard);
/** An object whose listed fields pass their guards; other fields are let through, as zod strips or keeps them. */
const objectOf =
  (fields: Record<string, Guard>): Guard =>
  (v) => {
    if (!isObject(v)) return false;
    for (const key in fields) if (!fields[key]!(v[key])) return false;
    return true;
  };

const isDiagnostic = objectOf({
  file: isString,
  line: isNat,
  column: isNat,
  endLine: optional(isNat),
  endColumn: optional(isNat),
  severity: (v) => v === 'error' || v === 'warning',
  ruleId: (v) => v === null || isString(v),
  message: isString,
  hint: optional(isString),
  fix: optional(objectOf({ range: tupleOf(isNat, isNat), text: isString })),
  related: optional(arrayOf(objectOf({ file: isString, line: isNat, column: isNat, message: isString }))),
  fatal: optional(isBoolean),
});
const isPostDate = objectOf({
  epoch: isNumber,
  iso: isString,
  ymd: isString,
  year: isString,
  month: isString,
  day: isString,
});
const isStrings = arrayOf(isString);
const isPostFields = objectOf({
  slug: isString,
  title: isString,
  date: optional(isPostDate),
  updated: optional(isPostDate),
  tags: isStrings,
  description: optional(isString),
  draft: isBoolean,
  authors: isStrings,
  image: optional(objectOf({ src: isString, alt: optional(isString) })),
  relatedPins: isStrings,
  series: optional(isString),
  seriesOrder: optional(isNumber),
});
const isPostEntry = objectOf({
  key: isString,
  parsed: objectOf({
    language: (v) => v === null || isString(v),
    data: isObject,
    matterOffset: isNat,
    bodyOffset: isNat,
    problems: arrayOf(isDiagnostic),
  }),
  post: (v) => v === null || isPostFields(v),
  checks: optional(
    objectOf({
      listing: isString,
      byRule: recordOf(arrayOf(isDiagnostic)),
    }),
  ),
  markdown: optional(
    objectOf({
      key: isString,
      links: arrayOf(tupleOf(isString, isString)),
      html: isString,
      at: tupleOf(isNat, isNat),
      excerptHtml: isString,
      excerptText: isString,
      wordCount: isNat,
      headings: arrayOf(objectOf({ depth: isInt, id: isString, text: isString })),
      images: isStrings,
      math: isBoolean,
    }),
  ),
});

/**
 * A shard of post entries, checked by `isPostEntry` rather than by `postEntrySchema` itself: zod copies every
 * object it checks, and 10,000 entries took 200 ms and 25 MB of copies on each rebuild that loads them. The
 * two are kept in agreement by `test/cache/post-entry-guard.test.ts`, which mutates entries every way it can.
 */
export const postShardSchema = z.custom<Record<string, PostEntry>>(recordOf(isPostEntry));

/**
 * A manifest: `{ path: [fingerprint, size, mtimeMs] }`. Checked by the guards above: zod's record of tuples took
 * 93 ms and copied all 24,000 entries of a 10,000-post site's manifest on every rebuild, a fifth of one with
 * nothing changed.
 */
export const outputManifestSchema = z.custom<
  Record<string, [fingerprint: string, size: number, mtimeMs: number]>
>(recordOf(tupleOf(isString, isNumber, isNumber)));

/** Post files' stamps: `{ file: [statKey, hash of the text] }` (`source-stamps.ts`). */
export const sourceStampsSchema = z.custom<Record<string, [stat: string, hash: string]>>(
  recordOf(tupleOf(isString, isString)),
);

export function outputRecordSchema<R extends z.ZodType>(result: R) {
  return z.object({
    inputs: z.string(),
    nextFuture: z.number().nullable(),
    result,
    files: outputManifestSchema,
  });
}
