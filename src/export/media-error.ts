import { translateBoth } from '../i18n/messages.js'
import type { Bilingual, Lang } from '../post/language.js'
import type { MediaRuleId, MediaViolation } from '../post/media-rules.js'
import { platformSettings } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { PayloadError } from './payloads/common.js'

/** The message of one violation in both languages: the same words `check()` reports for it. */
export function describeMediaViolation(violation: MediaViolation): Bilingual<string> {
  const data = { ...violation.data, platformName: platformSettings(violation.platform).platform.displayName, lang: violation.lang }
  return translateBoth(`${violation.ruleId}.${violation.messageId}`, data)
}

/**
 * Thrown by `toPayloads` when a post's media break what the platform takes:
 * too many items or kinds that do not go together (`media/count`), a format
 * it refuses (`media/format`), a URL it cannot download (`media/url`), alt
 * text over its limit (`length/alt-text`). The first problem's facts are on
 * the error; `violations` lists them all, and `check()` reports the same ones
 * as diagnostics under the same rule ids. `message` is in `messageLanguage`
 * (English by default); `messages` holds both languages.
 *
 * @example
 * try { toPayloads(post, 'instagram', { messageLanguage: 'fr' }) } catch (error) {
 *   if (error instanceof MediaPayloadError) console.error(error.ruleId, error.mediaIndex, error.message)
 *   // media/format 0 'Instagram n’accepte pas le média 1 au format image/png (formats acceptés : image/jpeg). …'
 * }
 */
export class MediaPayloadError extends PayloadError {
  override readonly name = 'MediaPayloadError'
  readonly platform: PlatformId
  /** The rule broken, as `check()` names it. */
  readonly ruleId: MediaRuleId
  /** Index in `post.media` (0-based, as in `MediaUpload.mediaIndex`) of the item concerned; messages number items from 1. Undefined when the problem is the post's media as a whole. */
  readonly mediaIndex: number | undefined
  /** Language of the alt text concerned, for alt-text problems. */
  readonly lang: Lang | undefined
  /** Every problem found, the first one first. */
  readonly violations: readonly MediaViolation[]
  /** The whole message in both official languages. */
  override readonly messages: Bilingual<string>

  constructor(violations: readonly [MediaViolation, ...MediaViolation[]], messageLanguage: Lang = 'en') {
    const described = violations.map(describeMediaViolation)
    const messages = { en: described.map((m) => m.en).join(' '), fr: described.map((m) => m.fr).join(' ') }
    super(messages[messageLanguage])
    const [first] = violations
    this.platform = first.platform
    this.ruleId = first.ruleId
    this.mediaIndex = first.mediaIndex
    this.lang = first.lang
    this.violations = violations
    this.messages = messages
  }
}
