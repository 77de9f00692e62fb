/** Longest list sorted by insertion; past it, insertion's quadratic cost outweighs Array#sort's fixed one. */
const insertionSortUpTo = 32

/**
 * Sorts ranges by start, stably and in place, and returns the list. A check
 * sorts many short lists (a text's links, entities, numbers), and Array#sort
 * calling a comparator has a fixed cost that an insertion sort of a handful
 * of items does not; both are stable, so the order is the same.
 */
export function sortByStart<T extends { readonly start: number }>(list: T[]): T[] {
  if (list.length > insertionSortUpTo) return list.sort((a, b) => a.start - b.start)
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T
    let j = i - 1
    for (; j >= 0 && (list[j] as T).start > item.start; j--) list[j + 1] = list[j] as T
    list[j + 1] = item
  }
  return list
}
