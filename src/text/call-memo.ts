/**
 * Memory that lasts one call of the library (a `check`) and no longer: the
 * same texts are scanned again and again within a check (each platform's
 * count, each rule, each piece of an over-limit search), but nothing of a
 * text may outlive the call that was handed it. {@link duringOneCall} opens
 * the memory and drops it when the call returns or throws; outside such a
 * call, {@link rememberedInCall} functions compute every time.
 */

/** The memory of the call running, by remembered function; undefined between calls. */
let current: Map<object, Map<string, unknown>> | undefined

/**
 * Runs `work` with a memory for texts that is dropped when it returns (or throws).
 * A call inside another (a plugin's rule calling `check`) shares the outer memory,
 * which the outer call drops.
 *
 * @example
 * duringOneCall(() => extractUrls(text).length + extractUrls(text).length) // one scan
 */
export function duringOneCall<T>(work: () => T): T {
  if (current !== undefined) return work()
  current = new Map()
  try {
    return work()
  } finally {
    current = undefined
  }
}

/**
 * `compute`, remembering its result for each text during one call only (see
 * {@link duringOneCall}). Results are shared by every caller in the call: they
 * must be treated as read-only.
 */
export function rememberedInCall<T>(compute: (text: string) => T): (text: string) => T {
  const owner = {}
  return (text) => {
    if (current === undefined) return compute(text)
    let table = current.get(owner) as Map<string, T> | undefined
    if (table === undefined) current.set(owner, (table = new Map<string, T>()))
    const known = table.get(text)
    if (known !== undefined || table.has(text)) return known as T
    const value = compute(text)
    table.set(text, value)
    return value
  }
}
