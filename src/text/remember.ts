/**
 * Wraps a pure function of a text that returns a list of entities so that the
 * last few texts' results are remembered, most recent first. A check hands
 * the same rendered texts to several platforms and rules, with prefix
 * measurements in between, and each used to scan them again. The entities
 * are frozen (every caller shares them) and each caller gets its own list.
 */
export function rememberRecent<T extends object>(compute: (text: string) => T[], size = 4): (text: string) => T[] {
  // `text` is replaced by the string asked for on a hit: an equal text read again is a different
  // string, and comparing two long equal strings costs their length, the identity check nothing.
  const recent: Array<{ text: string; readonly found: readonly T[] }> = []
  return (text) => {
    let index = 0
    while (index < recent.length && (recent[index] as (typeof recent)[number]).text !== text) index++
    let entry = recent[index]
    if (entry === undefined) {
      entry = { text, found: compute(text).map((item) => Object.freeze(item)) }
      if (recent.length >= size) recent.pop()
      recent.unshift(entry)
    } else {
      entry.text = text
      if (index > 0) {
        // Moved to the front; the text asked for again at once (most lookups) stays where it is.
        recent.splice(index, 1)
        recent.unshift(entry)
      }
    }
    return entry.found.slice()
  }
}
