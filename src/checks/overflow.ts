import type { Lang } from '../post/language.js'
import { fittingPrefixLength } from '../platforms/fit.js'
import { platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { toSourceOffset } from '../text/markdown.js'
import type { RuleContext } from './rule.js'

/**
 * Range of the source past the limit: from the first rendered character that
 * no longer fits to the end.
 *
 * The rendered text up to the start fits the platform's main limit and one
 * code unit more does not (see `fittingPrefixLength`, which finds it in one
 * pass). Only the main constraint decides: a secondary one that fails (Bluesky's
 * bytes, Threads' links, X's forbidden characters) has a diagnostic of its own,
 * and would otherwise move the start to a place that is within the length limit.
 */
export function overflowRange(context: RuleContext, lang: Lang, platform: PlatformId): { start: number; end: number } {
  const rendered = context.rendered(lang, platform)
  const { measureOptions } = platformSettings(platform, context.options.limits)
  const text = rendered.text
  const fitting = fittingPrefixLength(text, platform, measureOptions, context.measure(lang, platform).limit) ?? text.length
  const source = context.source(lang)
  return { start: Math.min(toSourceOffset(rendered, fitting), source.length), end: source.length }
}
