import type { Lang } from '../post/language.js'
import { platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { toSourceOffset } from '../text/markdown.js'
import type { RuleContext } from './rule.js'

/**
 * Range of the source past the limit: from the first rendered character that
 * no longer fits to the end. Found by binary search on prefixes, so a long
 * text costs a few measurements, not one per character.
 */
export function overflowRange(context: RuleContext, lang: Lang, platform: PlatformId): { start: number; end: number } {
  const rendered = context.rendered(lang, platform)
  const { platform: target, measureOptions } = platformSettings(platform, context.options.limits)
  const text = rendered.text
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (target.measure(text.slice(0, mid), measureOptions).withinLimit) low = mid
    else high = mid - 1
  }
  const source = context.source(lang)
  return { start: Math.min(toSourceOffset(rendered, low), source.length), end: source.length }
}
