/** Every platform the library knows. */
export const platformIds = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram', 'youtube'] as const

/** Identifier of a supported platform. */
export type PlatformId = (typeof platformIds)[number]

/** The unit a platform counts a limit in. */
export type CountUnit = 'weighted' | 'graphemes' | 'characters' | 'utf16' | 'bytes' | 'hashtags' | 'mentions' | 'links'

/** One limit checked on a text, e.g. Bluesky's 300 graphemes or its 3,000 bytes. */
export interface Constraint {
  /** Stable name of the constraint: `text`, `bytes`, `hashtags`, `mentions`, `links`, `forbidden-characters`. */
  readonly name: string
  readonly unit: CountUnit
  readonly length: number
  readonly limit: number
  readonly withinLimit: boolean
}

/**
 * How long a text is for one platform, counted the way that platform counts.
 * `length`, `limit`, `remaining` and `unit` describe the main limit; `constraints`
 * lists every limit that was checked (the main one first), and `withinLimit` is true
 * only when all of them hold.
 */
export interface Measurement {
  readonly platform: PlatformId
  readonly length: number
  readonly limit: number
  readonly remaining: number
  readonly withinLimit: boolean
  readonly unit: CountUnit
  readonly constraints: readonly Constraint[]
}

/** Options a caller may give {@link measure}; each platform reads the ones it knows. */
export interface MeasureOptions {
  /** Override the main limit (a paid X account: 25,000; a Mastodon instance: 1,000). */
  readonly limit?: number
  /** Mastodon: how many characters each URL counts (`characters_reserved_per_url`, default 23). */
  readonly charactersPerUrl?: number
  /** Bluesky: override the byte limit (default 3,000). */
  readonly maxBytes?: number
  /** YouTube: which field the text is for (default `description`). */
  readonly field?: 'title' | 'description'
}

/** Limits of a platform that the library uses, all overridable through {@link definePlatforms}. */
export interface PlatformLimits {
  /** Main text limit. */
  readonly text: number
  /** Alt text limit per media item, when the platform documents one. */
  readonly altText?: number
  /** Title limit (YouTube). */
  readonly title?: number
  /** Display-name limit for profiles. */
  readonly displayName?: number
  /** Bio / description limit for profiles. */
  readonly bio?: number
  /**
   * Most media items one post takes (all kinds together). Per instance on
   * Mastodon (`GET /api/v2/instance` → `configuration.statuses.max_media_attachments`):
   * override it with `limits: { mastodon: { media: 8 } }`.
   */
  readonly media?: number
}

/** The kinds of media a post carries (`media[].type`). */
export type MediaKind = 'image' | 'gif' | 'video'

/**
 * What one post of a platform takes as media, as its API states it. Each
 * platform's file holds its table, with sources; `mediaViolations`
 * (src/post/media-rules.ts) applies it for both `check()` and `toPayloads()`.
 */
export interface MediaRules {
  /** Fewest items a post must have (Instagram posts are media: 1). */
  readonly minimum: number
  /** Most items of each kind in one post (`Infinity`: only the total bounds it); the total is `PlatformLimits.media`. */
  readonly perKind: Readonly<Record<MediaKind, number>>
  /** Kinds that must be the only item of their post (X: a GIF or a video). */
  readonly alone: readonly MediaKind[]
  /** MIME types taken, by kind (`image/*`: any image); an empty list: that kind is not taken at all. */
  readonly formats: Readonly<Record<MediaKind, readonly string[]>>
  /** The platform fetches the file from its URL itself (Instagram, Threads): the URL must be absolute, public and `https`. */
  readonly fetchesUrl: boolean
  /** Alt-text limit by kind where it differs from `PlatformLimits.altText`; 0 where the platform takes no alt text for that kind. */
  readonly altText?: Readonly<Partial<Record<MediaKind, number>>>
  /** How alt text is counted: code points (default) or grapheme clusters (Bluesky's lexicon `maxGraphemes`). */
  readonly altTextUnit?: 'characters' | 'graphemes'
}

/** What the library knows of one platform. Each lives in its own file under `src/platforms/`. */
export interface Platform {
  readonly id: PlatformId
  readonly displayName: string
  readonly unit: CountUnit
  readonly limits: PlatformLimits
  /** Whether the platform's API takes a language tag with a post (Bluesky `langs`, Mastodon `language`). */
  readonly takesLanguageTag: boolean
  /** What a post takes as media (counts, combinations, formats, URLs, alt text). */
  readonly media: MediaRules
  /** Counts `text` the way the platform does. */
  measure(text: string, options?: MeasureOptions): Measurement
  /**
   * Plain-text form of a Markdown link on this platform. A function property, not a method: renderings are
   * shared between platforms that write links alike, keyed by this function, so it is passed around on its own.
   */
  readonly formatLink: (label: string, url: string) => string
}
