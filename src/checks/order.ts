import type { Diagnostic } from './diagnostic.js'

const severityOrder = { error: 0, warning: 1, info: 2 } as const
/** Diagnostics without a language first, then English, then French (the order of comparing the codes as strings). */
const languageOrder = { en: 1, fr: 2 } as const

/** Report order: errors, warnings, then infos; within each, no language, English, French; then by place in the source, no place first. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.lang === undefined ? 0 : languageOrder[a.lang]) - (b.lang === undefined ? 0 : languageOrder[b.lang]) ||
    (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1)
  )
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
