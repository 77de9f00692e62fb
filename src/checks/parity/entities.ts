import type { Lang } from '../../post/language.js'
import { toSourceOffset } from '../../text/markdown.js'
import { extractHashtags, extractMentions } from '../../text/social-entities.js'
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
  return found.sort((a, b) => a.start - b.start)
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

const emojiSequence = /\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)*/gu

/** Emoji of a language's source (text presentation selectors ignored), with source ranges (shared by the rules of a check). */
export function emojiOf(context: RuleContext, lang: Lang): readonly Found[] {
  return context.shared(lang, findEmoji)
}

function findEmoji(context: RuleContext, lang: Lang): Found[] {
  const source = context.source(lang)
  const found: Found[] = []
  for (const m of source.matchAll(emojiSequence)) {
    const emoji = m[0]
    // ©, ® and ™ alone are pictographic but read as letters, not emoji.
    if (emoji === '©' || emoji === '®' || emoji === '™') continue
    found.push({ value: emoji.includes('\ufe0f') ? emoji.replace(/\ufe0f/g, '') : emoji, start: m.index, end: m.index + emoji.length })
  }
  return found
}

/** Case- and accent-insensitive form, for comparing tags and handles. */
export function foldCase(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Items of `a` with no equal (by `key`) left in `b`, as a multiset difference. */
export function missingFrom<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const counts = new Map<string, number>()
  for (const item of b) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  const missing: T[] = []
  for (const item of a) {
    const k = key(item)
    const left = counts.get(k) ?? 0
    if (left > 0) counts.set(k, left - 1)
    else missing.push(item)
  }
  return missing
}
