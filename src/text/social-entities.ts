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
import { extractUrls, latinAccents } from './urls.js'
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

/**
 * `#` or `＃` after the start, FE0E/FE0F or any character that could not be part
 * of a hashtag (nor `&`, so `&#39;` is no hashtag), not starting a keycap emoji,
 * then hashtag characters holding at least one letter.
 */
const hashtagPattern = new RegExp(
  `(^|\\uFE0E|\\uFE0F|(?!${hashtagChar}|&)[^])[#＃](?![\\uFE0F\\u20E3])(${hashtagChar}*[${letter}]${hashtagChar}*)`,
  'giu',
)
const hashtagFollowedBy = /^(?:[#＃]|:\/\/)/

/** twitter-text `validMentionOrList`: a mention may follow `RT:` but not a letter, digit, `_`, `@` or `!#$%&*`. */
const mentionPattern =
  /(^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)[@＠]([a-zA-Z0-9_]{1,20})(\/[a-zA-Z][a-zA-Z0-9_-]{0,24})?/g
/** A match followed by another `@`, a Latin accented letter or `://` is not a mention (`@user@host`, `@josé`). */
const mentionFollowedBy = new RegExp(`^(?:[@＠]|[${latinAccents}]|:\\/\\/)`)

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

const recentHashtags = rememberRecent((text) => withoutThoseInUrls(findEntities(text, hashtagPattern, hashtagFollowedBy), text))

/**
 * The matches of `pattern` (global: group 1 what precedes the entity, group 2 its text
 * without `#` or `@`) that `followedBy` does not rule out. A third group, which only
 * the mention pattern has, is a list (`@user/list`): no mention.
 */
function findEntities(text: string, pattern: RegExp, followedBy: RegExp): SocialEntity[] {
  const found: SocialEntity[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, before = '', name = '', list] = match
    if (list || followedBy.test(text.slice(match.index + whole.length))) continue
    const start = match.index + before.length
    found.push({ text: name, start, end: start + name.length + 1 })
  }
  return found
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

const recentMentions = rememberRecent((text) => findEntities(text, mentionPattern, mentionFollowedBy))
