/** @fileoverview The one place serve builds a redirect's `Location`: always a path on this server, never another host. */

/**
 * `//evil.example/` and `/\evil.example/` are read by browsers as another host (a protocol-relative
 * URL), so the leading run of slashes and backslashes becomes one `/` whatever the request said
 * (`/.//x` is `//x` once the URL parser drops the `.`).
 */
export function redirectLocation(path: string, search = ''): string {
  return `/${path.replace(/^[/\\]+/, '')}${search}`;
}
