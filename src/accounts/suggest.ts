import type { Bilingual } from '../post/language.js'
import { getPlatform } from '../platforms/registry.js'
import type { PlatformId } from '../platforms/types.js'
import { type HandleRule, handleRules } from './handle-rules.js'
import { namesCountry } from './handle-words.js'
import { isValidHandle } from './handles.js'
import { stripAccents, titleWords } from './transliterate.js'

/** A department's applied title and acronym in one language, as the Federal Identity Program gives them. */
export interface OfficialName {
  /** Applied title, e.g. `Treasury Board of Canada Secretariat`. */
  readonly title: string
  /** Official acronym, e.g. `TBS`; omit when the institution has none. */
  readonly acronym?: string
}

/** Options of {@link suggestHandles}. */
export interface SuggestHandlesOptions {
  /** Bluesky: the domain handles live under (default `bsky.social`; a department would use its own, e.g. `canada.ca`). */
  readonly domain?: string
}

interface SuggestionBase {
  /** 1 is the best candidate. */
  readonly rank: number
  readonly platform: PlatformId
  /** Built from the official acronym or from the applied title. */
  readonly basis: 'acronym' | 'title'
}

/** Parallel English and French accounts, e.g. `TBS_Canada` / `SCT_Canada`. */
export interface PairedHandleSuggestion extends SuggestionBase {
  readonly consideration: 'paired'
  readonly handles: Bilingual<string>
}

/** One account for both languages, e.g. `TBS_SCT`. */
export interface BilingualHandleSuggestion extends SuggestionBase {
  readonly consideration: 'bilingual'
  readonly handle: string
}

/** A candidate handle, and which official-languages arrangement it serves. */
export type HandleSuggestion = PairedHandleSuggestion | BilingualHandleSuggestion

/** A handle as groups of words: the groups are joined by the platform's separator, the words of a group in CamelCase. */
type Parts = readonly (readonly string[])[]

type Candidate =
  | { readonly consideration: 'paired'; readonly basis: 'acronym' | 'title'; readonly en: Parts; readonly fr: Parts }
  | { readonly consideration: 'bilingual'; readonly basis: 'acronym' | 'title'; readonly parts: Parts }

function acronymOf(name: OfficialName): string | undefined {
  const acronym = name.acronym === undefined ? '' : stripAccents(name.acronym).replace(/[^A-Za-z0-9]/g, '')
  return acronym === '' ? undefined : acronym
}

/** `TBS` → `[['TBS'], ['Canada']]`; `StatCan` already names the country and stays as it is. */
function withCountry(group: readonly string[], suffix: string): Parts {
  return namesCountry(group.join('')) ? [group] : [group, [suffix]]
}

/**
 * Candidates in order of preference. Paired accounts come first (the usual
 * Government of Canada arrangement); a short title (`HealthCanada`) beats an
 * acronym few readers know (`HC`), a long one does not.
 */
function candidates(names: Bilingual<OfficialName>): Candidate[] {
  const acronym = { en: acronymOf(names.en), fr: acronymOf(names.fr) }
  const title = { en: titleWords(names.en.title), fr: titleWords(names.fr.title) }
  const titlesDiffer = title.en.join('').toLowerCase() !== title.fr.join('').toLowerCase()
  const shortTitle = titlesDiffer && title.en.length <= 2 && title.fr.length <= 2
  const list: Candidate[] = []
  const pairedTitle: Candidate = { consideration: 'paired', basis: 'title', en: [title.en], fr: [title.fr] }
  if (shortTitle) list.push(pairedTitle)
  const { en, fr } = acronym
  if (en !== undefined && fr !== undefined && en.toLowerCase() !== fr.toLowerCase()) {
    list.push({ consideration: 'paired', basis: 'acronym', en: withCountry([en], 'Canada'), fr: withCountry([fr], 'Canada') })
    list.push({ consideration: 'bilingual', basis: 'acronym', parts: [[en], [fr]] })
    list.push({ consideration: 'paired', basis: 'acronym', en: [[en], ['GC']], fr: [[fr], ['GC']] })
    list.push({ consideration: 'bilingual', basis: 'acronym', parts: namesCountry(en + fr) ? [[en], [fr]] : [[en], [fr], ['Canada']] })
    list.push({ consideration: 'paired', basis: 'acronym', en: [[en]], fr: [[fr]] })
  } else {
    const shared = en ?? fr
    if (shared !== undefined) {
      list.push({ consideration: 'paired', basis: 'acronym', en: [[shared], ['EN']], fr: [[shared], ['FR']] })
      list.push({ consideration: 'bilingual', basis: 'acronym', parts: [[shared]] })
      list.push({ consideration: 'bilingual', basis: 'acronym', parts: withCountry([shared], 'Canada') })
      list.push({ consideration: 'bilingual', basis: 'acronym', parts: [[shared], ['GC']] })
    }
  }
  if (titlesDiffer && !shortTitle) list.push(pairedTitle)
  if (titlesDiffer) list.push({ consideration: 'bilingual', basis: 'title', parts: [title.en, title.fr] })
  else list.push({ consideration: 'bilingual', basis: 'title', parts: [title.en] })
  return list
}

function camel(words: readonly string[]): string {
  return words.map((word) => (word === word.toUpperCase() ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')
}

/** Writes a candidate the way the platform spells handles. */
function render(parts: Parts, rule: HandleRule, domain: string): string {
  if (rule.form === 'domain')
    return `${parts
      .map((group) => group.join('-'))
      .join('-')
      .toLowerCase()}.${domain}`
  const inGroup = rule.lowerCase && rule.separator === '-' ? '-' : ''
  const handle = parts.map((group) => (inGroup === '' ? camel(group) : group.join(inGroup))).join(rule.separator)
  return rule.lowerCase ? handle.toLowerCase() : handle
}

/**
 * Proposes handles for a department on a platform, built from its official
 * title or acronym in both languages: paired accounts (`TBS_Canada` /
 * `SCT_Canada`) and single bilingual accounts (`TBS_SCT`). Accents are
 * transliterated (`Trésor` → `Tresor`); every candidate passes
 * {@link validateHandle} on the platform, within its length limit. Ranked,
 * best first. Whether a handle is still free is for the platform to say.
 *
 * @example
 * suggestHandles(
 *   { en: { title: 'Treasury Board of Canada Secretariat', acronym: 'TBS' },
 *     fr: { title: 'Secrétariat du Conseil du Trésor du Canada', acronym: 'SCT' } },
 *   'x',
 * )[0]
 * // { rank: 1, platform: 'x', consideration: 'paired', basis: 'acronym', handles: { en: 'TBS_Canada', fr: 'SCT_Canada' } }
 */
export function suggestHandles(names: Bilingual<OfficialName>, platformId: PlatformId, options: SuggestHandlesOptions = {}): HandleSuggestion[] {
  getPlatform(platformId)
  const rule = handleRules[platformId]
  const domain = options.domain ?? 'bsky.social'
  const seen = new Set<string>()
  const fresh = (handle: string) => !seen.has(handle.toLowerCase()) && isValidHandle(handle, platformId)
  const suggestions: HandleSuggestion[] = []
  for (const candidate of candidates(names)) {
    const rank = suggestions.length + 1
    if (candidate.consideration === 'paired') {
      const en = render(candidate.en, rule, domain)
      const fr = render(candidate.fr, rule, domain)
      if (en.toLowerCase() === fr.toLowerCase() || !fresh(en) || !fresh(fr)) continue
      seen.add(en.toLowerCase()).add(fr.toLowerCase())
      suggestions.push({ rank, platform: platformId, consideration: 'paired', basis: candidate.basis, handles: { en, fr } })
    } else {
      const handle = render(candidate.parts, rule, domain)
      if (!fresh(handle)) continue
      seen.add(handle.toLowerCase())
      suggestions.push({ rank, platform: platformId, consideration: 'bilingual', basis: candidate.basis, handle })
    }
  }
  return suggestions
}
