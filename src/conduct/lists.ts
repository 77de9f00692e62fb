import partisanData from '../data/conduct/partisan.json'
import hashtagData from '../data/conduct/political-hashtags.json'
import { once } from '../text/once.js'
import { foldPlain } from './fold.js'
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

/** Stands for a list not given, so the three lists can key nested WeakMaps. */
const noList: readonly string[] = []
/**
 * Keyed by the three lists themselves (parties, then slogans, then calls to vote), not by the
 * options object: a list put in place of another on the same object is compiled afresh.
 */
const compiledPartisan = new WeakMap<readonly string[], WeakMap<readonly string[], WeakMap<readonly string[], CompiledTerms<PartisanKind>>>>()

/** Partisan terms with the user's additions, compiled once per set of lists. */
export function partisanMatcher(options: ConductOptions): CompiledTerms<PartisanKind> {
  const { parties = noList, slogans = noList, callsToVote = noList } = options
  if (parties === noList && slogans === noList && callsToVote === noList) return builtInPartisan()
  let bySlogans = compiledPartisan.get(parties)
  if (bySlogans === undefined) compiledPartisan.set(parties, (bySlogans = new WeakMap()))
  let byCalls = bySlogans.get(slogans)
  if (byCalls === undefined) bySlogans.set(slogans, (byCalls = new WeakMap()))
  let compiled = byCalls.get(callsToVote)
  if (compiled === undefined) {
    compiled = compileTerms([
      ...partisanTerms,
      ...parties.map((phrase) => ({ phrase, kind: 'party' as const, group: 'custom' })),
      ...slogans.map((phrase) => ({ phrase, kind: 'slogan' as const })),
      ...callsToVote.map((phrase) => ({ phrase, kind: 'callToVote' as const })),
    ])
    byCalls.set(callsToVote, compiled)
  }
  return compiled
}

/** Keyed by the `allow` list itself, so a list given in its place (same options object or not) is compiled afresh; null: no phrase in it. */
const compiledAllow = new WeakMap<readonly string[], CompiledTerms<'allow'> | null>()

/** Allowed phrases, compiled once per list (the check asks for every post): a match inside one of them is not reported. */
export function allowMatcher(options: ConductOptions): CompiledTerms<'allow'> | undefined {
  const list = options.allow
  if (list === undefined) return undefined
  let compiled = compiledAllow.get(list)
  if (compiled === undefined) {
    const allow = list.filter((phrase) => !phrase.startsWith('#'))
    compiled = allow.length === 0 ? null : compileTerms(allow.map((phrase) => ({ phrase, kind: 'allow' as const })))
    compiledAllow.set(list, compiled)
  }
  return compiled ?? undefined
}

/** A hashtag's comparable form: no `#`, lower case, no accents. */
export function hashtagKey(tag: string): string {
  return foldPlain(tag.replace(/^[#＃]/, ''))
}

const builtInTags = once(() => new Set(hashtagData.tags.map(hashtagKey)))
const builtInPatterns = once(() => hashtagData.patterns.map((pattern) => new RegExp(`^(?:${pattern})$`, 'u')))

/** Each `allow` or `politicalHashtags` list's hashtag keys, folded once per list (the rule asks for every hashtag of every post). */
const keysByList = new WeakMap<readonly string[], ReadonlySet<string>>()

function keysOf(list: readonly string[]): ReadonlySet<string> {
  let keys = keysByList.get(list)
  if (keys === undefined) keysByList.set(list, (keys = new Set(list.map(hashtagKey))))
  return keys
}

/** True when a hashtag belongs to political debate (`#cdnpoli`, `#elxn45`, `#VoteLiberal`), given the user's additions and exceptions. */
export function isPoliticalHashtag(tag: string, options: ConductOptions = {}): boolean {
  const key = hashtagKey(tag)
  if (options.allow !== undefined && keysOf(options.allow).has(key)) return false
  if (builtInTags().has(key) || builtInPatterns().some((pattern) => pattern.test(key))) return true
  return options.politicalHashtags !== undefined && keysOf(options.politicalHashtags).has(key)
}
