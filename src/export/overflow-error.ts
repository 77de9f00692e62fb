import type { Diagnostic } from '../checks/diagnostic.js'
import type { Lang } from '../post/language.js'
import type { Measurement, PlatformId } from '../platforms/types.js'

const languageNames: Record<Lang, string> = { en: 'English', fr: 'French' }

/** What did not fit: one language's text, or the two together in a bilingual post. */
export type OverflowSubject = Lang | 'bilingual'

/**
 * Thrown by `toPayloads` when a text is past the platform's limit and the
 * overflow policy is `error` (or the platform has no threads): no payload is
 * produced, nothing is cut. `diagnostics` are those of
 * `check(post, { platforms: [platform], preset: 'none', rules: { 'length/over-limit': 'error' } })`,
 * with their bilingual messages and source positions.
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
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    // The error's facts are plain frozen data, like a report's (the arrays and map are made for it).
    Object.freeze(this.langs)
    Object.freeze(this.measurements)
    Object.freeze(this.diagnostics)
  }
}

/** The sentence that opens an {@link OverflowError}'s message. */
export function describeOverflow(subject: OverflowSubject, measurement: Measurement, platformName: string): string {
  const what = subject === 'bilingual' ? 'The bilingual text (English and French together)' : `The ${languageNames[subject]} text`
  const failed = measurement.constraints.filter((c) => !c.withinLimit)
  const figures = failed.map((c) => `${c.length}/${c.limit} ${c.unit}`).join(', ')
  return `${what} is over ${platformName}'s limit (${figures}).`
}
