/** @fileoverview Picks a formatter by name. */
import { BlogError } from '../blog-error.ts';
import type { FileReport } from '../diagnostic.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatSarif, type SarifOptions } from './sarif.ts';
import { formatStylish } from './stylish.ts';

export const formatNames = ['stylish', 'json', 'github', 'sarif'] as const;

export function getFormatter(
  name: string,
  color: boolean,
  sarif: SarifOptions = { rules: [], toolVersion: '0.0.0' },
): (reports: FileReport[]) => string {
  switch (name) {
    case 'stylish':
      return (r) => formatStylish(r, { color });
    case 'json':
      return formatJson;
    case 'github':
      return formatGithub;
    case 'sarif':
      return (r) => formatSarif(r, sarif);
    default:
      throw new BlogError('USAGE', `Unknown format \`${name}\`, expected one of ${formatNames.join(', ')}.`);
  }
}
