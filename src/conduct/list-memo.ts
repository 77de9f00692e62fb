/** The lists a value is derived from: at least one. */
type Lists = readonly [readonly unknown[], ...(readonly unknown[])[]]

/** Values made from older contents of the same list object, kept at most. */
const maxKept = 4

/**
 * `derive(...lists)` for phrase lists a host passes (compiled terms, folded keys),
 * remembered per list object and made again when any entry has changed since: a
 * host may edit a list in place between two calls, so each use reads the lists
 * and compares them with the entries the value was made from (a few identity
 * checks, far cheaper than compiling again). Held in a WeakMap under the first
 * non-empty list, so it goes with the host's lists; it holds those lists'
 * entries, never a text being checked.
 */
export function derivedFromLists<L extends Lists, T>(derive: (...lists: L) => T): (...lists: L) => T {
  const made = new WeakMap<readonly unknown[], Array<{ readonly entries: readonly (readonly unknown[])[]; readonly value: T }>>()
  return (...lists) => {
    const owner = lists.find((list) => list.length > 0) ?? lists[0]
    let kept = made.get(owner)
    const known = kept?.find((entry) => entry.entries.every((entries, i) => sameEntries(lists[i] as readonly unknown[], entries)))
    if (known !== undefined) return known.value
    const value = derive(...lists)
    if (kept === undefined) made.set(owner, (kept = []))
    if (kept.unshift({ entries: lists.map((list) => [...list]), value }) > maxKept) kept.pop()
    return value
  }
}

/** True when `list` holds `entries`, the same values in the same order. */
export function sameEntries(list: readonly unknown[], entries: readonly unknown[]): boolean {
  if (list.length !== entries.length) return false
  for (let i = 0; i < list.length; i++) if (list[i] !== entries[i]) return false
  return true
}
