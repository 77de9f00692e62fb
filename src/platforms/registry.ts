import { bluesky } from './bluesky.js'
import { facebook } from './facebook.js'
import { instagram } from './instagram.js'
import { linkedin } from './linkedin.js'
import { mastodon } from './mastodon.js'
import { threads } from './threads.js'
import type { Measurement, MeasureOptions, Platform, PlatformId, PlatformLimits } from './types.js'
import { platformIds } from './types.js'
import { x } from './x.js'
import { youtube } from './youtube.js'

/** Every platform the library knows, by id. A new platform is one file plus a line here. */
export const platforms: Readonly<Record<PlatformId, Platform>> = Object.freeze({
  x,
  bluesky,
  mastodon,
  threads,
  linkedin,
  facebook,
  instagram,
  youtube,
})

/** Thrown when a platform id is not one the library knows. */
export class UnknownPlatformError extends Error {
  override readonly name = 'UnknownPlatformError'
  constructor(readonly platform: unknown) {
    super(`Unknown platform ${JSON.stringify(platform)}; expected one of: ${platformIds.join(', ')}.`)
  }
}

/** True when `value` is a platform id the library knows. */
export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (platformIds as readonly string[]).includes(value)
}

/** The platform with id `id`, or a typed error. */
export function getPlatform(id: PlatformId): Platform {
  if (!isPlatformId(id)) throw new UnknownPlatformError(id)
  return platforms[id]
}

/** Per-platform overrides: a Mastodon instance with 1,000 characters, a paid X account with 25,000. */
export type PlatformOverrides = Partial<Record<PlatformId, Partial<PlatformLimits> & Omit<MeasureOptions, 'limit' | 'field'>>>

/** The limits and measure options in force for a platform once a user's overrides apply. */
export interface PlatformSettings {
  readonly platform: Platform
  readonly limits: PlatformLimits
  readonly measureOptions: MeasureOptions
}

/**
 * Resolves a platform with a user's overrides, without forking the library.
 *
 * @example
 * const { limits } = platformSettings('mastodon', { mastodon: { text: 1000 } })
 */
export function platformSettings(id: PlatformId, overrides: PlatformOverrides = {}): PlatformSettings {
  const platform = getPlatform(id)
  const override = overrides[id]
  // No override (every platform of most checks): the platform's own limits, with no rest and spreads of an empty object.
  if (override === undefined) return { platform, limits: { ...platform.limits }, measureOptions: { limit: platform.limits.text } }
  const { charactersPerUrl, maxBytes, ...limitOverrides } = override
  const limits: PlatformLimits = { ...platform.limits, ...limitOverrides }
  const measureOptions: MeasureOptions = {
    limit: limits.text,
    ...(charactersPerUrl === undefined ? {} : { charactersPerUrl }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  }
  return { platform, limits, measureOptions }
}

/**
 * Measures `text` the way `platformId` counts it.
 *
 * @example
 * measure('Bonjour https://canada.ca/fr', 'x') // { platform: 'x', length: 31, limit: 280, … }
 */
export function measure(text: string, platformId: PlatformId, options?: MeasureOptions): Measurement {
  if (typeof text !== 'string') throw new TypeError(`measure() takes a string, got ${typeof text}.`)
  return getPlatform(platformId).measure(text, options)
}
