import { type EmojiRange, findEmoji, nextEmoji } from '../text/emoji.js'
import { isNfcStable } from '../text/unicode.js'
import { extractUrls, type UrlEntity } from '../text/urls.js'
import { constraint, measurementOf } from './measurement.js'
import type { MediaRules, Platform } from './types.js'

/** A twitter-text counting configuration (`config/v3.json` and its predecessors). */
export interface XCountingConfig {
  readonly maxWeightedTweetLength: number
  readonly scale: number
  readonly defaultWeight: number
  readonly transformedURLLength: number
  readonly emojiParsingEnabled: boolean
  readonly ranges: ReadonlyArray<{ readonly start: number; readonly end: number; readonly weight: number }>
}

/**
 * X's counting rules, twitter-text `config/v3.json`: Latin, Greek, Cyrillic, Hebrew,
 * Arabic… and general punctuation weigh 1 (100 / scale), everything else 2, a link 23,
 * an emoji sequence 2 whatever its length.
 */
export const xCountingConfig: XCountingConfig = Object.freeze({
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  emojiParsingEnabled: true,
  // Frozen: the lookup below is built from these once.
  ranges: Object.freeze(
    [
      { start: 0x0000, end: 0x10ff, weight: 100 },
      { start: 0x2000, end: 0x200d, weight: 100 },
      { start: 0x2010, end: 0x201f, weight: 100 },
      { start: 0x2032, end: 0x2037, weight: 100 },
    ].map((range) => Object.freeze(range)),
  ),
})

/** U+FFFE, U+FEFF, U+FFFF: twitter-text refuses a tweet holding one. */
const invalidCharacters = /[\uFFFE\uFEFF\uFFFF]/g

function weightOf(code: number, config: XCountingConfig): number {
  for (const range of config.ranges) if (code >= range.start && code <= range.end) return range.weight
  return config.defaultWeight
}

/**
 * {@link xCountingConfig}'s weights as a lookup, built from its ranges when the
 * module loads: one read per code unit in the counting loop instead of a walk of
 * the ranges. Units past the last range weigh `defaultWeight`.
 */
const defaultWeights = weightLookup(xCountingConfig)

function weightLookup(config: XCountingConfig): Uint16Array {
  const table = new Uint16Array(Math.max(...config.ranges.map((range) => range.end)) + 1)
  for (let code = 0; code < table.length; code++) table[code] = weightOf(code, config)
  return table
}

/**
 * The weight of a UTF-16 code unit on X (in `xCountingConfig.scale` units: 100 is
 * one character), from {@link xCountingConfig}'s ranges. An astral character is
 * weighed by its high surrogate, so `defaultWeight`.
 */
export function xUnitWeight(code: number): number {
  return code < defaultWeights.length ? (defaultWeights[code] as number) : xCountingConfig.defaultWeight
}

/**
 * The weighted length of `text` on X and whether X accepts it, exactly as
 * twitter-text v3 `parseTweet` works them out: text NFC-normalised; each link
 * weighs `transformedURLLength`, each emoji `defaultWeight`, every other code point
 * the weight of the range its UTF-16 unit falls in (an astral character is
 * outside every range, so 2); `valid` when no U+FFFE/FEFF/FFFF is read and
 * 0 < length ≤ 280.
 *
 * @example
 * xWeightedLength('Infos : canada.ca/fr 🇨🇦') // { weightedLength: 33, valid: true }
 */
export function xWeightedLength(text: string, config: XCountingConfig = xCountingConfig): { weightedLength: number; valid: boolean } {
  const normalized = isNfcStable(text) ? text : text.normalize('NFC')
  const { weight, hasInvalid } = weighRange(normalized, extractUrls(normalized), (from) => nextEmoji(normalized, from), 0, normalized.length, config)
  const weightedLength = weight / config.scale
  return { weightedLength, valid: !hasInvalid && weightedLength > 0 && weightedLength <= config.maxWeightedTweetLength }
}

/**
 * X's counts of the pieces of one text, `[start, end)` cut where `splitsAt` (fit.ts) allows: the same as
 * {@link xWeightedLength} of each piece alone, from the links of the whole text, scanned once. A link or an emoji
 * holds no white space, and is the same in the piece alone as in the text (a cut follows white space), so a
 * piece's are those of the text that start in it. A text NFC changes is counted piece by piece, normalised.
 */
export function xPieceCounter(text: string): (start: number, end: number) => number {
  if (!isNfcStable(text)) return (start, end) => xWeightedLength(text.slice(start, end)).weightedLength
  const urls = extractUrls(text)
  const emoji = findEmoji(text)
  // The first emoji at or after a place, from where the last search left off: pieces come in text order.
  let next = 0
  const emojiFrom = (from: number): EmojiRange | undefined => {
    if (next > 0 && (emoji[next - 1] as EmojiRange).start >= from) next = 0
    while (next < emoji.length && (emoji[next] as EmojiRange).start < from) next++
    return emoji[next]
  }
  return (start, end) => weighRange(text, urls, emojiFrom, start, end, xCountingConfig).weight / xCountingConfig.scale
}

/**
 * The weight (in `config.scale` units) of `normalized[from, to)`, holding the links among `urls` and the emoji
 * `emojiFrom` finds (the first at or after a place) that start there.
 */
function weighRange(
  normalized: string,
  urls: readonly UrlEntity[],
  emojiFrom: (from: number) => EmojiRange | undefined,
  from: number,
  to: number,
  config: XCountingConfig,
): { weight: number; hasInvalid: boolean } {
  // Links and emoji come sorted and apart: walk them with one cursor each instead of a lookup per character.
  // The lookup holds xCountingConfig's ranges and default: any configuration with both (a higher limit, say) uses it.
  const weigh = config.ranges === xCountingConfig.ranges && config.defaultWeight === xCountingConfig.defaultWeight ? xUnitWeight : (code: number) => weightOf(code, config)
  let nextUrl = from === 0 ? 0 : firstStartingAt(urls, from)
  let urlStart = Math.min(urls[nextUrl]?.start ?? to, to)
  let emoji = config.emojiParsingEnabled ? emojiFrom(from) : undefined
  let emojiStart = emoji === undefined || emoji.start > to ? to : emoji.start
  let weight = 0
  let hasInvalid = false
  let i = from
  while (i < to) {
    // The last code unit of what is counted now: twitter-text only looks at that one for invalid characters.
    let last: number
    if (i === urlStart) {
      weight += config.transformedURLLength * config.scale
      // twitter-text skips by the reported URL string, not by its offsets.
      last = i + (urls[nextUrl] as UrlEntity).url.length - 1
    } else if (i === emojiStart) {
      weight += config.defaultWeight
      last = (emoji as EmojiRange).end - 1
    } else {
      // Plain code points up to the next link or emoji, in a tight loop: most of a post.
      const stop = urlStart < emojiStart ? urlStart : emojiStart
      do {
        // An astral character is weighed by its high surrogate, as twitter-text does (outside every range of a v3-style configuration).
        const code = normalized.charCodeAt(i++)
        weight += weigh(code)
        if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(normalized.charCodeAt(i))) i++
        else if (code >= 0xfeff && isInvalidUnit(code)) hasInvalid = true
      } while (i < stop)
      last = i - 1
    }
    if (i <= last && !hasInvalid) hasInvalid = isInvalidUnit(normalized.charCodeAt(last))
    // Move both cursors to the first link and emoji starting after what was just counted (none past the range's end).
    while (urlStart <= last) urlStart = Math.min(urls[++nextUrl]?.start ?? to, to)
    while (emojiStart <= last) {
      emoji = emojiFrom((emoji as EmojiRange).end)
      emojiStart = emoji === undefined || emoji.start > to ? to : emoji.start
    }
    i = last + 1
  }
  return { weight, hasInvalid }
}

/** Index of the first of `urls` (sorted) that starts at or after `at`, or their count. */
function firstStartingAt(urls: readonly UrlEntity[], at: number): number {
  let index = 0
  while (index < urls.length && (urls[index] as UrlEntity).start < at) index++
  return index
}

function isInvalidUnit(code: number): boolean {
  return code === 0xfffe || code === 0xfeff || code === 0xffff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * X media per post: "up to 4 photos, 1 animated GIF or 1 video"
 * (https://docs.x.com/x-api/media/quickstart/best-practices), `media.media_ids`
 * 1–4 ids (OpenAPI `TweetCreateRequest`). Formats: the `mediaType` values of
 * `POST /2/media/upload` (https://docs.x.com/xdks/typescript/reference/interfaces/Schemas.MediaUploadConfigRequest);
 * an `image/gif` upload is a GIF (`tweet_gif`), never one of the 4 photos.
 * The sender uploads the files, so any URL or path will do.
 */
export const xMedia: MediaRules = {
  minimum: 0,
  perKind: { image: 4, gif: 1, video: 1 },
  alone: ['gif', 'video'],
  formats: {
    image: ['image/jpeg', 'image/pjpeg', 'image/png', 'image/webp', 'image/bmp', 'image/tiff'],
    gif: ['image/gif'],
    video: ['video/mp4', 'video/quicktime', 'video/webm', 'video/mp2t'],
  },
  fetchesUrl: false,
}

/**
 * X (Twitter). Limits: posts 280 weighted characters (25,000 for paid accounts,
 * through `options.limit`); image alt text 1,000 characters (media metadata
 * `alt_text.text`); display name 50 and bio 160 characters (X account settings /
 * API v1.1 `account/update_profile`: `name` up to 50, `description` up to 160).
 * X API v2 `POST /2/tweets` takes no language field, so no language tag.
 */
export const x: Platform = {
  id: 'x',
  displayName: 'X',
  unit: 'weighted',
  limits: Object.freeze({ text: xCountingConfig.maxWeightedTweetLength, altText: 1000, displayName: 50, bio: 160, media: 4 }),
  takesLanguageTag: false,
  media: xMedia,
  measure(text, options = {}) {
    const { weightedLength } = xWeightedLength(text)
    const forbidden = text.match(invalidCharacters)?.length ?? 0
    return measurementOf(x, options, weightedLength, forbidden > 0 ? [constraint('forbidden-characters', 'characters', forbidden, 0)] : [])
  },
  formatLink: (label, url) => (label === url ? url : `${label} ${url}`),
}
