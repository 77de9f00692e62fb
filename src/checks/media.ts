import { type MediaRuleId, mediaViolations, type MediaViolation } from '../post/media-rules.js'
import type { PlatformId } from '../platforms/types.js'
import type { LanguageFact, RuleContext } from './rule.js'

/**
 * The media violations of every checked platform, computed once per check
 * for the four rules that report them. Media are not per language: the fact
 * is kept under English only, as a per-check memo.
 */
const violationsByPlatform: LanguageFact<ReadonlyMap<PlatformId, readonly MediaViolation[]>> = (context) =>
  new Map(
    context.platforms.map((platform) => [
      platform,
      mediaViolations(context.post.media, platform, {
        ...(context.options.limits === undefined ? {} : { limits: context.options.limits }),
        ...(context.options.mediaBaseUrl === undefined ? {} : { mediaBaseUrl: context.options.mediaBaseUrl }),
      }),
    ]),
  )

/** Reports the media violations that belong to rule `ruleId`, the way `toPayloads` would refuse them. */
export function reportMediaViolations(context: RuleContext, ruleId: MediaRuleId): void {
  if (context.post.media.length === 0 && ruleId !== 'media/required') return
  for (const [platform, violations] of context.shared('en', violationsByPlatform)) {
    for (const violation of violations) {
      if (violation.ruleId !== ruleId) continue
      const { mediaIndex, lang } = violation
      if (lang !== undefined && mediaIndex !== undefined) {
        const text = context.post.media[mediaIndex]?.alt[lang] ?? ''
        context.report({ messageId: violation.messageId, lang, platform, field: `media.${mediaIndex}.alt`, range: { start: 0, end: text.length }, data: violation.data })
      } else {
        context.report({ messageId: violation.messageId, platform, field: mediaIndex === undefined ? 'media' : `media.${mediaIndex}`, data: violation.data })
      }
    }
  }
}
