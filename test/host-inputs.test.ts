// Nothing the host passes or sees is changed (issue 16): options objects stay as given (deep-frozen options
// work, and unfrozen ones are equal afterwards), the exported message resources stay as published whatever is
// added to the i18next instance, and a conduct list edited in place is seen by the next call.
import { describe, expect, it } from 'vitest'
import { check, type CheckOptions, definePost, getI18n, measure, platformIds, resources, screenComment, toPayloads } from '../src/index.js'

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

const recall = definePost({
  id: 'recall-spinach',
  en: 'Food recall: certain frozen spinach sold in Ontario and Quebec may contain Listeria. Do not eat it. Details: https://recalls-rappels.canada.ca/en/alert-recall/frozen-spinach #Recall @HealthCanada',
  fr: 'Rappel d’aliments\u00a0: certains épinards surgelés vendus en Ontario et au Québec pourraient contenir Listeria. Ne les consommez pas, même si vous en avez déjà mangé sans être malade. Détails\u00a0: https://recalls-rappels.canada.ca/fr/avis-rappel/epinards-surgeles #Rappel @SanteCanada',
  platforms: ['x', 'bluesky', 'mastodon', 'linkedin', 'facebook'],
  media: [{ url: 'media/recall-spinach.jpg', type: 'image', alt: { en: 'Bag of frozen spinach, front label', fr: 'Sac d’épinards surgelés, étiquette avant' } }],
})

const checkOptions = (): CheckOptions => ({
  platforms: ['x', 'bluesky', 'mastodon', 'linkedin', 'facebook'],
  rules: { 'typography/fr-quotes': 'warn', 'length/near-limit': 'warn' },
  limits: { mastodon: { text: 1000 }, x: { text: 280 } },
  pairs: { '@HealthCanada': '@SanteCanada', '#Recall': '#Rappel' },
  frenchPunctuation: 'canada',
  maxEmoji: 2,
  conduct: { parties: ['Parti du Nord'], slogans: ['Le Nord d’abord'], allow: ['Programme Nord'] },
  mediaBaseUrl: 'https://www.canada.ca/content/dam/hc-sc/',
  threadParts: true,
})

const payloadOptions = () => ({
  now: '2026-06-01T13:00:00.000Z',
  overflow: 'thread' as const,
  limits: { mastodon: { text: 1000 } },
  mediaBaseUrl: 'https://www.canada.ca/content/dam/hc-sc/',
  linkedin: { author: 'urn:li:organization:12345', visibility: 'PUBLIC' as const },
  mastodon: { visibility: 'unlisted' as const },
  youtube: { categoryId: '27' },
})

const screenOptions = () => ({
  conduct: { parties: ['Parti du Nord'], callsToVote: ['votez Nord'] },
  abusive: ['cornichon'],
  promotion: ['prix imbattable'],
  maxLinks: 1,
})

const comment = 'Votez Nord! Appelez-moi au 613-555-0199, prix imbattable sur https://exemple.ca et https://exemple.ca/2, espèce de cornichon.'

describe('options objects passed by the host', () => {
  it('work deep-frozen (nothing writes to them) and give the same results as unfrozen copies', () => {
    expect(check(recall, deepFreeze(checkOptions()))).toEqual(check(recall, checkOptions()))
    for (const platform of recall.platforms) expect(toPayloads(recall, platform, deepFreeze(payloadOptions()))).toEqual(toPayloads(recall, platform, payloadOptions()))
    expect(screenComment(comment, deepFreeze(screenOptions()))).toEqual(screenComment(comment, screenOptions()))
    for (const platform of platformIds)
      expect(measure(recall.fr, platform, deepFreeze({ limit: 1000, charactersPerUrl: 23, maxBytes: 3000 }))).toEqual(
        measure(recall.fr, platform, { limit: 1000, charactersPerUrl: 23, maxBytes: 3000 }),
      )
  })

  it('are equal to what they were after each call', () => {
    const given = { check: checkOptions(), payloads: payloadOptions(), screen: screenOptions() }
    const before = structuredClone(given)
    check(recall, given.check)
    for (const platform of recall.platforms) toPayloads(recall, platform, given.payloads)
    screenComment(comment, given.screen)
    expect(given).toEqual(before)
  })
})

describe('the exported resources', () => {
  it('stay as published when a host rewords or adds messages on the library’s instance', () => {
    const before = structuredClone(resources)
    const original = getI18n().t('parity/links.message', { lng: 'fr', ns: 'rules', count: 1, lang: 'fr' })
    getI18n().addResourceBundle('fr', 'rules', { 'parity/links': { message: 'Lien manquant.' }, department: { tone: 'Ton neutre.' } }, true, true)
    try {
      expect(getI18n().t('parity/links.message', { lng: 'fr', ns: 'rules' })).toBe('Lien manquant.')
      expect(resources).toEqual(before)
      expect(Object.isFrozen(resources.fr?.rules)).toBe(true)
      expect(Object.isFrozen((resources.fr?.rules as Record<string, unknown>)['parity/links'])).toBe(true)
    } finally {
      getI18n().addResourceBundle('fr', 'rules', (before.fr as Record<string, unknown>).rules, true, true)
    }
    expect(getI18n().t('parity/links.message', { lng: 'fr', ns: 'rules', count: 1, lang: 'fr' })).toBe(original)
  })
})

describe('conduct lists edited in place', () => {
  const notice = definePost({
    en: 'Town hall on the northern housing strategy, Thursday at 7 pm. The Northern First Party will attend.',
    fr: 'Assemblée publique sur la stratégie du logement dans le Nord, jeudi à 19\u00a0h. Le Parti du Nord d’abord y sera.',
    platforms: ['facebook'],
  })
  const partisan = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.ruleId.startsWith('conduct/')).map((d) => d.lang)

  it('check sees a party added to a list the host keeps and edits', () => {
    const parties: string[] = ['Parti vert du Nord']
    const options = { conduct: { parties } }
    expect(partisan(check(notice, options))).toEqual([])
    parties.push('Northern First Party', 'Parti du Nord d’abord')
    expect(partisan(check(notice, options))).toEqual(['en', 'fr'])
    parties.length = 0
    expect(partisan(check(notice, options))).toEqual([])
  })

  it('screenComment sees an abusive word and a party added in place', () => {
    const abusive: string[] = []
    const parties: string[] = []
    const options = { abusive, conduct: { parties } }
    const text = 'Quel cornichon, ce Parti du Nord d’abord.'
    expect(screenComment(text, options).reasons.map((r) => r.kind)).toEqual([])
    abusive.push('cornichon')
    parties.push('Parti du Nord d’abord')
    expect(screenComment(text, options).reasons.map((r) => r.kind)).toEqual(['abusive', 'partisan'])
  })
})
