/**
 * Results are plain data: frozen objects of values, with no getter, so a
 * host can keep, compare, serialise or send them without surprises.
 */

/** Whether `value` is an array or an object made by `{}` / `Object.create(null)`: plain data to copy. */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * A copy of `value` in which every array and plain object is new and frozen
 * (other values are kept as they are). For data that may hold objects of the
 * host's, which freezing in place would change.
 *
 * @example
 * const data = frozenCopy({ pairs: ['@HealthCanada', '@SanteCanada'] }) // the host's array is left as it was
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !isPlainData(value)) return value
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) copy[key] = frozenCopy((value as Record<string, unknown>)[key])
  return Object.freeze(copy) as T
}

/**
 * Freezes `value` and every object it holds, in place: for results the
 * library has just made, which nothing else holds yet.
 *
 * @example
 * const report = freezeDeep({ ok: true, diagnostics: [] })
 */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key])
  }
  return value
}
