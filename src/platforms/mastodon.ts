import { extractUrls, type UrlEntity } from '../text/urls.js'
import { clusterCounterInCall, graphemeLength, isClusterBoundary } from '../text/unicode.js'
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
  return mastodonPieceCounter(text, charactersPerUrl)(0, text.length)
}

/**
 * {@link mastodonLength} of the pieces of `text` (`[start, end)`, cut where `splitsAt` allows: after white
 * space, before a letter), from the text's links and clusters, read once. No link crosses such a cut, so a
 * piece's links are the text's links inside it. A piece whose links and remote mentions' `@domain`s start and
 * end at sure cluster boundaries counts its clusters less theirs, plus what each link counts; any other is
 * counted link by link.
 */
export function mastodonPieceCounter(text: string, charactersPerUrl = defaultCharactersPerUrl): (start: number, end: number) => number {
  const urls = extractUrls(text, { withoutProtocol: false })
  const clusters = clusterCounterInCall(text)
  // The first link at or after a place, from where the last search left off: pieces come in text order.
  let next = 0
  return (start, end) => {
    if (next > 0 && (urls[next - 1] as UrlEntity).start >= start) next = 0
    while (next < urls.length && (urls[next] as UrlEntity).start < start) next++
    let length: number | undefined = clusters(start, end)
    const inPiece: UrlEntity[] = []
    for (let k = next; k < urls.length && (urls[k] as UrlEntity).end <= end; k++) {
      const url = urls[k] as UrlEntity
      inPiece.push(url)
      if (length !== undefined && isClusterBoundary(text, url.start) && isClusterBoundary(text, url.end)) length += charactersPerUrl - clusters(url.start, url.end)
      else length = undefined
    }
    if (length !== undefined && holdsTwoAts(text, start, end)) length = lessRemoteDomains(text, length, start, end, inPiece, clusters)
    if (length !== undefined) return length
    let counted = 0
    let from = start
    for (const url of inPiece) {
      counted += countWithoutRemoteDomains(text.slice(from, url.start)) + charactersPerUrl
      from = url.end
    }
    return counted + countWithoutRemoteDomains(text.slice(from, end))
  }
}

/**
 * `length` less the clusters of each remote mention's `@domain` in the piece `[start, end)` of `text`, whose
 * links are `inPiece`: the remote mentions of each stretch between links, matched in that stretch alone, as
 * {@link countWithoutRemoteDomains} reads them. Undefined when a domain does not start and end at sure cluster
 * boundaries (taking it out could then join or split clusters): the piece is then counted the long way.
 */
function lessRemoteDomains(text: string, length: number, start: number, end: number, inPiece: readonly UrlEntity[], clusters: (start: number, end: number) => number): number | undefined {
  let from = start
  for (let k = 0; k <= inPiece.length; k++) {
    const to = k < inPiece.length ? (inPiece[k] as UrlEntity).start : end
    if (holdsTwoAts(text, from, to)) {
      const stretch = text.slice(from, to)
      mentionPattern.lastIndex = 0
      for (let match = mentionPattern.exec(stretch); match !== null; match = mentionPattern.exec(stretch)) {
        const domain = match[2]
        if (domain === undefined) continue
        const domainStart = from + match.index + 1 + (match[1] as string).length
        const domainEnd = domainStart + domain.length
        if (!isClusterBoundary(text, domainStart) || !isClusterBoundary(text, domainEnd)) {
          mentionPattern.lastIndex = 0
          return undefined
        }
        length -= clusters(domainStart, domainEnd)
      }
    }
    if (k < inPiece.length) from = (inPiece[k] as UrlEntity).end
  }
  return length
}

function countWithoutRemoteDomains(text: string): number {
  // Only `@user@domain` changes the count, so a piece with fewer than two `@` skips the regex.
  if (!holdsTwoAts(text)) return graphemeLength(text)
  return graphemeLength(text.replace(mentionPattern, (_match, user: string) => `@${user}`))
}

function holdsTwoAts(text: string, start = 0, end = text.length): boolean {
  const at = text.indexOf('@', start)
  if (at === -1 || at >= end) return false
  const second = text.indexOf('@', at + 1)
  return second !== -1 && second < end
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
  limits: Object.freeze({ text: 500, altText: 1500, displayName: 30, bio: 500, media: 4 }),
  takesLanguageTag: true,
  media: mastodonMedia,
  measure(text, options = {}) {
    return measurementOf(mastodon, options, mastodonLength(text, options.charactersPerUrl))
  },
  formatLink: labelThenUrl,
}
