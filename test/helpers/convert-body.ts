/** @fileoverview Running one import body converter as `blog import` would, collecting what it reports. */
import type { BodyContext, BodyConverter } from '../../src/import/convert-body.ts';

/** The converted body and the changes it reported, as `offset: message`. */
export function convert(converter: BodyConverter, body: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  const ctx: BodyContext = {
    change: (offset, message) => changes.push(`${offset}: ${message}`),
    linkTo: () => undefined,
    useAsset: () => {},
  };
  return { text: converter(body, ctx), changes };
}
