import type { Constraint, CountUnit, Measurement, MeasureOptions, Platform } from './types.js'

/** One constraint, with `withinLimit` worked out. */
export function constraint(name: string, unit: CountUnit, length: number, limit: number): Constraint {
  return Object.freeze({ name, unit, length, limit, withinLimit: length <= limit })
}

/**
 * A platform's measurement of a text `length` long: its main constraint, `text`, holds that length
 * against `options.limit` or else `defaultLimit`, in `unit` (by default the platform's unit and text
 * limit); `others` are the further limits checked.
 */
export function measurementOf(
  platform: Platform,
  options: MeasureOptions,
  length: number,
  others: readonly Constraint[] = [],
  unit: CountUnit = platform.unit,
  defaultLimit: number = platform.limits.text,
): Measurement {
  const main = constraint('text', unit, length, options.limit ?? defaultLimit)
  // Built in one loop rather than by a spread of a mapped copy: a check makes sixteen measurements.
  const constraints: Constraint[] = [main]
  let withinLimit = main.withinLimit
  for (const other of others) {
    const frozen = Object.isFrozen(other) ? other : Object.freeze({ ...other })
    constraints.push(frozen)
    if (!frozen.withinLimit) withinLimit = false
  }
  // Frozen: a measurement is a result the host keeps (and check shares one between rules).
  return Object.freeze({
    platform: platform.id,
    length,
    limit: main.limit,
    remaining: main.limit - length,
    withinLimit,
    unit,
    constraints: Object.freeze(constraints),
  })
}

/** The usual plain-text form of a Markdown link: the label, then the URL (just the URL when the label is the URL). */
export function labelThenUrl(label: string, url: string): string {
  return labelIsUrl(label, url) ? url : `${label} ${url}`
}

/** True when a link's label is empty or is its URL, written with or without the scheme. */
export function labelIsUrl(label: string, url: string): boolean {
  const bare = label.trim()
  return bare === '' || bare === url || `https://${bare}` === url || `http://${bare}` === url || `mailto:${bare}` === url
}
