/** @fileoverview The clock commands read: SOURCE_DATE_EPOCH (seconds) when set, so runs are reproducible. */
import { BlogError } from '../diagnostics/blog-error.ts';

export function now(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d+$/.test(epoch))
    throw new BlogError(
      'USAGE',
      `Unexpected SOURCE_DATE_EPOCH \`${epoch}\`, expected whole seconds since 1970.`,
    );
  return Number(epoch) * 1000;
}
