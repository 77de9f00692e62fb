import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkHandlePair, isValidAtprotoHandle, validateHandle } from '../src/accounts/index.js'

const conformance = new URL('../../shared/conformance/atproto/', import.meta.url)
const haveConformance = existsSync(new URL('handle_syntax_valid.txt', conformance))
if (!haveConformance) console.warn(`atproto conformance files not found at ${conformance.pathname}; skipping the handle syntax suite`)

function lines(file: string): string[] {
  return readFileSync(new URL(file, conformance), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
}

const errors = (handle: string, platform: Parameters<typeof validateHandle>[1]) => validateHandle(handle, platform).filter((d) => d.severity === 'error')

;(haveConformance ? describe : describe.skip)('Bluesky handles: atproto interop tests', () => {
  it.each(haveConformance ? lines('handle_syntax_valid.txt') : [])('accepts %j', (handle) => {
    expect(isValidAtprotoHandle(handle)).toBe(true)
    expect(errors(handle, 'bluesky')).toEqual([])
  })
  it.each(haveConformance ? lines('handle_syntax_invalid.txt') : [])('rejects %j', (handle) => {
    expect(isValidAtprotoHandle(handle)).toBe(false)
    expect(errors(handle, 'bluesky').length).toBeGreaterThan(0)
  })
})

describe('validateHandle', () => {
  it('accepts valid handles, with or without @', () => {
    expect(validateHandle('@SCT_Canada', 'x')).toEqual([])
    expect(validateHandle('sante.canada', 'instagram')).toEqual([])
    expect(validateHandle('tbs-sct.bsky.social', 'bluesky')).toEqual([])
    expect(validateHandle('@SanteCanada@social.gc.ca', 'mastodon')).toEqual([])
    expect(validateHandle('statcan-canada', 'linkedin')).toEqual([])
  })

  it('reports accented letters with a transliterated suggestion, place and both messages', () => {
    const [diagnostic] = validateHandle('@SantéCanada', 'x')
    expect(diagnostic).toMatchObject({
      ruleId: 'handle/invalid-characters',
      severity: 'error',
      field: 'handle',
      platform: 'x',
      data: { handle: '@SantéCanada', characters: 'é', suggestion: 'SanteCanada' },
      position: { start: { offset: 5, column: 6 }, end: { offset: 6 } },
      messageKey: 'accounts:handle/invalid-characters.message',
    })
    expect(diagnostic?.message.en).toBe('The handle “@SantéCanada” has characters X does not accept: é (allowed: A–Z a–z 0–9 _).')
    expect(diagnostic?.message.fr).toBe('Le nom d’utilisateur «\u00a0@SantéCanada\u00a0» contient des caractères que X n’accepte pas\u00a0: é (caractères permis\u00a0: A–Z a–z 0–9 _).')
  })

  it('counts length per platform', () => {
    const [long] = validateHandle('TreasuryBoardSecretariat', 'x')
    expect(long).toMatchObject({ ruleId: 'handle/too-long', data: { length: 24, limit: 15, over: 9 } })
    expect(validateHandle('TreasuryBoardSecretariat', 'instagram')).toEqual([])
    expect(validateHandle('HC', 'x')[0]).toMatchObject({ ruleId: 'handle/too-short', data: { minimum: 4 } })
    expect(validateHandle('HCSC', 'facebook')[0]).toMatchObject({ ruleId: 'handle/too-short', data: { minimum: 5 } })
    expect(validateHandle('ab.bsky.social', 'bluesky')[0]).toMatchObject({ ruleId: 'handle/too-short', data: { minimum: 3, scope: 'bsky.social' } })
    expect(validateHandle('treasury-board-secretariat.bsky.social', 'bluesky')[0]).toMatchObject({ ruleId: 'handle/too-long', data: { limit: 18 } })
  })

  it('refuses reserved words', () => {
    expect(validateHandle('TBSAdmin', 'x').map((d) => [d.ruleId, d.data.word])).toEqual([['handle/reserved-word', 'admin']])
    expect(validateHandle('GC_Twitter', 'x')[0]?.ruleId).toBe('handle/reserved-word')
    expect(validateHandle('admin', 'mastodon')[0]?.message.fr).toBe('«\u00a0admin\u00a0» est réservé sur Mastodon; choisissez un autre nom d’utilisateur.')
    // Reserved at registration, valid in syntax: a warning.
    expect(validateHandle('tbs.local', 'bluesky').map((d) => [d.ruleId, d.severity])).toEqual([['handle/reserved-word', 'warning']])
  })

  it('applies Instagram period rules and domain syntax', () => {
    expect(validateHandle('.sante', 'instagram')[0]).toMatchObject({ ruleId: 'handle/syntax', messageKey: 'accounts:handle/syntax.leading-period' })
    expect(validateHandle('sante..canada', 'threads')[0]?.messageKey).toBe('accounts:handle/syntax.doubled-period')
    expect(validateHandle('tbs_sct.bsky.social', 'bluesky')[0]?.ruleId).toBe('handle/invalid-characters')
    expect(validateHandle('tbs-sct', 'bluesky')[0]?.messageKey).toBe('accounts:handle/syntax.single-label')
    expect(validateHandle('SanteCanada@social..gc.ca', 'mastodon')[0]?.messageKey).toBe('accounts:handle/syntax.empty-label')
  })
})

describe('checkHandlePair', () => {
  it('accepts parallel pairs', () => {
    expect(checkHandlePair('TBS_Canada', 'SCT_Canada', 'x')).toEqual([])
    expect(checkHandlePair('HealthCanada', 'SanteCanada', 'x')).toEqual([])
    expect(checkHandlePair('StatCan_eng', 'StatCan_fra', 'x')).toEqual([])
    expect(checkHandlePair('CdnHeritage', 'PatrimoineCan', 'x')).toEqual([])
    expect(checkHandlePair('tbs.canada.ca', 'sct.canada.ca', 'bluesky')).toEqual([])
  })

  it('flags the same handle twice as an error', () => {
    const [diagnostic] = checkHandlePair('@HealthCanada', 'healthcanada', 'x')
    expect(diagnostic).toMatchObject({ ruleId: 'handle/pair-identical', severity: 'error', data: { en: '@HealthCanada', fr: 'healthcanada' } })
    expect(diagnostic?.message.fr).toContain('le même nom d’utilisateur')
  })

  it('flags one handle with Canada and the other without', () => {
    const [diagnostic] = checkHandlePair('TBS_Canada', 'SCT_Tresor', 'x')
    expect(diagnostic).toMatchObject({ ruleId: 'handle/pair-country-mismatch', severity: 'warning', data: { withCountry: 'TBS_Canada', withoutCountry: 'SCT_Tresor' } })
    expect(diagnostic?.message.en).toContain('“TBS_Canada” names the country and “SCT_Tresor” does not')
    expect(checkHandlePair('HealthCanada', 'Sante', 'x')[0]?.ruleId).toBe('handle/pair-country-mismatch')
  })

  it('flags different shapes, markers, order and domains', () => {
    const reason = (en: string, fr: string, platform: Parameters<typeof checkHandlePair>[2] = 'x') => checkHandlePair(en, fr, platform).map((d) => d.data.reason ?? d.ruleId)
    expect(reason('TBS_Canada', 'SCTCanada')).toEqual(['separator'])
    expect(reason('CitImmCanada', 'CitImmCanFR')).toEqual(['language-marker'])
    expect(reason('IRCC_FR', 'IRCC_EN')).toEqual(['swapped'])
    expect(reason('Canada_TBS', 'SCT_Canada')).toEqual(['order'])
    expect(reason('tbs.canada.ca', 'sct.bsky.social', 'bluesky')).toEqual(['domain'])
  })

  it('includes each handle’s own problems, with its language', () => {
    const diagnostics = checkHandlePair('TBS_Canada', 'Secrétariat_Canada', 'x')
    expect(diagnostics.map((d) => [d.ruleId, d.lang])).toEqual([
      ['handle/invalid-characters', 'fr'],
      ['handle/too-long', 'fr'],
    ])
  })
})
