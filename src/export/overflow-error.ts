import type { Diagnostic } from '../checks/diagnostic.js'
import { getI18n } from '../i18n/instance.js'
import type { Bilingual, Lang } from '../post/language.js'
import type { Measurement, PlatformId } from '../platforms/types.js'

/** What did not fit: one language's text, or the two together in a bilingual post. */
export type OverflowSubject = Lang | 'bilingual'

/**
 * Thrown by `toPayloads` when a text is past the platform's limit and the
 * overflow policy is `error` (or the platform has no threads): no payload is
 * produced, nothing is cut. `diagnostics` are those of
 * `check(post, { platforms: [platform], preset: 'none', rules: { 'length/over-limit': 'error' } })`,
 * with their bilingual messages and source positions. `message` is in
 * `toPayloads`'s `messageLanguage` (English by default); `messages` holds both.
 */
export class OverflowError extends Error {
  override readonly name = 'OverflowError'
  constructor(
    readonly platform: PlatformId,
    /** Languages whose text is over (both for a bilingual post whose combined text is over). */
    readonly langs: readonly Lang[],
    /** Measurements of what is over, by subject. */
    readonly measurements: Readonly<Partial<Record<OverflowSubject, Measurement>>>,
    readonly diagnostics: readonly Diagnostic[],
    message: string | Bilingual<string>,
    options?: { cause?: unknown; messageLanguage?: Lang },
  ) {
    super(typeof message === 'string' ? message : message[options?.messageLanguage ?? 'en'], options?.cause === undefined ? undefined : { cause: options.cause })
    this.messages = typeof message === 'string' ? { en: message, fr: message } : message
    // The error's facts are plain frozen data, like a report's (the arrays and map are made for it).
    Object.freeze(this.langs)
    Object.freeze(this.measurements)
    Object.freeze(this.diagnostics)
  }

  /** The whole message in both official languages. */
  readonly messages: Bilingual<string>
}

/** The sentence that opens an {@link OverflowError}'s message, in one language. */
export function describeOverflow(subject: OverflowSubject, measurement: Measurement, platformName: string, lng: Lang = 'en'): string {
  const t = (key: string, data: Readonly<Record<string, unknown>> = {}) => getI18n().t(key, { ...data, lng, ns: 'rules' })
  const failed = measurement.constraints.filter((c) => !c.withinLimit)
  const figures = failed.map((c) => `${c.length}/${c.limit} ${t(`units.${c.unit}`, { defaultValue: c.unit })}`).join(', ')
  return t(`payload.overflow.subject.${subject}`, { platformName, figures })
}
