import { describe, expect, it } from 'vitest'
import { type CheckOptions, check, definePost } from '../src/index.js'

const only = (id: string, extra: CheckOptions = {}): CheckOptions => ({ preset: 'none', rules: { [id]: 'error' }, ...extra })
const run = (en: string, fr: string, id: string, extra: CheckOptions = {}, more: Record<string, unknown> = {}) => check(definePost({ en, fr, ...more }), only(id, extra)).diagnostics

describe('parity/missing-language', () => {
  it('reports the empty language only', () => {
    const [d, ...rest] = run('Flu clinics open Monday.', '', 'parity/missing-language')
    expect(rest).toEqual([])
    expect(d).toMatchObject({ lang: 'fr', severity: 'error' })
    expect(d?.message.fr).toContain('français')
  })
})

describe('parity/untranslated', () => {
  it('reports a French text identical to the English', () => {
    const [d] = run('Flu clinics open Monday.', 'Flu clinics open Monday.', 'parity/untranslated')
    expect(d).toMatchObject({ lang: 'fr', messageKey: 'parity/untranslated.identical' })
  })

  it('accepts identical texts made only of a link and a hashtag', () => {
    expect(run('https://canada.ca #GC', 'https://canada.ca #GC', 'parity/untranslated')).toEqual([])
  })

  it('reports French still in English and English still in French', () => {
    const [d] = run('The clinics are open for you and your family this week.', 'The clinics will be open for you and your family from Monday.', 'parity/untranslated')
    expect(d).toMatchObject({ lang: 'fr', messageKey: 'parity/untranslated.frInEnglish', data: { detected: 'en' } })
    const [e] = run('Les cliniques sont ouvertes pour vous et votre famille cette semaine.', 'Les cliniques sont ouvertes pour vous et votre famille dès lundi.', 'parity/untranslated')
    expect(e).toMatchObject({ lang: 'en', messageKey: 'parity/untranslated.enInFrench' })
  })
})

describe('parity/links and parity/link-language', () => {
  it('counts Markdown links and bare URLs', () => {
    const [d] = run('[Apply](https://canada.ca/en/jobs) or see https://canada.ca/en/faq', '[Postulez](https://canada.ca/fr/emplois)', 'parity/links')
    expect(d).toMatchObject({ lang: 'fr', data: { en: 2, fr: 1 } })
    expect(d?.position?.start.offset).toBe(0)
  })

  it('reports a French link to an English page at the link’s position, in every federal URL style', () => {
    for (const url of ['https://www.canada.ca/en/services.html', 'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=1', 'https://example.gc.ca/page?lang=eng', 'https://www.cra-arc.gc.ca/eng/menu.html']) {
      const fr = `Détails\u00a0: ${url}`
      const [d] = run(`Details: ${url.replace('/en/', '/en/')}`, fr, 'parity/link-language')
      expect(d, url).toMatchObject({ lang: 'fr', data: { url }, messageKey: 'parity/link-language.frText' })
      expect(d?.position?.start.offset).toBe(fr.indexOf(url))
    }
  })

  it('reports an English text linking to a French page, inside a Markdown link', () => {
    const en = 'See [the guide](https://www.canada.ca/fr/guide.html).'
    const [d] = run(en, 'Voir [le guide](https://www.canada.ca/fr/guide.html).', 'parity/link-language')
    expect(d).toMatchObject({ lang: 'en', messageKey: 'parity/link-language.enText' })
    expect(d?.position?.start.offset).toBe(en.indexOf('['))
  })
})

describe('parity/hashtags and parity/mentions', () => {
  it('accepts a translated hashtag when the counts agree', () => {
    expect(run('Clinics open. #FluSeason', 'Cliniques ouvertes. #SaisonDeLaGrippe', 'parity/hashtags')).toEqual([])
  })

  it('reports a mapped pair whose counterpart is missing', () => {
    const pairs = { '#FluSeason': '#SaisonDeLaGrippe' }
    const [d] = run('Clinics open. #FluSeason', 'Cliniques ouvertes. #Grippe', 'parity/hashtags', { pairs })
    expect(d).toMatchObject({ lang: 'en', messageKey: 'parity/hashtags.missingPair', data: { value: '#FluSeason', pair: '#SaisonDeLaGrippe' } })
  })

  it('reports different counts, naming the unmatched tags', () => {
    const [d] = run('Clinics open. #FluSeason #GetVaccinated', 'Cliniques ouvertes. #SaisonDeLaGrippe', 'parity/hashtags')
    expect(d).toMatchObject({ messageKey: 'parity/hashtags.count', data: { en: 2, fr: 1 } })
  })

  it('pairs mentions through the user’s map', () => {
    const pairs = { '@HealthCanada': '@SanteCanada' }
    expect(run('With @HealthCanada', 'Avec @SanteCanada', 'parity/mentions', { pairs })).toEqual([])
    const ds = run('With @HealthCanada', 'Avec @HealthCanada et @SanteCanada', 'parity/mentions', { pairs })
    expect(ds.find((d) => d.messageKey === 'parity/mentions.count')).toMatchObject({ lang: 'fr', data: { en: 1, fr: 2 } })
    // @SanteCanada corresponds to @HealthCanada; the English handle left in the French text is what is wrong.
    expect(ds.find((d) => d.messageKey === 'parity/mentions.missingPair')).toBeUndefined()
    expect(ds.find((d) => d.messageKey === 'parity/mentions.englishInFrench')).toMatchObject({ lang: 'fr', data: { value: '@HealthCanada', pair: '@SanteCanada' } })
  })
})

describe('parity/numbers', () => {
  it('treats each language’s formats as equal', () => {
    const en = 'Apply by January 15. Earn $1,500.50 (15% more) from 2:30 p.m. to 9 pm, December 1, 2027.'
    const fr = 'Postulez d’ici le 15 janvier. Gagnez 1\u00a0500,50\u00a0$ (15\u00a0% de plus) de 14\u00a0h\u00a030 à 21\u00a0h, le 1er décembre 2027.'
    expect(run(en, fr, 'parity/numbers')).toEqual([])
  })

  it('reports a number that differs once, at the French value, naming both sides in each language', () => {
    const fr = 'Gagnez 1\u00a0600\u00a0$ dès 14\u00a0h.'
    const ds = run('Earn $1,500 from 2 pm.', fr, 'parity/numbers')
    expect(ds).toHaveLength(1)
    expect(ds[0]).toMatchObject({ lang: 'fr', messageKey: 'parity/numbers.differ' })
    expect(ds[0]?.position?.start.offset).toBe(fr.indexOf('1\u00a0600'))
    expect(ds[0]?.message.en).toBe('The numbers differ: the English text has “$1,500” where the French text has “$1,600”.')
    expect(ds[0]?.message.fr).toBe('Les nombres diffèrent\u00a0: le texte anglais indique «\u00a01\u00a0500\u00a0$\u00a0» là où le texte français indique «\u00a01\u00a0600\u00a0$\u00a0».')
  })

  it('names a value missing from one language, with figures grouped and values joined by semicolons', () => {
    const [d, ...rest] = run('Funding: $63,206 and $2.5 billion.', 'Financement\u00a0: 63\u00a0206\u00a0$.', 'parity/numbers')
    expect(rest).toEqual([])
    expect(d).toMatchObject({ lang: 'en', messageKey: 'parity/numbers.onlyEn' })
    expect(d?.message.fr).toBe('Le texte anglais indique «\u00a02,5\u00a0milliards de dollars\u00a0»; le texte français n’a pas d’équivalent.')
    const [e] = run('Amounts: $63,206 and $1,250.', 'Montants\u00a0: 63\u00a0206\u00a0$, 1\u00a0250\u00a0$ et 45\u00a0206\u00a0$.', 'parity/numbers')
    expect(e?.message.fr).toContain('«\u00a045\u00a0206\u00a0$\u00a0»')
    const [f] = run('Amounts: $63,206 and $1,250.', 'Montants\u00a0: 63\u00a0207\u00a0$ et 1\u00a0251\u00a0$.', 'parity/numbers')
    expect(f?.message.en).toContain('“$63,206”; “$1,250”')
  })

  it('does not repeat as parity a French number that typography reports for its form', () => {
    for (const fr of ['Séance à 2:30 p.m.', 'Séance à 14h30', 'Séance à 14\u00a0h\u00a030, prix $25', 'Séance à 14 hres 30 (2ème séance), prix $25']) {
      expect(run('Session at 2:30 p.m. (2nd session), $25', fr.includes('2ème') ? fr : `${fr} (2e séance)${fr.includes('$25') ? '' : ', prix 25\u00a0$'}`, 'parity/numbers'), fr).toEqual([])
    }
  })

  it('ignores digits inside URLs, hashtags and mentions', () => {
    expect(run('See https://canada.ca/en/2026 #Budget2026 @GC2', 'Voir https://canada.ca/fr/2027 #Budget2027 @GC3', 'parity/numbers')).toEqual([])
  })
})

describe('parity/alt-text and parity/emoji', () => {
  it('reports missing and identical alt text, per media item', () => {
    const media = [{ alt: { en: 'Map', fr: '' } }, { alt: { en: 'Poster', fr: 'Poster' } }]
    const ds = run('Map', 'Carte', 'parity/alt-text', {}, { media })
    expect(ds.map((d) => [d.field, d.lang, d.messageKey])).toEqual([
      ['media.0.alt', 'fr', 'parity/alt-text.missing'],
      ['media.1.alt', 'fr', 'parity/alt-text.identical'],
    ])
  })

  it('reports an emoji in one language only, ignoring variation selectors', () => {
    expect(run('Hi ❤️', 'Salut ❤', 'parity/emoji')).toEqual([])
    const [d] = run('Happy Canada Day! 🇨🇦🎉', 'Bonne fête du Canada! 🇨🇦', 'parity/emoji')
    expect(d).toMatchObject({ lang: 'en', data: { emoji: '🎉' } })
  })
})
