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

/**
 * {@link compareDiagnostics} as one number (rank, then place; an offset is below 2³², so both fit a double
 * exactly): each diagnostic's key is read once, not at each of a sort's comparisons.
 */
function keyOf(d: Diagnostic): number {
  return rank(d) * 2 ** 32 + (d.position?.start.offset ?? -1) + 1
}

/** Sorts diagnostics in report order, stably (insertion for a report's few dozen: see {@link sortStably}). */
export function sortDiagnostics(list: Diagnostic[]): void {
  const keyed = list.map((d) => ({ key: keyOf(d), d }))
  sortStably(keyed, (a, b) => a.key - b.key)
  for (let i = 0; i < list.length; i++) list[i] = (keyed[i] as { d: Diagnostic }).d
}
