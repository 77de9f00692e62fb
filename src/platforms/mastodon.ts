import { extractUrls } from '../text/urls.js'
import { graphemeLength, graphemeLengthInCall, isClusterBoundary } from '../text/unicode.js'
import { labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/**
 * Mastodon's mention grammar (`Account::MENTION_RE`): `@user` or `@user@domain`,
 * not preceded by a word character, `=` or `/`.
 */
const mentionPattern = /(?<![=/\p{L}\p{N}_])@([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*)?/giu

/** What a link with a scheme counts on Mastodon unless the instance says otherwise (`configuration.statuses.characters_reserved_per_url`). */
export const defaultCharactersPerUrl = 23

/**
 * Counts as Mastodon's `StatusLengthValidator` does: grapheme clusters of the
 * text after each URL with a scheme is replaced by `charactersPerUrl` characters
 * (schemeless URLs count in full) and each `@user@domain` by `@user`.
 * Source: mastodon `app/validators/status_length_validator.rb`.
 */
export function mastodonLength(text: string, charactersPerUrl = defaultCharactersPerUrl): number {
  const urls = extractUrls(text, { withoutProtocol: false })
  // No `@user@domain` and links cut from the text at cluster boundaries: the text's clusters (counted once for
  // Bluesky and Threads too) less each link's, plus what a link counts.
  if (!holdsTwoAts(text) && urls.every((url) => isClusterBoundary(text, url.start) && isClusterBoundary(text, url.end))) {
    let length = graphemeLengthInCall(text)
    for (const url of urls) length += charactersPerUrl - graphemeLength(text.slice(url.start, url.end))
    return length
  }
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
  if (!holdsTwoAts(text)) return graphemeLength(text)
  return graphemeLength(text.replace(mentionPattern, (_match, user: string) => `@${user}`))
}

function holdsTwoAts(text: string): boolean {
  const at = text.indexOf('@')
  return at !== -1 && text.indexOf('@', at + 1) !== -1
}

/**
 * Mastodon media per status: 4 attachments by default, per instance
 * (`configuration.statuses.max_media_attachments`, override with
 * `limits: { mastodon: { media: n } }`); a video (or audio) only alone —
 * `PostStatusService#validate_media!` refuses `images_and_video` when more
 * than one attachment and any `audio_or_video?`. An animated GIF becomes a
 * `gifv` attachment, which is not `audio_or_video?`, so it may join images.
 * Formats: the defaults of `configuration.media_attachments.supported_mime_types`
 * (https://docs.joinmastodon.org/user/posting/#media). Alt text (`description`)
 * 1,500 characters (`MediaAttachment::MAX_DESCRIPTION_LENGTH`).
 * Source: mastodon `app/services/post_status_service.rb`.
 */
export const mastodonMedia: MediaRules = {
  minimum: 0,
  // Images and GIFs are bounded by the instance's total only (`PlatformLimits.media`).
  perKind: { image: Number.POSITIVE_INFINITY, gif: Number.POSITIVE_INFINITY, video: 1 },
  alone: ['video'],
  formats: {
    image: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif'],
    gif: ['image/gif'],
    video: ['video/mp4', 'video/webm', 'video/quicktime', 'video/ogg'],
  },
  fetchesUrl: false,
}

/** Mastodon: 500 characters by default; instances set their own (`configuration.statuses.max_characters`). */
export const mastodon: Platform = {
  id: 'mastodon',
  displayName: 'Mastodon',
  unit: 'graphemes',
  limits: { text: 500, altText: 1500, displayName: 30, bio: 500, media: 4 },
  takesLanguageTag: true,
  media: mastodonMedia,
  measure(text, options = {}) {
    return measurementOf(mastodon, options, mastodonLength(text, options.charactersPerUrl))
  },
  formatLink: labelThenUrl,
}
