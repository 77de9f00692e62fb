import partisanData from '../data/conduct/partisan.json'
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
  const matches = findTerms(text, partisanMatcher(options), ranges).filter((match) => isPartisanUse(text, match))
  const allow = allowMatcher(options)
  if (allow === undefined) return matches
  const allowed = findTerms(text, allow, ranges)
  return matches.filter((match) => !allowed.some((range) => range.start <= match.start && match.end <= range.end))
}

/** Phrases that name a party only with their capitals: `the Liberals`, `le Bloc` (not `le bloc opératoire`). */
const capitalized = new Set(partisanData.capitalized)

/**
 * After `les conservateurs`, `de`/`du`/`des`/`d’` makes them museum curators (`les conservateurs du Musée`),
 * and `alimentaires`, `artificiels`… food preservatives (recall notices): not a party.
 */
const curators = /^\s+(?:(?:de|du|des|alimentaires|artificiels|chimiques|naturels|ajoutés)(?![\p{L}])|d['’])/iu

/** French plurals whose noun is a party only in lower case (`des libéraux`), never in a proper name (`rue des Libéraux`). */
const lowerNoun = new Set(['des libéraux', 'aux libéraux', 'aux conservateurs'])

/** Whether a match is the party sense rather than an ordinary word that spells the same. */
function isPartisanUse(text: string, match: PartisanMatch): boolean {
  if (match.term.kind !== 'party') return true
  const phrase = match.term.phrase
  if (capitalized.has(phrase)) {
    // Every capital of the listed phrase must be a capital as written, word by word.
    const written = match.text.split(/\s+/u)
    const listed = phrase.split(' ')
    if (written.length === listed.length && listed.some((word, i) => word[0] !== word[0]?.toLowerCase() && written[i]?.[0] !== written[i]?.[0]?.toUpperCase())) return false
  }
  // French writes party members in lower case: `rue des Libéraux` is a street, not the party.
  if (lowerNoun.has(phrase) && /\p{Lu}/u.test(match.text.split(/\s+/u).at(-1)?.[0] ?? '')) return false
  if ((phrase === 'les conservateurs' || phrase === 'aux conservateurs') && curators.test(text.slice(match.end))) return false
  return true
}
