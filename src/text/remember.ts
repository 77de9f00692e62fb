/**
 * `compute(text)` for the last `size` texts asked for, most recent first: the
 * same texts come back again and again (a check hands each rendered text to
 * several platforms and rules, with prefix measurements in between).
 */
export function recentByText<T>(compute: (text: string) => T, size: number): (text: string) => T {
  // `text` is replaced by the string asked for on a hit: an equal text read again is a different
  // string, and comparing two long equal strings costs their length, the identity check nothing.
  const recent: Array<{ text: string; readonly value: T }> = []
  return (text) => {
    let index = 0
    while (index < recent.length && (recent[index] as (typeof recent)[number]).text !== text) index++
    let entry = recent[index]
    if (entry === undefined) {
      entry = { text, value: compute(text) }
      if (recent.unshift(entry) > size) recent.pop()
    } else {
      entry.text = text
      if (index > 0) {
        // Moved to the front; the text asked for again at once (most lookups) stays where it is.
        recent.splice(index, 1)
        recent.unshift(entry)
      }
    }
    return entry.value
  }
}

/**
 * Wraps a pure function of a text that returns a list of entities so that the
 * last few texts' results are remembered ({@link recentByText}). The entities
 * are frozen (every caller shares them) and each caller gets its own list.
 */
export function rememberRecent<T extends object>(compute: (text: string) => T[], size = 4): (text: string) => T[] {
  const recall = recentByText((text) => compute(text).map(Object.freeze), size)
  return (text) => recall(text).slice() as T[]
}
