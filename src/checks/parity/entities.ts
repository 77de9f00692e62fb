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
  return extractMentions(rendered.text).map((m) => ({ value: `@${m.text}`, start: toSourceOffset(rendered, m.start), end: toSourceOffset(rendered, m.end) }))
}

/** An emoji: a flag, a keycap, or a pictograph with its modifiers and zero-width-joined parts. */
export const emojiSequence = /\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)*/gu
/** {@link emojiSequence} tried at one position. */
const emojiAt = new RegExp(emojiSequence.source, 'uy')

/**
 * True when an emoji may start at `i`: flags and most pictographs are at
 * U+203C or beyond (© and ® are the only pictographs before), a keycap is
 * `#`, `*` or a digit followed by U+FE0F or U+20E3, and none starts on the
 * second half of a surrogate pair. Letters, digits, spaces and punctuation,
 * nearly all of a post, are passed over without running the pattern.
 */
export function mayStartEmoji(text: string, i: number): boolean {
  const unit = text.charCodeAt(i)
  if (unit >= 0x203c) return !((unit & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800)
  if (unit === 0xa9 || unit === 0xae) return true
  if (unit !== 0x23 && unit !== 0x2a && (unit < 0x30 || unit > 0x39)) return false
  const next = text.charCodeAt(i + 1)
  return next === 0xfe0f || next === 0x20e3
}

/** Emoji of a language's source (text presentation selectors ignored), with source ranges (shared by the rules of a check). */
export function emojiOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findEmoji)
}

/** The matches of {@link emojiSequence} in `text`, as its global scan finds them, the pattern tried only where one may start. */
export function emojiMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  for (let i = 0; i < text.length; i++) {
    if (!mayStartEmoji(text, i)) continue
    emojiAt.lastIndex = i
    const match = emojiAt.exec(text)
    if (match === null) continue
    matches.push(match)
    i += match[0].length - 1
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
