import { extractUrls } from '../text/urls.js'
import { graphemeLength } from '../text/unicode.js'
import { labelThenUrl, measurementOf } from './measurement.js'
import type { Platform } from './types.js'

/**
 * Mastodon's mention grammar (`Account::MENTION_RE`): `@user` or `@user@domain`,
 * not preceded by a word character, `=` or `/`.
 */
const mentionPattern = /(?<![=/\p{L}\p{N}_])@([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*)?/giu

/**
 * Counts as Mastodon's `StatusLengthValidator` does: grapheme clusters of the
 * text after each URL with a scheme is replaced by `charactersPerUrl` characters
 * (schemeless URLs count in full) and each `@user@domain` by `@user`.
 * Source: mastodon `app/validators/status_length_validator.rb`.
 */
export function mastodonLength(text: string, charactersPerUrl = 23): number {
  const urls = extractUrls(text, { withoutProtocol: false })
  let length = 0
  let from = 0
  for (const url of urls) {
    length += countWithoutRemoteDomains(text.slice(from, url.start)) + charactersPerUrl
    from = url.end
  }
  return length + countWithoutRemoteDomains(text.slice(from))
}

function countWithoutRemoteDomains(text: string): number {
  // Only `@user@domain` changes the count, so a piece with fewer than two `@` skips the regex.
  const at = text.indexOf('@')
  if (at === -1 || text.indexOf('@', at + 1) === -1) return graphemeLength(text)
  return graphemeLength(text.replace(mentionPattern, (_match, user: string) => `@${user}`))
}

/** Mastodon: 500 characters by default; instances set their own (`configuration.statuses.max_characters`). */
export const mastodon: Platform = {
  id: 'mastodon',
  displayName: 'Mastodon',
  unit: 'graphemes',
  limits: { text: 500, altText: 1500, displayName: 30, bio: 500 },
  takesLanguageTag: true,
  measure(text, options = {}) {
    return measurementOf(mastodon, options, mastodonLength(text, options.charactersPerUrl ?? 23))
  },
  formatLink: labelThenUrl,
}
