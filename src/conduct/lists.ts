import partisanData from '../data/conduct/partisan.json'
import hashtagData from '../data/conduct/political-hashtags.json'
import { once } from '../text/once.js'
import { foldPlain } from './fold.js'
import { derivedFromLists } from './list-memo.js'
import type { ConductOptions } from './options.js'
import { type CompiledTerms, compileTerms, type Term } from './terms.js'

/** What a partisan phrase is. */
export type PartisanKind = 'party' | 'slogan' | 'callToVote'

/** The built-in partisan terms: party names (grouped by party), slogans, calls to vote. */
export const partisanTerms: readonly Term<PartisanKind>[] = [
  ...partisanData.parties.flatMap((party) => party.names.map((phrase) => ({ phrase, kind: 'party' as const, group: party.id }))),
  ...partisanData.slogans.map((phrase) => ({ phrase, kind: 'slogan' as const })),
  ...partisanData.callsToVote.map((phrase) => ({ phrase, kind: 'callToVote' as const })),
]

const builtInPartisan = once(() => compileTerms(partisanTerms))

/** Stands for a list not given. */
const noList: readonly string[] = []

/** Partisan terms with the user's additions, compiled again only when a list's entries change (see {@link derivedFromLists}). */
const compiledPartisan = derivedFromLists((parties: readonly string[], slogans: readonly string[], callsToVote: readonly string[]) =>
  compileTerms([
    ...partisanTerms,
    ...parties.map((phrase) => ({ phrase, kind: 'party' as const, group: 'custom' })),
    ...slogans.map((phrase) => ({ phrase, kind: 'slogan' as const })),
    ...callsToVote.map((phrase) => ({ phrase, kind: 'callToVote' as const })),
  ]),
)

/** Partisan terms with the user's additions, compiled once per content of the lists. */
export function partisanMatcher(options: ConductOptions): CompiledTerms<PartisanKind> {
  const { parties = noList, slogans = noList, callsToVote = noList } = options
  if (parties === noList && slogans === noList && callsToVote === noList) return builtInPartisan()
  return compiledPartisan(parties, slogans, callsToVote)
}

/** The `allow` list's phrases compiled (null: no phrase in it), again whenever its entries change. */
const compiledAllow = derivedFromLists((list: readonly string[]) => {
  const allow = list.filter((phrase) => !phrase.startsWith('#'))
  return allow.length === 0 ? null : compileTerms(allow.map((phrase) => ({ phrase, kind: 'allow' as const })))
})

/** Allowed phrases, compiled once per content of the list (the check asks for every post): a match inside one of them is not reported. */
export function allowMatcher(options: ConductOptions): CompiledTerms<'allow'> | undefined {
  const list = options.allow
  return list === undefined ? undefined : (compiledAllow(list) ?? undefined)
}

/** A hashtag's comparable form: no `#`, lower case, no accents. */
export function hashtagKey(tag: string): string {
  return foldPlain(tag.replace(/^[#＃]/, ''))
}

const builtInTags = once(() => new Set(hashtagData.tags.map(hashtagKey)))
const builtInPatterns = once(() => hashtagData.patterns.map((pattern) => new RegExp(`^(?:${pattern})$`, 'u')))

/** Each `allow` or `politicalHashtags` list's hashtag keys, folded once per content of the list (the rule asks for every hashtag of every post). */
const keysOf = derivedFromLists((list: readonly string[]): ReadonlySet<string> => new Set(list.map(hashtagKey)))

/** True when a hashtag belongs to political debate (`#cdnpoli`, `#elxn45`, `#VoteLiberal`), given the user's additions and exceptions. */
export function isPoliticalHashtag(tag: string, options: ConductOptions = {}): boolean {
  const key = hashtagKey(tag)
  if (options.allow !== undefined && keysOf(options.allow).has(key)) return false
  if (builtInTags().has(key) || builtInPatterns().some((pattern) => pattern.test(key))) return true
  return options.politicalHashtags !== undefined && keysOf(options.politicalHashtags).has(key)
}
