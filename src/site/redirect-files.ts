/** @fileoverview What a redirect is in the output: a small HTML page at the old path, and one `_redirects` line. */
import { escapeHtml } from '../render/escape.ts';
import type { ThemeStrings } from '../render/theme-strings.ts';
import { textDirection } from '../util/text-direction.ts';
import { encodeUrl, isExternalTarget, type SiteUrls } from '../util/urls.ts';

export interface RedirectView {
  /** Old site path: `/old/` or `/old.html`. */
  from: string;
  /** Site path or absolute URL. */
  to: string;
  /** The target's title, when it is a post. */
  title: string | undefined;
}

const href = (urls: SiteUrls, to: string) => (isExternalTarget(to) ? to : encodeUrl(urls.link(to)));

/**
 * A page that sends browsers on at once (`refresh`), tells search engines where the content lives
 * (`canonical`) and not to index this copy (`noindex`), and shows a link for anything that does neither.
 * The refresh URL is root-relative, so a preview on another host follows it too.
 */
export function renderRedirectPage(
  redirect: RedirectView,
  urls: SiteUrls,
  { language, t }: Pick<ThemeStrings, 'language' | 't'>,
): string {
  const to = escapeHtml(href(urls, redirect.to));
  const canonical = escapeHtml(
    isExternalTarget(redirect.to) ? redirect.to : encodeUrl(urls.absolute(redirect.to)),
  );
  const raw = redirect.title ?? (isExternalTarget(redirect.to) ? redirect.to : urls.link(redirect.to));
  const name = escapeHtml(raw);
  return `<!doctype html>
<html lang="${escapeHtml(language)}"${textDirection(language) === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('movedTitle', { name: raw }))}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<p>${t('movedText').split('{link}').map(escapeHtml).join(`<a href="${to}">${name}</a>`)}</p>
</main>
</body>
</html>
`;
}

/** Netlify's and Cloudflare Pages' `_redirects`: `from to 301`, one a line, sorted by the old path. */
export function renderRedirectsFile(redirects: readonly RedirectView[], urls: SiteUrls): string {
  const lines = redirects
    .map((r) => `${encodeUrl(urls.link(r.from))} ${href(urls, r.to)} 301`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${lines.join('\n')}\n`;
}
