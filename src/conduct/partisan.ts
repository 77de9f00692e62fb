import { allowMatcher, type PartisanKind, partisanMatcher } from './lists.js'
import type { ConductOptions } from './options.js'
import { findTerms, type TermMatch } from './terms.js'

/** A partisan phrase found in a text. */
export type PartisanMatch = TermMatch<PartisanKind>

/**
 * Party names, partisan slogans and calls to vote in `text`, within `ranges`
 * (prose only), in either language, ignoring case and accents, whole words.
 * Ordinary uses of "party" or "parti" (`a third party`, `une partie de`) are not
 * party names: only full names are listed.
 *
 * @example
 * findPartisan('Votez pour le Parti vert!').map((m) => [m.text, m.term.kind])
 * // [['Votez pour', 'callToVote'], ['Parti vert', 'party']]
 */
export function findPartisan(text: string, options: ConductOptions = {}, ranges?: readonly { start: number; end: number }[]): PartisanMatch[] {
  const matches = findTerms(text, partisanMatcher(options), ranges)
  const allow = allowMatcher(options)
  if (allow === undefined) return matches
  const allowed = findTerms(text, allow, ranges)
  return matches.filter((match) => !allowed.some((range) => range.start <= match.start && match.end <= range.end))
}
