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
import { rememberedInCall } from './call-memo.js'
import { extractUrls, latinAccents } from './urls.js'

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
 * `#` or `＃` after the start, FE0E/FE0F or any code point that could not be part
 * of a hashtag (nor `&`, so `&#39;` is no hashtag, nor a lone surrogate, which
 * twitter-text's code point excludes), not starting a keycap emoji, then hashtag
 * characters holding at least one letter. Sticky: see {@link findEntities}.
 */
const hashtagPattern = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- ZWNJ, ZWJ and U+FE0F are single code points here, as in twitter-text
  `(^|\\uFE0E|\\uFE0F|(?!${hashtagChar}|&|\\p{Cs})[^])[#＃](?![\\uFE0F\\u20E3])(${hashtagChar}*[${letter}]${hashtagChar}*)`,
  'iuy',
)
const hashtagFollowedBy = /^(?:[#＃]|:\/\/)/

/**
 * twitter-text `validMentionOrList`: a mention may follow `RT:` (at most 4 characters before the `@`)
 * but not a letter, digit, `_`, `@` or `!#$%&*`. Sticky: see {@link findEntities}.
 */
const mentionPattern = /(^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)[@＠]([a-zA-Z0-9_]{1,20})(\/[a-zA-Z][a-zA-Z0-9_-]{0,24})?/y
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
  return copies(hashtagsInCall(text))
}

/**
 * One scan of a text's hashtags, and one of its mentions, per check (Instagram's count, the parity, prose and
 * conduct rules read the same texts), forgotten when the check returns. Callers get copies of the entities.
 */
const hashtagsInCall = rememberedInCall((text: string): readonly SocialEntity[] => withoutThoseInUrls(findEntities(text, hashtagPattern, /[#＃]/g, 2, hashtagFollowedBy), text))
const mentionsInCall = rememberedInCall((text: string): readonly SocialEntity[] => findEntities(text, mentionPattern, /[@＠]/g, 4, mentionFollowedBy))

const copies = (entities: readonly SocialEntity[]): SocialEntity[] => entities.map((entity) => ({ text: entity.text, start: entity.start, end: entity.end }))

/**
 * The matches of twitter-text's global hashtag or mention regex (group 1 what
 * precedes the entity, group 2 its name, group 3 a list, `@user/list`, which is no
 * mention) that `followedBy` does not rule out. Trying the regex at every position
 * was most of the cost of hashtag parity; `pattern` (sticky) is tried only where a
 * match can start: from `lookBack` code units before each sign, in order, and not
 * before the end of the last match, where the global regex would resume. The
 * same leftmost matches; test/social-entities.test.ts compares with twitter-text.
 */
function findEntities(text: string, pattern: RegExp, signs: RegExp, lookBack: number, followedBy: RegExp): SocialEntity[] {
  const found: SocialEntity[] = []
  let resume = 0
  signs.lastIndex = 0
  for (let sign = signs.exec(text); sign; sign = signs.exec(text)) {
    for (let start = Math.max(resume, sign.index - lookBack); start <= sign.index; start++) {
      pattern.lastIndex = start
      const match = pattern.exec(text)
      // A unicode pattern set inside a surrogate pair starts at the pair, a start tried already.
      if (match === null || match.index !== start) continue
      resume = signs.lastIndex = pattern.lastIndex
      const [, before = '', name = '', list] = match
      const entityStart = start + before.length
      if (!list && !followedBy.test(text.slice(resume))) found.push({ text: name, start: entityStart, end: entityStart + name.length + 1 })
      break
    }
  }
  return found
}

/** twitter-text `removeOverlappingEntities` over hashtags and links, keeping the hashtags that survive. */
function withoutThoseInUrls(tags: SocialEntity[], text: string): SocialEntity[] {
  const urls = extractUrls(text)
  if (tags.length === 0 || urls.length === 0) return tags
  const kept: SocialEntity[] = []
  let previousEnd = -1
  // A stable sort: a hashtag and a link starting together keep that order, as in twitter-text.
  for (const entity of [...tags, ...urls].sort((a, b) => a.start - b.start)) {
    if (previousEnd > entity.start) continue
    previousEnd = entity.end
    if ('text' in entity) kept.push(entity)
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
  return /[@＠]/.test(text) ? copies(mentionsInCall(text)) : []
}
