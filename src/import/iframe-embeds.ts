/** @fileoverview A YouTube or Vimeo player written as an `<iframe>` in a post, into a link to the video. */
import { type BodyConverter, EMBED_LINKS } from './convert-body.ts';

const PLAYER =
  /<iframe\b[^>]*?\bsrc=["']?(?:https?:)?\/\/(?:(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)|player\.vimeo\.com\/video\/(\d+)(?:[^"'\s>]*?[?&]h=([0-9a-f]+))?)[^>]*>[^<]*<\/iframe>/gi;

/**
 * The sanitizer removes every `<iframe>` (`content/script-embed`), so v8.dev's 18 talks, each a YouTube
 * `<iframe>` in its `<figure>`, left only their captions. A player becomes a link to the video, in HTML so it
 * works inside the HTML block it sat in, on the same line.
 */
export const iframeEmbeds: BodyConverter = (body, ctx) =>
  body.replace(PLAYER, (_all, youtube?: string, vimeo?: string, hash?: string, offset = 0) => {
    // An unlisted Vimeo video plays only with its hash (`?h=…` in the player), `vimeo.com/ID/HASH` on its page.
    const { label, url } = youtube
      ? EMBED_LINKS.youtube!(youtube, [])
      : EMBED_LINKS.vimeo!(hash ? `${vimeo}/${hash}` : vimeo!, []);
    const text = `<a href="${url}">${label}</a>`;
    ctx.change(offset, `\`<iframe src="…">\` → \`${text}\` (a link: embeds are not shown here)`);
    return text;
  });
