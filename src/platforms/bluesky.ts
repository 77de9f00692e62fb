import { graphemeLength, utf8Length } from '../text/unicode.js'
import { constraint, labelIsUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

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
 * Bluesky (`app.bsky.feed.post`): the lexicon caps `text` at 300 graphemes and
 * 3,000 UTF-8 bytes (lexicon string lengths are bytes); both are checked.
 * Source: bluesky-social/atproto `lexicons/app/bsky/feed/post.json`.
 */
export const bluesky: Platform = {
  id: 'bluesky',
  displayName: 'Bluesky',
  unit: 'graphemes',
  limits: { text: 300, altText: 2000, displayName: 64, bio: 256 },
  takesLanguageTag: true,
  measure(text, options = {}) {
    return measurementOf(bluesky, options, graphemeLength(text), [constraint('bytes', 'bytes', utf8Length(text), options.maxBytes ?? 3000)])
  },
  formatLink: blueskyLinkText,
}
