import { graphemeLength, utf8Length } from '../text/unicode.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

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
  formatLink: labelThenUrl,
}
