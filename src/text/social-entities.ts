/**
 * Hashtags and mentions as twitter-text v3.1.0 finds them
 * (`extractHashtagsWithIndices`, `extractMentionsWithIndices`; grammar ported from
 * its `regexp/validHashtag.js`, `regexp/validMentionOrList.js` and friends,
 * Apache-2.0, Copyright 2018 Twitter, Inc.). Used by the parity checks, so
 * `#Québec` and `#SaisonDeLaGrippe` must come out whole.
 *
 * twitter-text spells out its letters and digits as 9 KB of ranges (Unicode 9 era);
 * here they are `\p{L}\p{M}` and `\p{Nd}`. The only differences are letters and
 * digits Unicode added later, which twitter-text does not take into hashtags.
 */
import { extractUrls } from './urls.js'
import { rememberRecent } from './remember.js'

/** A hashtag or mention: `text` without its `#` or `@`, UTF-16 offsets of the whole entity. */
export interface SocialEntity {
  text: string
  start: number
  end: number
}

const letter = '\\p{L}\\p{M}'
/** twitter-text's `hashtagSpecialChars`: `_`, ZWNJ, ZWJ and a few script-specific joiners. */
const hashtagJoiners = '_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\xb7'
const hashtagChar = `[${letter}\\p{Nd}${hashtagJoiners}]`

/** A run of hashtag characters, read from a `#` (sticky; twitter-text's `i` flag kept). */
const hashtagRun = new RegExp(`${hashtagChar}*`, 'iuy')
const hashtagLetter = new RegExp(`[${letter}]`, 'iu')
/** A code point that may not come right before a hashtag's `#`: a hashtag character, or `&` (so `&#39;` is no hashtag). */
const blocksHashtag = new RegExp(`^(?:${hashtagChar}|&)`, 'iu')
const hashtagFollowedBy = /^(?:[#＃]|:\/\/)/

/**
 * twitter-text `validMentionOrList`: a mention may follow `RT:` but not a letter, digit, `_`, `@` or `!#$%&*`.
 * Sticky: it is only tried where a match could start, a few characters before an `@`.
 */
const mentionPattern =
  /(^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)[@＠]([a-zA-Z0-9_]{1,20})(\/[a-zA-Z][a-zA-Z0-9_-]{0,24})?/y
/** A match followed by another `@`, a Latin accented letter or `://` is not a mention (`@user@host`, `@josé`). */
const mentionFollowedBy =
  /^(?:[@＠]|[\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF]|:\/\/)/

/**
 * Hashtags in `text`, as twitter-text `extractHashtagsWithIndices` finds them
 * (a hashtag inside a link is dropped).
 *
 * @example
 * extractHashtags('Vaccin #SaisonDeLaGrippe #Québec') // [{ text: 'SaisonDeLaGrippe', start: 7, end: 24 }, { text: 'Québec', start: 25, end: 32 }]
 */
export function extractHashtags(text: string): SocialEntity[] {
  if (!/[#＃]/.test(text)) return []
  return recentHashtags(text)
}

const recentHashtags = rememberRecent((text) => withoutThoseInUrls(findHashtags(text), text))

/**
 * The hashtags twitter-text's global hashtag regex matches, found from each `#`
 * instead of trying the regex at every position (most of the cost of a check's
 * hashtag parity once did that). The regex is
 * `(^|\uFE0E|\uFE0F|(?!hashtagChar|&)[^])[#＃](?![\uFE0F\u20E3])(hashtagChar*[letter]hashtagChar*)`:
 * the code point before the `#` is consumed, so it must lie after the previous
 * match; the name is the whole run of hashtag characters and must hold a letter.
 * test/social-entities.test.ts compares it with twitter-text on generated text.
 */
function findHashtags(text: string): SocialEntity[] {
  const found: SocialEntity[] = []
  const wide = text.includes('＃')
  // Where the regex would resume: a match's preceding code point must start here or later.
  let resume = 0
  for (let hash = nextHashSign(text, 0, wide); hash !== -1; hash = nextHashSign(text, hash + 1, wide)) {
    if (hash > 0) {
      const start = hash - (hash >= 2 && isSurrogatePairAt(text, hash - 2) ? 2 : 1)
      if (start < resume) continue
      const before = text.slice(start, hash)
      // twitter-text's code point is a BMP character or a whole pair: a lone surrogate precedes nothing.
      if (isLoneSurrogate(before) || (before !== '\ufe0e' && before !== '\ufe0f' && blocksHashtag.test(before))) continue
    }
    const next = text.charCodeAt(hash + 1)
    if (next === 0xfe0f || next === 0x20e3) continue
    hashtagRun.lastIndex = hash + 1
    hashtagRun.test(text)
    const end = hashtagRun.lastIndex
    const name = text.slice(hash + 1, end)
    if (!hashtagLetter.test(name)) continue
    resume = end
    if (!hashtagFollowedBy.test(text.slice(end))) found.push({ text: name, start: hash, end })
  }
  return found
}

function nextHashSign(text: string, from: number, wide: boolean): number {
  const ascii = text.indexOf('#', from)
  if (!wide) return ascii
  const fullWidth = text.indexOf('＃', from)
  return ascii === -1 ? fullWidth : fullWidth === -1 ? ascii : Math.min(ascii, fullWidth)
}

function isLoneSurrogate(unit: string): boolean {
  const code = unit.charCodeAt(0)
  return unit.length === 1 && code >= 0xd800 && code <= 0xdfff
}

function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** What may precede a mention's `@` is at most 4 characters long (a boundary, `RT`, `:`). */
const longestBeforeMention = 4

/**
 * The matches of twitter-text's global mention regex (group 1 what precedes the
 * mention, group 2 its name, group 3 a list, `@user/list`, which is no mention)
 * that `mentionFollowedBy` does not rule out. Rather than trying the regex at
 * every position, it is tried at the few positions before each `@` where a match
 * can start, in order, from where the regex would resume: the same leftmost matches.
 */
function findMentions(text: string): SocialEntity[] {
  const found: SocialEntity[] = []
  const wide = text.includes('＠')
  let resume = 0
  for (let at = nextAtSign(text, 0, wide); at !== -1; at = nextAtSign(text, Math.max(at + 1, resume), wide)) {
    for (let start = Math.max(resume, at - longestBeforeMention); start <= at; start++) {
      mentionPattern.lastIndex = start
      const match = mentionPattern.exec(text)
      if (match === null) continue
      resume = mentionPattern.lastIndex
      const [, before = '', name = '', list] = match
      if (!list && !mentionFollowedBy.test(text.slice(resume))) {
        const mentionStart = start + before.length
        found.push({ text: name, start: mentionStart, end: mentionStart + name.length + 1 })
      }
      break
    }
  }
  return found
}

function nextAtSign(text: string, from: number, wide: boolean): number {
  const ascii = text.indexOf('@', from)
  if (!wide) return ascii
  const fullWidth = text.indexOf('＠', from)
  return ascii === -1 ? fullWidth : fullWidth === -1 ? ascii : Math.min(ascii, fullWidth)
}

/** twitter-text `removeOverlappingEntities` over hashtags and links, keeping the hashtags that survive. */
function withoutThoseInUrls(tags: SocialEntity[], text: string): SocialEntity[] {
  const urls = extractUrls(text)
  if (tags.length === 0 || urls.length === 0) return tags
  const entities = [...tags.map((tag) => ({ tag, start: tag.start, end: tag.end })), ...urls.map((url) => ({ tag: undefined, start: url.start, end: url.end }))]
  entities.sort((a, b) => a.start - b.start)
  const kept: SocialEntity[] = []
  let previousEnd = -1
  for (const entity of entities) {
    if (previousEnd > entity.start) continue
    previousEnd = entity.end
    if (entity.tag) kept.push(entity.tag)
  }
  return kept
}

/**
 * Mentions in `text` (not lists such as `@user/list`), as twitter-text
 * `extractMentionsWithIndices` finds them.
 *
 * @example
 * extractMentions('Merci @SanteCanada !') // [{ text: 'SanteCanada', start: 6, end: 18 }]
 */
export function extractMentions(text: string): SocialEntity[] {
  return /[@＠]/.test(text) ? recentMentions(text) : []
}

const recentMentions = rememberRecent(findMentions)
