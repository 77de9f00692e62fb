import { sortStably } from '../text/sort.js'
import type { Diagnostic } from './diagnostic.js'

/** Errors, then warnings, then infos; within each, no language, then English, then French (the order of comparing the codes as strings). */
function rank(d: Diagnostic): number {
  return (d.severity === 'error' ? 0 : d.severity === 'warning' ? 3 : 6) + (d.lang === undefined ? 0 : d.lang === 'en' ? 1 : 2)
}

/** Report order: errors, warnings, then infos; within each, no language, English, French; then by place in the source, no place first. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return rank(a) - rank(b) || (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1)
}

/** Sorts diagnostics in report order, stably (insertion for a report's few dozen: see {@link sortStably}). */
export function sortDiagnostics(list: Diagnostic[]): void {
  sortStably(list, compareDiagnostics)
}
