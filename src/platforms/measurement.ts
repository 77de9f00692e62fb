import type { Constraint, CountUnit, Measurement, PlatformId } from './types.js'

/** One constraint, with `withinLimit` worked out. */
export function constraint(name: string, unit: CountUnit, length: number, limit: number): Constraint {
  return { name, unit, length, limit, withinLimit: length <= limit }
}

/** A measurement whose main figures come from the first constraint. */
export function measurementOf(platform: PlatformId, constraints: readonly [Constraint, ...Constraint[]]): Measurement {
  const main = constraints[0]
  return {
    platform,
    length: main.length,
    limit: main.limit,
    remaining: main.limit - main.length,
    withinLimit: constraints.every((c) => c.withinLimit),
    unit: main.unit,
    constraints,
  }
}

/** The usual plain-text form of a Markdown link: the label, then the URL (just the URL when the label is the URL). */
export function labelThenUrl(label: string, url: string): string {
  const bare = label.trim()
  if (bare === '' || bare === url || `https://${bare}` === url || `http://${bare}` === url || `mailto:${bare}` === url) {
    return url
  }
  return `${label} ${url}`
}
