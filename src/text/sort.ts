/** Longest list sorted by insertion; past it, insertion's quadratic cost outweighs Array#sort's fixed one. */
const insertionSortUpTo = 64

/**
 * Sorts `list` in place, stably, and returns it. A check sorts many short
 * lists (a text's links, entities and numbers, a report's diagnostics), and
 * Array#sort has a fixed cost per call and per comparison that an insertion
 * sort of a few dozen items does not; both are stable, so the order is the same.
 */
export function sortStably<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > insertionSortUpTo) return list.sort(compare)
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T
    let j = i - 1
    for (; j >= 0 && compare(list[j] as T, item) > 0; j--) list[j + 1] = list[j] as T
    list[j + 1] = item
  }
  return list
}

const byStart = (a: { readonly start: number }, b: { readonly start: number }) => a.start - b.start

/** Sorts ranges by start, stably and in place (see {@link sortStably}). */
export function sortByStart<T extends { readonly start: number }>(list: T[]): T[] {
  return sortStably(list, byStart)
}
