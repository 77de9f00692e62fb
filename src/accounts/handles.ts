import type { Diagnostic } from '../checks/diagnostic.js'
import type { Lang } from '../post/language.js'
import type { PlatformId } from '../platforms/types.js'
import { getPlatform } from '../platforms/registry.js'
import { atprotoHandleIssues } from './atproto-handle.js'
import { type AccountProblem, accountDiagnostic } from './diagnostics.js'
import { blueskyHostedDomain, blueskyHostedLabel, disallowedBlueskyTlds, type HandleRule, handleRules } from './handle-rules.js'
import { stripAccents } from './transliterate.js'

/** Options of {@link validateHandle}. */
export interface ValidateHandleOptions {
  /** Language of the account, copied onto each diagnostic (for paired accounts). */
  readonly lang?: Lang
}

type Problem = Omit<AccountProblem, 'field' | 'platform' | 'source' | 'lang'>

/** Splits a written handle into the part a platform checks and where that part starts: `@TBS_Canada` → `TBS_Canada` at 1. */
function withoutAt(handle: string): { name: string; offset: number } {
  return handle.startsWith('@') ? { name: handle.slice(1), offset: 1 } : { name: handle, offset: 0 }
}

/** What the handle would be with accents stripped and disallowed characters removed: a repair to offer. */
function cleaned(name: string, rule: HandleRule): string {
  const ascii = stripAccents(name)
  return [...ascii].filter((character) => rule.allowedCharacter.test(character)).join('')
}

function characterProblems(name: string, offset: number, rule: HandleRule): Problem[] {
  const bad: string[] = []
  let first = -1
  for (let i = 0; i < name.length;) {
    const character = String.fromCodePoint(name.codePointAt(i) ?? 0)
    if (!rule.allowedCharacter.test(character)) {
      if (first === -1) first = i
      if (!bad.includes(character)) bad.push(character)
    }
    i += character.length
  }
  if (first === -1) return []
  return [
    {
      ruleId: 'handle/invalid-characters',
      severity: 'error',
      data: { characters: bad.join(' '), allowed: rule.allowed, suggestion: cleaned(name, rule) },
      range: { start: offset + first, end: offset + first + (bad[0]?.length ?? 1) },
    },
  ]
}

function lengthProblems(name: string, offset: number, min: number, max: number, scope?: string): Problem[] {
  const length = [...name].length
  const extra = scope === undefined ? {} : { scope }
  const messageId = scope !== undefined ? 'hosted' : length === 0 ? 'empty' : 'message'
  if (length > max)
    return [
      {
        ruleId: 'handle/too-long',
        messageId: scope === undefined ? 'message' : 'hosted',
        severity: 'error',
        data: { length, limit: max, over: length - max, ...extra },
        range: { start: offset, end: offset + name.length },
      },
    ]
  if (length < min) return [{ ruleId: 'handle/too-short', messageId, severity: 'error', data: { length, minimum: min, ...extra }, range: { start: offset, end: offset + name.length } }]
  return []
}

function reservedProblems(name: string, offset: number, rule: HandleRule): Problem[] {
  const lower = name.toLowerCase()
  const exact = rule.reserved.exact.find((word) => lower === word)
  if (exact !== undefined) return [{ ruleId: 'handle/reserved-word', messageId: 'exact', severity: 'error', data: { word: exact }, range: { start: offset, end: offset + name.length } }]
  return rule.reserved.contains
    .filter((word) => lower.includes(word))
    .map((word) => {
      const at = lower.indexOf(word)
      return { ruleId: 'handle/reserved-word', severity: 'error', data: { word }, range: { start: offset + at, end: offset + at + word.length } }
    })
}

/** Instagram and Threads: a period may not start or end a username, nor follow another. */
function periodProblems(name: string, offset: number): Problem[] {
  const problems: Problem[] = []
  const syntax = (messageId: string, start: number, end: number): Problem => ({ ruleId: 'handle/syntax', messageId, severity: 'error', data: {}, range: { start: offset + start, end: offset + end } })
  if (name.startsWith('.')) problems.push(syntax('leading-period', 0, 1))
  if (name.length > 1 && name.endsWith('.')) problems.push(syntax('trailing-period', name.length - 1, name.length))
  const doubled = name.indexOf('..')
  if (doubled !== -1) problems.push(syntax('doubled-period', doubled, doubled + 2))
  return problems
}

function domainProblems(domain: string, offset: number): Problem[] {
  return atprotoHandleIssues(domain).map((issue): Problem => {
    const range = { start: offset + issue.start, end: offset + issue.end }
    if (issue.reason === 'invalid-characters')
      return {
        ruleId: 'handle/invalid-characters',
        severity: 'error',
        data: { ...issue.data, allowed: handleRules.bluesky.allowed, suggestion: cleaned(domain, handleRules.bluesky).toLowerCase() },
        range,
      }
    if (issue.reason === 'too-long') return { ruleId: 'handle/too-long', severity: 'error', data: { ...issue.data, over: domain.length - 253 }, range }
    return { ruleId: 'handle/syntax', messageId: issue.reason, severity: 'error', data: issue.data ?? {}, range }
  })
}

function blueskyProblems(name: string, offset: number): Problem[] {
  const problems = domainProblems(name, offset)
  if (problems.length > 0) return problems
  const lower = name.toLowerCase()
  const tld = lower.slice(lower.lastIndexOf('.') + 1)
  // atproto refuses these at registration, not in syntax: a warning, since the syntax is valid.
  if (disallowedBlueskyTlds.includes(tld)) {
    problems.push({
      ruleId: 'handle/reserved-word',
      messageId: 'tld',
      severity: 'warning',
      data: { word: `.${tld}` },
      range: { start: offset + name.length - tld.length - 1, end: offset + name.length },
    })
  }
  if (lower.endsWith(`.${blueskyHostedDomain}`)) {
    const label = name.slice(0, name.length - blueskyHostedDomain.length - 1)
    if (label.includes('.')) {
      problems.push({ ruleId: 'handle/syntax', messageId: 'hosted-sub-domain', severity: 'error', data: { domain: blueskyHostedDomain }, range: { start: offset, end: offset + label.length } })
    } else {
      problems.push(...lengthProblems(label, offset, blueskyHostedLabel.min, blueskyHostedLabel.max, blueskyHostedDomain))
    }
  }
  return problems
}

function fediverseProblems(name: string, offset: number, rule: HandleRule): Problem[] {
  const at = name.indexOf('@')
  const user = at === -1 ? name : name.slice(0, at)
  const problems = [...characterProblems(user, offset, rule), ...lengthProblems(user, offset, rule.minLength, rule.maxLength), ...reservedProblems(user, offset, rule)]
  if (at !== -1) problems.push(...domainProblems(name.slice(at + 1), offset + at + 1))
  return problems
}

function problemsOf(name: string, offset: number, rule: HandleRule): Problem[] {
  if (rule.form === 'domain') return blueskyProblems(name, offset)
  if (rule.form === 'fediverse') return fediverseProblems(name, offset, rule)
  const problems = [...characterProblems(name, offset, rule), ...lengthProblems(name, offset, rule.minLength, rule.maxLength), ...reservedProblems(name, offset, rule)]
  if (rule.periodsInsideOnly) problems.push(...periodProblems(name, offset))
  return problems
}

/**
 * Checks a username against a platform's rules (characters, length, reserved
 * words, syntax) and says what is wrong, in both languages. A leading `@` is
 * accepted; Mastodon takes `user` or `user@instance.domain`; Bluesky takes a
 * domain name in atproto handle syntax. An empty array means the handle is valid
 * (a `warning` flags something the platform may refuse at registration).
 *
 * @example
 * validateHandle('@SCT_Canada', 'x') // []
 * validateHandle('SecrétariatDuConseilDuTrésor', 'x').map((d) => d.ruleId)
 * // ['handle/invalid-characters', 'handle/too-long']
 * validateHandle('tbs_sct.bsky.social', 'bluesky')[0]?.message.fr
 * // 'Le nom d’utilisateur « tbs_sct.bsky.social » contient des caractères que Bluesky n’accepte pas : _ (caractères permis : a–z 0–9 - .).'
 */
export function validateHandle(handle: string, platformId: PlatformId, options: ValidateHandleOptions = {}): Diagnostic[] {
  getPlatform(platformId) // throws UnknownPlatformError for an unknown id
  const rule = handleRules[platformId]
  const { name, offset } = withoutAt(handle)
  return problemsOf(name, offset, rule).map((problem) =>
    accountDiagnostic({
      ...problem,
      field: 'handle',
      platform: platformId,
      source: handle,
      data: { handle, ...problem.data },
      ...(options.lang === undefined ? {} : { lang: options.lang }),
    }),
  )
}

/** True when {@link validateHandle} finds no error (warnings allowed). */
export function isValidHandle(handle: string, platformId: PlatformId): boolean {
  return validateHandle(handle, platformId).every((diagnostic) => diagnostic.severity !== 'error')
}
