import type { Lang } from '../../post/language.js'
import { toSourceOffset } from '../../text/markdown.js'
import { extractHashtags, extractMentions } from '../../text/social-entities.js'
import { withoutMarks } from '../../text/categories.js'
import { sortByStart } from '../../text/sort.js'
import { extractUrls } from '../../text/urls.js'
import type { RuleContext } from '../rule.js'

/** A link, hashtag, mention or emoji of a text, with its range in the Markdown source. */
export interface Found {
  readonly value: string
  readonly start: number
  readonly end: number
}

/** Every link of a language: Markdown links and bare URLs, in order, with source ranges (shared by the rules of a check). */
export function linksOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findLinks)
}

function findLinks(context: RuleContext, lang: Lang): Found[] {
  const rendered = context.plain(lang)
  const found: Found[] = rendered.links.map((link) => ({ value: link.url, start: link.sourceStart, end: link.sourceEnd }))
  for (const url of extractUrls(rendered.text)) {
    if (rendered.links.some((link) => link.start < url.end && url.start < link.end)) continue
    found.push({ value: url.url, start: toSourceOffset(rendered, url.start), end: toSourceOffset(rendered, url.end) })
  }
  return sortByStart(found)
}

/** Hashtags (with `#`) of a language's rendered text, with source ranges (shared by the rules of a check). */
export function hashtagsOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findHashtags)
}

function findHashtags(context: RuleContext, lang: Lang): Found[] {
  const rendered = context.plain(lang)
  if (!rendered.text.includes('#') && !rendered.text.includes('＃')) return []
  return extractHashtags(rendered.text).map((h) => ({ value: `#${h.text}`, start: toSourceOffset(rendered, h.start), end: toSourceOffset(rendered, h.end) }))
}

/** Mentions (with `@`) of a language's rendered text, with source ranges (shared by the rules of a check). */
export function mentionsOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findMentions)
}

function findMentions(context: RuleContext, lang: Lang): Found[] {
  const rendered = context.plain(lang)
  if (!rendered.text.includes('@') && !rendered.text.includes('＠')) return []
  const mentions = extractMentions(rendered.text)
  if (mentions.length === 0) return []
  // A profile URL (`https://mastodon.social/@HealthCanada`) holds a handle but mentions no one.
  const urls = extractUrls(rendered.text)
  return mentions
    .filter((m) => !urls.some((url) => url.start < m.end && m.start < url.end))
    .map((m) => ({ value: `@${m.text}`, start: toSourceOffset(rendered, m.start), end: toSourceOffset(rendered, m.end) }))
}

/** An emoji: a flag, a keycap, or a pictograph with its modifiers and zero-width-joined parts. */
export const emojiSequence =
  /\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)*/gu
/** {@link emojiSequence} tried at one position. */
const emojiAt = new RegExp(emojiSequence.source, 'uy')

/**
 * The code units an emoji can start with: a keycap's `#`, `*` or digit when
 * U+FE0F or U+20E3 follows, © and ® (the only pictographs before U+203C), and
 * anything from U+203C on but the second half of a surrogate pair. Letters,
 * digits, spaces and punctuation, nearly all of a post, are passed over by
 * this plain scan without trying the Unicode pattern.
 */
const emojiStart = /[#*0-9](?=[\ufe0f\u20e3])|[\u00a9\u00ae\u203c-\udbff\ue000-\uffff]/g

/** Emoji of a language's source (text presentation selectors ignored), with source ranges (shared by the rules of a check). */
export function emojiOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findEmoji)
}

/** The matches of {@link emojiSequence} in `text`, as its global scan finds them, the pattern tried only where one may start. */
export function emojiMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  emojiStart.lastIndex = 0
  for (let start = emojiStart.exec(text); start !== null; start = emojiStart.exec(text)) {
    emojiAt.lastIndex = start.index
    const match = emojiAt.exec(text)
    if (match === null) continue
    matches.push(match)
    emojiStart.lastIndex = start.index + match[0].length
  }
  return matches
}

function findEmoji(context: RuleContext, lang: Lang): Found[] {
  const found: Found[] = []
  for (const m of emojiMatches(context.source(lang))) {
    const emoji = m[0]
    // ©, ® and ™ alone are pictographic but read as letters, not emoji.
    if (emoji === '©' || emoji === '®' || emoji === '™') continue
    found.push({ value: emoji.includes('\ufe0f') ? emoji.replace(/\ufe0f/g, '') : emoji, start: m.index, end: m.index + emoji.length })
  }
  return found
}

/** Case- and accent-insensitive form, for comparing tags and handles. */
export function foldCase(value: string): string {
  // ASCII, most tags and every handle: no accents to take off.
  return isAscii(value) ? value.toLowerCase() : withoutMarks(value.normalize('NFD')).toLowerCase()
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false
  return true
}

/** Items of `a` with no equal (by `key`) left in `b`, as a multiset difference. */
export function missingFrom<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  if (a.length === 0) return []
  const counts = new Map<string, number>()
  for (const item of b) {
    const k = key(item)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const missing: T[] = []
  for (const item of a) {
    const k = key(item)
    const left = counts.get(k) ?? 0
    if (left > 0) counts.set(k, left - 1)
    else missing.push(item)
  }
  return missing
}
