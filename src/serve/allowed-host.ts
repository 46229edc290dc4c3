/** @fileoverview Which `Host` headers the dev server answers: its own names only, so a DNS-rebinding page cannot read drafts. */
import { isIP } from 'node:net';

/**
 * A page on `evil.example` whose name is made to resolve to 127.0.0.1 sends `Host: evil.example:4000`;
 * the browser then treats the preview as that site's own. Loopback names, IP addresses (rebinding
 * needs a name) and the address serve was asked to listen on are accepted, on the server's port only.
 */
export function isAllowedHost(header: string | undefined, options: { port: number; host: string }): boolean {
  if (!header) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(header.trim());
  if (!m) return false;
  const name = m[1]!.toLowerCase().replace(/\.$/, '');
  const port = m[2] === undefined ? 80 : Number(m[2]);
  if (port !== options.port) return false;
  const bare = name.startsWith('[') ? name.slice(1, -1) : name;
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    isIP(bare) !== 0 ||
    bare === options.host.toLowerCase().replace(/^\[|\]$/g, '')
  );
}
