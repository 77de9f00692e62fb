/**
 * `bilingual-posts/measure`: counting only, with no zod, i18next or remark,
 * for tools that just need to know whether a text fits.
 *
 * @example
 * import { measure } from 'bilingual-posts/measure'
 * measure('Les cliniques ouvrent lundi.', 'x').withinLimit // true
 */
export { measure, platforms, getPlatform, isPlatformId, platformSettings, UnknownPlatformError } from './platforms/registry.js'
export type { PlatformOverrides, PlatformSettings } from './platforms/registry.js'
export { platformIds } from './platforms/types.js'
export type { Constraint, CountUnit, MediaKind, MediaRules, Measurement, MeasureOptions, Platform, PlatformId, PlatformLimits } from './platforms/types.js'
export { graphemeLength, utf8Length } from './text/unicode.js'
