import { type MediaRuleId, mediaViolations, type MediaViolation } from '../post/media-rules.js'
import { getPlatform } from '../platforms/registry.js'
import { platformIds, type PlatformId } from '../platforms/types.js'
import type { BilingualPost } from '../post/define.js'
import type { LanguageFact, RuleContext } from './rule.js'

/**
 * The media violations of every checked platform, computed once per check
 * for the four rules that report them. Media are not per language: the fact
 * is kept under English only, as a per-check memo.
 */
const violationsByPlatform: LanguageFact<ReadonlyMap<PlatformId, readonly MediaViolation[]>> = (context) =>
  new Map(
    context.platforms
      .filter((platform) => chosen(context) || canBePostedOn(context.post, platform))
      .map((platform) => [
        platform,
        mediaViolations(context.post.media, platform, {
          ...(context.options.limits === undefined ? {} : { limits: context.options.limits }),
          ...(context.options.mediaBaseUrl === undefined ? {} : { mediaBaseUrl: context.options.mediaBaseUrl }),
        }),
      ]),
  )

/** Whether the platforms were chosen (the post's `platforms` or the check's), rather than every platform by default. */
function chosen(context: RuleContext): boolean {
  return context.options.platforms !== undefined || !platformIds.every((id) => context.post.platforms.includes(id))
}

/**
 * Whether the post can be a post of that platform at all: Instagram posts are media (its table's `minimum`),
 * and a YouTube post is a video's text (the only kind its table takes). A post meant for every platform by
 * default that cannot be one (a text-only post, a poster) is simply not posted there: no media alarm for it.
 */
function canBePostedOn(post: BilingualPost, platform: PlatformId): boolean {
  const rules = getPlatform(platform).media
  if (post.media.length < rules.minimum) return false
  const takenKinds = (['image', 'gif', 'video'] as const).filter((kind) => rules.perKind[kind] > 0)
  return takenKinds.length !== 1 || post.media.some((item) => takenKinds.includes(item.type))
}

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
