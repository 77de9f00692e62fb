import type { Diagnostic } from './diagnostic.js'

/** Errors, then warnings, then infos; within each, no language, then English, then French (the order of comparing the codes as strings). */
function rank(d: Diagnostic): number {
  return (d.severity === 'error' ? 0 : d.severity === 'warning' ? 3 : 6) + (d.lang === undefined ? 0 : d.lang === 'en' ? 1 : 2)
}

/** Report order: errors, warnings, then infos; within each, no language, English, French; then by place in the source, no place first. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return rank(a) - rank(b) || (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1)
}

/** Longest list sorted by insertion; past it, insertion's quadratic cost outweighs calling a comparator. */
const insertionSortUpTo = 64

/**
 * Sorts diagnostics in report order, stably. A report holds a few dozen, and
 * an insertion sort whose comparison is inlined costs less than Array#sort
 * calling a comparator for each pair; longer lists go to Array#sort. Both are
 * stable, so the order is the same.
 */
export function sortDiagnostics(list: Diagnostic[]): void {
  if (list.length > insertionSortUpTo) {
    list.sort(compareDiagnostics)
    return
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as Diagnostic
    let j = i - 1
    for (; j >= 0 && compareDiagnostics(list[j] as Diagnostic, item) > 0; j--) list[j + 1] = list[j] as Diagnostic
    list[j + 1] = item
  }
}
