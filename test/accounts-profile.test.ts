import { describe, expect, it } from 'vitest'
import { checkProfile, defineProfile, ProfileInputError, urlLanguage } from '../src/accounts/index.js'

const health = {
  displayName: { en: 'Health Canada', fr: 'Santé Canada' },
  bio: {
    en: 'Official account of Health Canada. Terms of use: canada.ca/en/social',
    fr: 'Compte officiel de Santé Canada. Conditions d’utilisation\u00a0: canada.ca/fr/social',
  },
  handles: { en: 'HealthCanada', fr: 'SanteCanada' },
  website: { en: 'https://www.canada.ca/en/health-canada.html', fr: 'https://www.canada.ca/fr/sante-canada.html' },
}

function errorOf(input: unknown): ProfileInputError {
  try {
    defineProfile(input)
  } catch (error) {
    if (error instanceof ProfileInputError) return error
    throw error
  }
  throw new Error('defineProfile accepted bad input')
}

describe('defineProfile', () => {
  it('returns a frozen paired or bilingual profile', () => {
    const paired = defineProfile(health)
    expect(paired.mode).toBe('paired')
    expect(Object.isFrozen(paired.bio)).toBe(true)
    const bilingual = defineProfile({ ...health, handles: 'HC_SC' })
    expect(bilingual.mode).toBe('bilingual')
    expect(bilingual.handles).toEqual({ en: 'HC_SC', fr: 'HC_SC' })
  })

  it('lists every problem with its path', () => {
    const error = errorOf({ displayName: { en: 'Health Canada' }, bio: health.bio, handles: { en: '', fr: 'SanteCanada' }, website: { en: 'canada.ca', fr: health.website.fr } })
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['displayName.fr', 'handles.en', 'website.en']))
    expect(error.message).toContain('displayName.fr')
  })
})

describe('checkProfile', () => {
  it('passes a good paired profile', () => {
    expect(checkProfile(defineProfile(health), { platforms: ['x', 'instagram', 'mastodon'] })).toMatchObject({ ok: true, diagnostics: [], errorCount: 0 })
  })

  it('counts the bio as each platform counts it', () => {
    const bio = { en: 'é'.repeat(150), fr: 'e\u0301'.repeat(149) } // NFD: 149 graphemes, 298 UTF-16 units
    const report = checkProfile(defineProfile({ ...health, bio, handles: { en: 'health-canada.bsky.social', fr: 'sante-canada.bsky.social' } }), { platforms: ['bluesky', 'instagram'] })
    const found = report.diagnostics.map((d) => [d.ruleId, d.platform, d.lang, d.data.length, d.data.unit])
    // Bluesky counts graphemes (256 allowed): both fit. Instagram counts UTF-16 units (150): the NFD text does not.
    expect(found).toContainEqual(['profile/bio-too-long', 'instagram', 'fr', 298, 'utf16'])
    expect(found.filter(([ruleId]) => ruleId === 'profile/bio-too-long')).toHaveLength(1)
    const diagnostic = report.diagnostics.find((d) => d.ruleId === 'profile/bio-too-long')
    expect(diagnostic?.message.fr).toBe('La biographie en français est trop longue pour Instagram\u00a0: 298 unités de code UTF-16, pour un maximum de 150. Retirez-en 148.')
    expect(report.ok).toBe(false)
  })

  it('measures the combined display name of a bilingual account', () => {
    const profile = defineProfile({ ...health, displayName: { en: 'Public Health Agency of Canada', fr: 'Agence de la santé publique du Canada' }, handles: 'phac-aspc.bsky.social' })
    const [diagnostic] = checkProfile(profile, { platforms: ['bluesky'] }).diagnostics
    expect(diagnostic).toMatchObject({ ruleId: 'profile/display-name-too-long', field: 'displayName', data: { mode: 'bilingual', length: 70, limit: 64 } })
    expect(diagnostic?.lang).toBeUndefined()
  })

  it('flags a missing or copied bio', () => {
    const missing = checkProfile(defineProfile({ ...health, bio: { en: health.bio.en, fr: '  ' } }), { platforms: [] })
    expect(missing.diagnostics.map((d) => [d.ruleId, d.lang])).toEqual([['profile/bio-missing', 'fr']])
    expect(missing.diagnostics[0]?.message.en).toBe('The bio in French is empty. Both official languages need a bio of equal quality.')
    const copied = checkProfile(defineProfile({ ...health, bio: { en: health.bio.en, fr: ` ${health.bio.en.toUpperCase()}` } }), { platforms: [] })
    expect(copied.diagnostics.map((d) => d.ruleId)).toEqual(['profile/bio-identical'])
  })

  it('flags a website in the wrong language', () => {
    const swapped = { en: health.website.fr, fr: 'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=30683' }
    const report = checkProfile(defineProfile({ ...health, website: swapped }), { platforms: [] })
    expect(report.diagnostics.map((d) => [d.ruleId, d.lang, d.data.linkLang])).toEqual([
      ['profile/website-language', 'en', 'fr'],
      ['profile/website-language', 'fr', 'en'],
    ])
    expect(report.diagnostics[0]?.message.en).toBe('The website in the English profile points to a page in French (https://www.canada.ca/fr/sante-canada.html). Link to the page in English.')
  })

  it('checks handles on each platform', () => {
    const report = checkProfile(defineProfile({ ...health, handles: { en: 'HealthCanada', fr: 'SantéCanada' } }), { platforms: ['x'] })
    expect(report.diagnostics.map((d) => [d.ruleId, d.lang])).toEqual([['handle/invalid-characters', 'fr']])
  })
})

describe('urlLanguage', () => {
  it.each([
    ['https://www.canada.ca/en/services.html', 'en'],
    ['https://www.canada.ca/fr/services.html', 'fr'],
    ['https://www.tbs-sct.gc.ca/pol/doc-fra.aspx?id=30683', 'fr'],
    ['https://www.collectionscanada.gc.ca/eng/index.html', 'en'],
    ['https://example.gc.ca/page?lang=fra', 'fr'],
    ['https://example.gc.ca/page?lang=eng', 'en'],
    ['canada.ca/fr', 'fr'],
  ])('%s is %s', (url, lang) => expect(urlLanguage(url)).toBe(lang))
  it('says nothing for pages with no marker', () => {
    expect(urlLanguage('https://www.canada.ca')).toBeUndefined()
    expect(urlLanguage('https://example.com/english-french')).toBeUndefined()
  })

  // Names every object inherits: a lookup that walks the prototype would answer with a function.
  const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__']

  it.each(inherited)('reads lang=%s (on the simple path and through the URL parser) as no marker', (key) => {
    expect(urlLanguage(`https://example.gc.ca/page?lang=${key}`)).toBeUndefined()
    expect(urlLanguage(`https://example.gc.ca/page?lang=${key.toUpperCase()}`)).toBeUndefined()
    // `%5F` and a port send the link to the URL parser instead of the quick reader.
    expect(urlLanguage(`https://example.gc.ca:8080/page?lang=${key.replace(/_/g, '%5F')}`)).toBeUndefined()
  })

  it.each(inherited)('reads a path segment or file name %s as no marker', (key) => {
    for (const url of [`https://example.gc.ca/${key}/page.html`, `https://example.gc.ca/${key}`, `https://example.gc.ca/a/${key}-x.html`]) expect(urlLanguage(url), url).toBeUndefined()
    expect(urlLanguage(`https://example.gc.ca/${key}/doc-fra.html`)).toBe('fr')
  })

  it('does not report a website with lang=constructor as a page in another language', () => {
    const website = { en: 'https://example.gc.ca/page?lang=constructor', fr: 'https://example.gc.ca/page?lang=toString' }
    expect(checkProfile(defineProfile({ ...health, website }), { platforms: [] }).diagnostics).toEqual([])
  })
})
