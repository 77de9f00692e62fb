import { graphemeLengthInCall, utf8Length } from '../text/unicode.js'
import { constraint, labelIsUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/**
 * The text the official Bluesky app stores for a pasted URL (the facet keeps
 * the full URI): for http(s), host + path (none when `/`) + search + hash, and
 * when that path part is over 15 characters, its first 13 then `...`. Other
 * schemes and unparsable URLs stay as written. Mirrors `toShortUrl` in
 * bluesky-social/social-app `src/lib/strings/url-helpers.ts`.
 */
export function toShortUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url
  const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash
  return path.length > 15 ? `${parsed.host}${path.slice(0, 13)}...` : parsed.host + path
}

/**
 * Bluesky is rich text: a link is a facet on any range, so a Markdown link
 * keeps its label (Bluesky docs, "Links, mentions, and rich text"); a link
 * whose label is its URL, or empty, is written as the app writes a pasted URL.
 */
export function blueskyLinkText(label: string, url: string): string {
  return labelIsUrl(label, url) ? toShortUrl(url) : label
}

/**
 * Bluesky media per post, from the lexicons (bluesky-social/atproto
 * `lexicons/app/bsky/embed/images.json` and `video.json`, as `@atproto/api`
 * 0.19 ships them): `app.bsky.embed.images` holds up to 4 images (blob
 * `accept: ["image/*"]`, alt text without a lexicon limit; the app caps it at
 * 2,000 graphemes, `PlatformLimits.altText`), or `app.bsky.embed.video` one
 * video whose blob `accept` is `video/mp4` only, alt text `maxGraphemes: 1000`.
 * A GIF therefore goes out as an MP4 in the video embed with
 * `presentation: "gif"` (the lexicon's known value, what the app does); a
 * `.gif` file is refused, never put in a video embed. Embeds do not mix.
 */
export const blueskyMedia: MediaRules = {
  minimum: 0,
  perKind: { image: 4, gif: 1, video: 1 },
  alone: ['gif', 'video'],
  formats: { image: ['image/*'], gif: ['video/mp4'], video: ['video/mp4'] },
  fetchesUrl: false,
  altText: { gif: 1000, video: 1000 },
  altTextUnit: 'graphemes',
}

/**
 * Bluesky (`app.bsky.feed.post`): the lexicon caps `text` at 300 graphemes and
 * 3,000 UTF-8 bytes (lexicon string lengths are bytes); both are checked.
 * Source: bluesky-social/atproto `lexicons/app/bsky/feed/post.json`.
 */
export const bluesky: Platform = {
  id: 'bluesky',
  displayName: 'Bluesky',
  unit: 'graphemes',
  limits: Object.freeze({ text: 300, altText: 2000, displayName: 64, bio: 256, media: 4 }),
  takesLanguageTag: true,
  media: blueskyMedia,
  measure(text, options = {}) {
    return measurementOf(bluesky, options, graphemeLengthInCall(text), [constraint('bytes', 'bytes', utf8Length(text), options.maxBytes ?? 3000)])
  },
  formatLink: blueskyLinkText,
}
