import { rememberedInCall } from '../text/call-memo.js'
import { PlacedAmounts } from '../text/placed-amounts.js'
import { extractUrls } from '../text/urls.js'
import { clusterCounterInCall, isClusterBoundary, sumGraphemes, utf8Length } from '../text/unicode.js'
import { constraint, labelThenUrl, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

const emojiCluster = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u
const mayHoldEmoji = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83f]/

/**
 * Counts as the Threads API documents: characters, with each emoji counted as
 * its UTF-8 byte length (a ZWJ family of three is 18 bytes, a flag 8).
 * Source: Threads API "Posts" (text posts are limited to 500 characters).
 */
export function threadsLength(text: string): number {
  return threadsPieceCounterInCall(text)(0, text.length)
}

/**
 * {@link threadsLength} of the pieces of `text` (`[start, end)`, each end a sure cluster boundary, as every
 * cut `splitsAt` allows is): the clusters (counted once for Bluesky and Mastodon too), plus what the emoji
 * weigh more than one. An emoji cluster holds a unit of `mayHoldEmoji`: only the text around those units, cut
 * at sure cluster boundaries, is read again, once for the whole text; a piece adds up the emoji inside it.
 */
export function threadsPieceCounter(text: string): (start: number, end: number) => number {
  const clusters = clusterCounterInCall(text)
  if (!mayHoldEmoji.test(text)) return clusters
  // What the emoji around each unit weigh more than one, noted where they start.
  const extra = new PlacedAmounts()
  emojiUnit.lastIndex = 0
  while (emojiUnit.test(text)) {
    const at = emojiUnit.lastIndex - 1
    let start = at
    while (!isClusterBoundary(text, start)) start--
    let end = at + 1
    while (!isClusterBoundary(text, end)) end++
    extra.add(start, sumGraphemes(text.slice(start, end), simpleExtra, clusterExtra))
    emojiUnit.lastIndex = end
  }
  return (start, end) => clusters(start, end) + extra.totalBefore(end) - extra.totalBefore(start)
}

/**
 * {@link threadsPieceCounter}, made once per text during one call (see `call-memo.ts`): a check measures a
 * text and then searches where it stops fitting with the same counter.
 */
export const threadsPieceCounterInCall: (text: string) => (start: number, end: number) => number = rememberedInCall(threadsPieceCounter)

const emojiUnit = new RegExp(mayHoldEmoji.source, 'g')

/** What a simple unit weighs more than one: © ® (2 bytes) and ‼ ⁉ ™ ℹ (3 bytes), the only ones that are emoji on their own. */
function simpleExtra(code: number): number {
  return code === 0xa9 || code === 0xae ? 1 : code === 0x203c || code === 0x2049 || code === 0x2122 || code === 0x2139 ? 2 : 0
}

/** What a cluster weighs more than one: an emoji's UTF-8 bytes less one. */
function clusterExtra(cluster: string): number {
  return emojiCluster.test(cluster) ? utf8Length(cluster) - 1 : 0
}

function uniqueLinkCount(text: string): number {
  return new Set(extractUrls(text).map((u) => u.url)).size
}

/**
 * Threads media (Threads API, "Posts",
 * https://developers.facebook.com/docs/threads/posts): `image_url` and
 * `video_url` "must be on a public server" (Threads cURLs them); images JPEG
 * or PNG, videos MOV or MP4 (Threads "Media specifications"); no GIF type.
 * Carousels (up to 20 items) are not built by this library: one item per post.
 */
export const threadsMedia: MediaRules = {
  minimum: 0,
  perKind: { image: 1, gif: 0, video: 1 },
  alone: [],
  formats: { image: ['image/jpeg', 'image/png'], gif: [], video: ['video/mp4', 'video/quicktime'] },
  fetchesUrl: true,
}

/** Threads: 500 characters (emoji as UTF-8 bytes) and at most 5 unique links. */
export const threads: Platform = {
  id: 'threads',
  displayName: 'Threads',
  unit: 'characters',
  limits: Object.freeze({ text: 500, altText: 1000, displayName: 30, bio: 150, media: 1 }),
  takesLanguageTag: false,
  media: threadsMedia,
  measure(text, options = {}) {
    return measurementOf(threads, options, threadsLength(text), [constraint('links', 'links', uniqueLinkCount(text), 5)])
  },
  formatLink: labelThenUrl,
}
