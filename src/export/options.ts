import type { Lang } from '../post/language.js'
import { checkMediaBaseUrl } from '../post/media-rules.js'
import type { PlatformOverrides } from '../platforms/registry.js'
import type { HandleResolver } from './payloads/bluesky-facets.js'
import type { LinkedInOptions } from './payloads/linkedin.js'
import type { MastodonOptions } from './payloads/mastodon.js'
import type { YouTubeOptions } from './payloads/youtube.js'

/** `separate`: one payload set per language, for paired EN/FR accounts. `bilingual`: one post holding both languages. */
export type AccountMode = 'separate' | 'bilingual'
/** Which language comes first in a bilingual post. */
export type LanguageOrder = 'en-first' | 'fr-first'
/** What to do when a text is past the limit: throw an `OverflowError`, or split it into a numbered thread. */
export type OverflowPolicy = 'error' | 'thread'

/** Options of `toPayloads`. */
export interface PayloadOptions {
  /** Default `separate`. */
  readonly accounts?: AccountMode
  /** Bilingual posts only; default `en-first`. */
  readonly order?: LanguageOrder
  /** Default `error`: never cut, never split unasked. */
  readonly overflow?: OverflowPolicy
  /** Between the two languages of a bilingual post; default a blank line (`'\n\n'`). */
  readonly separator?: string
  /** Number thread parts `1/3`… (default true). */
  readonly numbering?: boolean
  /** Limit overrides (a paid X account, a 1,000-character Mastodon instance, an instance taking 8 media: `{ mastodon: { media: 8 } }`). */
  readonly limits?: PlatformOverrides
  /**
   * Base URL of relative media paths: `media/poster.jpg` with
   * `'https://cdn.example.ca/posts/'` is sent as
   * `https://cdn.example.ca/posts/media/poster.jpg`. Instagram and Threads
   * download the file themselves, so they need an absolute public `https` URL.
   */
  readonly mediaBaseUrl?: string
  /**
   * Language of the `message` of errors about the post (`MediaPayloadError`,
   * `ScheduleWindowError`, `OverflowError` and the other `PayloadError`s); default `en`.
   * Both languages are on `messages`.
   */
  readonly messageLanguage?: Lang
  /**
   * The current time (default: `new Date()` when `toPayloads` is called):
   * scheduling windows are counted from it (Mastodon, Facebook, YouTube), and
   * it is Bluesky's `createdAt` when the post has no `publishAt`.
   */
  readonly now?: Date | string
  /** Bluesky: the DID of a handle, to make mention facets; mentions stay plain text without it. */
  readonly resolveHandle?: HandleResolver
  readonly mastodon?: MastodonOptions
  /** Required for LinkedIn payloads. */
  readonly linkedin?: LinkedInOptions
  readonly youtube?: YouTubeOptions
}

/** Thrown when an option of `toPayloads` has a value it does not know. */
export class PayloadOptionsError extends Error {
  override readonly name = 'PayloadOptionsError'
}

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!allowed.includes(value)) throw new PayloadOptionsError(`Option "${name}" must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`)
  return value
}

/** The options with their defaults, checked (callers in plain JavaScript get a clear error, not a surprise). */
export function resolveOptions(options: PayloadOptions) {
  return {
    accounts: oneOf<AccountMode>('accounts', options.accounts, ['separate', 'bilingual'], 'separate'),
    order: oneOf<LanguageOrder>('order', options.order, ['en-first', 'fr-first'], 'en-first'),
    overflow: oneOf<OverflowPolicy>('overflow', options.overflow, ['error', 'thread'], 'error'),
    separator: options.separator ?? '\n\n',
    numbering: options.numbering ?? true,
    mediaBaseUrl: checkMediaBaseUrl(options.mediaBaseUrl, (message) => new PayloadOptionsError(message)),
    messageLanguage: oneOf<Lang>('messageLanguage', options.messageLanguage, ['en', 'fr'], 'en'),
  }
}

/** RFC 3339 time (UTC) from a date, or from a date-time string with an offset. */
export function toRfc3339(value: Date | string, what: string): string {
  const time = value instanceof Date ? value.getTime() : Date.parse(value)
  if (Number.isNaN(time)) throw new PayloadOptionsError(`${what} is not a valid date-time: ${String(value)}.`)
  return new Date(time).toISOString()
}
