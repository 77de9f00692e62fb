import { findEmoji } from '../text/emoji.js'
import { extractUrls, type UrlEntity } from '../text/urls.js'
import { constraint, measurementOf } from './measurement.js'
import type { Constraint, Platform } from './types.js'

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
export const xCountingConfig: XCountingConfig = {
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  emojiParsingEnabled: true,
  ranges: [
    { start: 0x0000, end: 0x10ff, weight: 100 },
    { start: 0x2000, end: 0x200d, weight: 100 },
    { start: 0x2010, end: 0x201f, weight: 100 },
    { start: 0x2032, end: 0x2037, weight: 100 },
  ],
}

/** U+FFFE, U+FEFF, U+FFFF: twitter-text refuses a tweet holding one. */
const invalidCharacter = /[\uFFFE\uFEFF\uFFFF]/

function weightOf(code: number, config: XCountingConfig): number {
  for (const range of config.ranges) if (code >= range.start && code <= range.end) return range.weight
  return config.defaultWeight
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
  // Links and emoji come sorted and apart: walk them with one cursor each instead of a lookup per character.
  const urls = extractUrls(normalized)
  const emoji = config.emojiParsingEnabled ? findEmoji(normalized) : []
  let nextUrl = 0
  let nextEmoji = 0
  let weight = 0
  let hasInvalid = false
  const length = normalized.length
  for (let i = 0; i < length; i++) {
    while (nextUrl < urls.length && (urls[nextUrl] as UrlEntity).start < i) nextUrl++
    while (nextEmoji < emoji.length && (emoji[nextEmoji] as { start: number }).start < i) nextEmoji++
    const url = urls[nextUrl]
    const emojiHere = emoji[nextEmoji]
    if (url !== undefined && url.start === i) {
      weight += config.transformedURLLength * config.scale
      // twitter-text skips by the reported URL string, not by its offsets.
      i += url.url.length - 1
    } else if (emojiHere !== undefined && emojiHere.start === i) {
      weight += config.defaultWeight
      i = emojiHere.end - 1
    } else {
      const code = normalized.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdbff && isSurrogatePair(normalized, i)) i++
      // The first range (U+0000–U+10FF) holds most text: test it before walking the table.
      weight += code <= 0x10ff && config === xCountingConfig ? 100 : weightOf(normalized.charCodeAt(i), config)
    }
    // twitter-text only looks at the last unit of what it just counted; kept for identical results.
    if (!hasInvalid) hasInvalid = isInvalidUnit(normalized.charCodeAt(i))
  }
  const weightedLength = weight / config.scale
  return { weightedLength, valid: !hasInvalid && weightedLength > 0 && weightedLength <= config.maxWeightedTweetLength }
}

/**
 * True when NFC leaves `text` as it is, for text made only of code points that
 * have no canonical decomposition, are starters and are never the second half
 * of a composition: below U+0300, general punctuation and currency signs,
 * letterlike symbols to miscellaneous symbols and arrows (U+2100–U+2BFF less
 * six singletons), U+20E3, U+FE0F, and the emoji planes U+1F000–U+1FBFF.
 * Checked exhaustively against `normalize` for every such code point and
 * with many pairs. Most posts hold nothing else, so ICU is skipped for them.
 */
function isNfcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x300 || (code >= 0x2002 && code < 0x20d0) || code === 0x20e3 || code === 0xfe0f) continue
    if (code >= 0x2100 && code <= 0x2bff && code !== 0x2126 && code !== 0x212a && code !== 0x212b && code !== 0x2329 && code !== 0x232a && code !== 0x2adc) continue
    if (code >= 0xd83c && code <= 0xd83e) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++
        continue
      }
    }
    return false
  }
  return true
}

function isInvalidUnit(code: number): boolean {
  return code === 0xfffe || code === 0xfeff || code === 0xffff
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
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
  limits: { text: 280, altText: 1000, displayName: 50, bio: 160 },
  takesLanguageTag: false,
  measure(text, options = {}) {
    const { weightedLength } = xWeightedLength(text)
    const main = constraint('text', 'weighted', weightedLength, options.limit ?? xCountingConfig.maxWeightedTweetLength)
    const forbidden = countInvalidCharacters(text)
    const constraints: [Constraint, ...Constraint[]] = [main]
    if (forbidden > 0) constraints.push(constraint('forbidden-characters', 'characters', forbidden, 0))
    return measurementOf('x', constraints)
  },
  formatLink: (label, url) => (label === url ? url : `${label} ${url}`),
}

function countInvalidCharacters(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (isInvalidUnit(text.charCodeAt(i))) count++
  return count
}
