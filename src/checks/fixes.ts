import { type BilingualPost, definePost } from '../post/define.js'
import type { Diagnostic, Fix } from './diagnostic.js'
import type { CheckReport } from './engine.js'

function applyToText(text: string, fixes: readonly Fix[]): string {
  // Right to left, so earlier offsets stay valid; a fix overlapping one already applied is skipped.
  const ordered = [...fixes].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)
  let result = text
  let limit = Number.POSITIVE_INFINITY
  for (const fix of ordered) {
    if (fix.range.end > limit || fix.range.start > fix.range.end || fix.range.end > text.length) continue
    result = result.slice(0, fix.range.start) + fix.replacement + result.slice(fix.range.end)
    limit = fix.range.start
  }
  return result
}

/**
 * Returns a new post with every safe fix of `report` applied. Text outside each
 * fix's range is never changed; overlapping fixes are applied once (the later
 * one wins) and the rest are left for the next check.
 *
 * @example
 * const fixed = applyFixes(post, check(post))
 * check(fixed).diagnostics.filter((d) => d.fix) // []
 */
export function applyFixes(post: BilingualPost, report: CheckReport | readonly Diagnostic[]): BilingualPost {
  const diagnostics = 'diagnostics' in report ? report.diagnostics : report
  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []))
  if (fixes.length === 0) return post
  const pick = (lang: 'en' | 'fr', field: Fix['field']) => fixes.filter((f) => f.lang === lang && f.field === field)
  const media = post.media.map((item, index) => ({
    ...item,
    alt: {
      en: applyToText(item.alt.en, pick('en', `media.${index}.alt`)),
      fr: applyToText(item.alt.fr, pick('fr', `media.${index}.alt`)),
    },
  }))
  return definePost({
    ...(post.id === undefined ? {} : { id: post.id }),
    en: applyToText(post.en, pick('en', 'text')),
    fr: applyToText(post.fr, pick('fr', 'text')),
    platforms: [...post.platforms],
    media,
    ...(post.title === undefined ? {} : { title: { en: applyToText(post.title.en, pick('en', 'title')), fr: applyToText(post.title.fr, pick('fr', 'title')) } }),
    ...(post.publishAt === undefined ? {} : { publishAt: post.publishAt }),
  })
}
