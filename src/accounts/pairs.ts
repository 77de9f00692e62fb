import type { Diagnostic } from '../checks/diagnostic.js'
import type { Bilingual } from '../post/language.js'
import type { PlatformId } from '../platforms/types.js'
import { accountDiagnostic } from './diagnostics.js'
import { handleRules } from './handle-rules.js'
import { countryWordIndex, languageMarkerOf, namesCountry, shapeOf } from './handle-words.js'
import { validateHandle } from './handles.js'

/** A handle split into the name a reader compares and the domain it lives on (Bluesky, Mastodon). */
function nameAndDomain(handle: string, platformId: PlatformId): { name: string; domain: string } {
  const bare = handle.startsWith('@') ? handle.slice(1) : handle
  const form = handleRules[platformId].form
  if (form === 'domain') {
    const dot = bare.indexOf('.')
    return dot === -1 ? { name: bare, domain: '' } : { name: bare.slice(0, dot), domain: bare.slice(dot + 1).toLowerCase() }
  }
  if (form === 'fediverse') {
    const at = bare.indexOf('@')
    return at === -1 ? { name: bare, domain: '' } : { name: bare.slice(0, at), domain: bare.slice(at + 1).toLowerCase() }
  }
  return { name: bare, domain: '' }
}

/** Whether the separated part naming the country comes first (true), last (false), or there is none (undefined). */
function countryLeads(name: string): boolean | undefined {
  const parts = name.split(/[._-]+/).filter((part) => part !== '')
  if (parts.length < 2) return undefined
  const index = parts.findIndex((part) => countryWordIndex(shapeOf(part)) !== -1 && shapeOf(part).words.length === 1)
  return index === -1 ? undefined : index === 0
}

type PairReason = 'separator' | 'language-marker' | 'order' | 'domain' | 'swapped'

/** Why two handles that are each valid do not form a parallel pair, or undefined when they do. */
function notParallelReason(en: string, fr: string, platformId: PlatformId): { reason: PairReason; data: Record<string, unknown> } | undefined {
  const a = nameAndDomain(en, platformId)
  const b = nameAndDomain(fr, platformId)
  if (a.domain !== b.domain && a.domain !== '' && b.domain !== '') return { reason: 'domain', data: { enDomain: a.domain, frDomain: b.domain } }
  const enShape = shapeOf(a.name)
  const frShape = shapeOf(b.name)
  const enMarker = languageMarkerOf(enShape)
  const frMarker = languageMarkerOf(frShape)
  if (enMarker === 'fr' || frMarker === 'en') return { reason: 'swapped', data: {} }
  if ((enMarker === undefined) !== (frMarker === undefined)) return { reason: 'language-marker', data: {} }
  if (enShape.separators !== frShape.separators) return { reason: 'separator', data: { enSeparators: enShape.separators, frSeparators: frShape.separators } }
  // The country part leads in one handle and closes the other: Canada_TBS / SCT_Canada. Only separated
  // parts count: inside a CamelCase part, word order follows each language (CdnHeritage / PatrimoineCan).
  const enLeads = countryLeads(a.name)
  const frLeads = countryLeads(b.name)
  if (enLeads !== undefined && frLeads !== undefined && enLeads !== frLeads) return { reason: 'order', data: {} }
  return undefined
}

/**
 * Checks that paired English and French handles are valid on the platform and
 * parallel: two different accounts, both naming the country or neither, the
 * same separators, language markers on both or neither, parts in the same order.
 *
 * @example
 * checkHandlePair('TBS_Canada', 'SCT_Canada', 'x') // []
 * checkHandlePair('TBS_Canada', 'SCT_Tresor', 'x').map((d) => d.ruleId) // ['handle/pair-country-mismatch']
 * checkHandlePair('HealthCanada', 'HealthCanada', 'x')[0]?.severity // 'error'
 */
export function checkHandlePair(en: string, fr: string, platformId: PlatformId): Diagnostic[] {
  const diagnostics = [...validateHandle(en, platformId, { lang: 'en' }), ...validateHandle(fr, platformId, { lang: 'fr' })]
  const handles: Bilingual<string> = { en, fr }
  const bare = (handle: string) => (handle.startsWith('@') ? handle.slice(1) : handle).toLowerCase()
  if (bare(en) === bare(fr)) {
    diagnostics.push(accountDiagnostic({ ruleId: 'handle/pair-identical', severity: 'error', field: 'handle', platform: platformId, data: { ...handles } }))
    return diagnostics
  }
  const enName = nameAndDomain(en, platformId).name
  const frName = nameAndDomain(fr, platformId).name
  if (namesCountry(enName) !== namesCountry(frName)) {
    const [withCountry, withoutCountry] = namesCountry(enName) ? [en, fr] : [fr, en]
    diagnostics.push(accountDiagnostic({ ruleId: 'handle/pair-country-mismatch', severity: 'warning', field: 'handle', platform: platformId, data: { ...handles, withCountry, withoutCountry } }))
    return diagnostics
  }
  const problem = notParallelReason(en, fr, platformId)
  if (problem !== undefined) {
    diagnostics.push(
      accountDiagnostic({
        ruleId: 'handle/pair-not-parallel',
        messageId: problem.reason,
        severity: 'warning',
        field: 'handle',
        platform: platformId,
        data: { ...handles, reason: problem.reason, ...problem.data },
      }),
    )
  }
  return diagnostics
}
