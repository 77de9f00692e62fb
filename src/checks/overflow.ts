import type { Lang } from '../post/language.js'
import { platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { toSourceOffset } from '../text/markdown.js'
import type { RuleContext } from './rule.js'

/**
 * Range of the source past the limit: from the first rendered character that
 * no longer fits to the end. Found by galloping then binary search on
 * prefixes, so a long text costs a few measurements of short prefixes, not
 * one per character nor many of the whole text.
 */
export function overflowRange(context: RuleContext, lang: Lang, platform: PlatformId): { start: number; end: number } {
  const rendered = context.rendered(lang, platform)
  const { platform: target, measureOptions } = platformSettings(platform, context.options.limits)
  const text = rendered.text
  const fits = (length: number) => target.measure(text.slice(0, length), measureOptions).withinLimit
  // Gallop: double the prefix from the limit until it no longer fits.
  let low = 0
  let high = Math.min(text.length, Math.max(1, measureOptions.limit ?? 1))
  while (high < text.length && fits(high)) {
    low = high
    high = Math.min(text.length, high * 2)
  }
  // Now the longest fitting prefix is in [low, high).
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  const source = context.source(lang)
  return { start: Math.min(toSourceOffset(rendered, low), source.length), end: source.length }
}
