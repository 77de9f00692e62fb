import type { Lang } from '../post/language.js'
import { platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { toSourceOffset } from '../text/markdown.js'
import type { RuleContext } from './rule.js'

/**
 * Range of the source past the limit: from the first rendered character that
 * no longer fits to the end.
 *
 * Found by interpolation search on prefixes, kept safe by bisection: a
 * platform's count grows nearly in step with the text (URLs and emoji aside),
 * so the first guess from the whole text's count usually lands within a few
 * characters and the search ends after a handful of measurements of short
 * prefixes. Only `withinLimit` decides, so the result is exact whatever the
 * count's shape.
 */
export function overflowRange(context: RuleContext, lang: Lang, platform: PlatformId): { start: number; end: number } {
  const rendered = context.rendered(lang, platform)
  const { platform: target, measureOptions } = platformSettings(platform, context.options.limits)
  const text = rendered.text
  const whole = context.measure(lang, platform)
  const limit = whole.limit
  // Invariant: the prefix of length `low` fits (the empty one always does), that of length `high` does not.
  let low = 0
  let lowCount = 0
  let high = text.length
  let highCount = whole.length
  let bisectNext = false
  while (high - low > 1) {
    let probe: number
    if (bisectNext || highCount <= lowCount) probe = (low + high) >> 1
    else {
      // Aim between the last count that fits and the first that does not.
      probe = Math.floor(low + ((limit + 0.5 - lowCount) * (high - low)) / (highCount - lowCount))
      probe = Math.min(high - 1, Math.max(low + 1, probe))
    }
    const measurement = target.measure(text.slice(0, probe), measureOptions)
    const before = high - low
    if (measurement.withinLimit) {
      low = probe
      lowCount = measurement.length
    } else {
      high = probe
      highCount = measurement.length
    }
    // Interpolation that fails to halve the bracket gives way to one bisection step.
    bisectNext = !bisectNext && (high - low) * 2 > before
  }
  const source = context.source(lang)
  return { start: Math.min(toSourceOffset(rendered, low), source.length), end: source.length }
}
