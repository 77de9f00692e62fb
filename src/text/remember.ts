/**
 * Wraps a pure function of a text that returns a list of entities so that the
 * last few texts' results are remembered, most recent first. A check hands
 * the same rendered texts to several platforms and rules, with prefix
 * measurements in between, and each used to scan them again. The entities
 * are frozen (every caller shares them) and each caller gets its own list.
 */
export function rememberRecent<T extends object>(compute: (text: string) => T[], size = 4): (text: string) => T[] {
  const recent: Array<{ readonly text: string; readonly found: readonly T[] }> = []
  return (text) => {
    let entry = recent.find((candidate) => candidate.text === text)
    if (entry === undefined) {
      entry = { text, found: compute(text).map((item) => Object.freeze(item)) }
      if (recent.length >= size) recent.pop()
    } else recent.splice(recent.indexOf(entry), 1)
    recent.unshift(entry)
    return entry.found.slice()
  }
}
