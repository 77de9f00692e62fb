// Messages are worded when a diagnostic is made, mostly without i18next (plain `{{name}}` and `$t(key)`
// lookups read from the instance's resources). These tests hold that path to what i18next itself says.
import { createInstance, type i18n } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { getI18n, resources } from '../src/index.js'
import { messageMaker } from '../src/i18n/messages.js'

/** Every leaf key of a namespace, `a.b.c` style. */
function leafKeys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) => (typeof value === 'string' ? [`${prefix}${name}`] : leafKeys(value as Record<string, unknown>, `${prefix}${name}.`)))
}

/** Facts of the kind rules report, for any variable a template names. */
const sample: Record<string, unknown> = {
  platformName: 'X',
  length: 297,
  limit: 280,
  over: 17,
  unit: 'weighted',
  parts: 2,
  index: 2,
  total: 5,
  kind: 'video',
  found: '« Rappel »',
  expected: '#Rappel',
  url: 'https://recalls-rappels.canada.ca/fr/avis-rappel/epinards-surgeles',
  term: 'Votez pour',
  percent: 96,
  value: '14 h 30',
}

const templateKeys = leafKeys(resources.en!.rules as Record<string, unknown>)
/** Each key as a rule names it: without its plural and context suffixes. */
const baseKeys = [...new Set(templateKeys.map((key) => key.replace(/_(one|other|zero|noThread|uncounted)$/, '').replace(/_(noThread|uncounted)$/, '')))]

function valuesFor(key: string, lang: 'en' | 'fr', count: number, context: string | undefined): Record<string, unknown> {
  const template = JSON.stringify(resources.en!.rules) + JSON.stringify(resources.fr!.rules)
  const names = new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string))
  const values: Record<string, unknown> = { lang, count, context }
  for (const name of names) if (!(name in values)) values[name] = sample[name] ?? `${name} (${key})`
  return values
}

function expectSameAsI18next(instance: i18n, keys: readonly string[]): number {
  const make = messageMaker(instance)
  let compared = 0
  for (const key of keys)
    for (const lang of ['en', 'fr'] as const)
      for (const count of [0, 1, 3])
        for (const context of [undefined, 'noThread', 'uncounted']) {
          const values = valuesFor(key, lang, count, context)
          const message = make(key, values)
          expect(message.en, `${key} en`).toBe(instance.t(key, { ...values, lng: 'en', ns: 'rules' }))
          expect(message.fr, `${key} fr`).toBe(instance.t(key, { ...values, lng: 'fr', ns: 'rules' }))
          compared++
        }
  return compared
}

describe('messageMaker', () => {
  it('words every message of the rules namespace as i18next does, with plurals (French 0 is singular), contexts and nesting', () => {
    expect(baseKeys.length).toBeGreaterThan(60)
    expect(expectSameAsI18next(getI18n(), baseKeys)).toBe(baseKeys.length * 2 * 3 * 3)
  })

  it('words the library’s messages without calling i18next (the cost of a report), even after a host rewording', () => {
    const instance = createInstance()
    void instance.init({ resources: structuredClone(resources), lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    instance.addResourceBundle('fr', 'rules', { 'parity/links': { message: 'Lien manquant sur $t(languageNames.{{lang}}).' } }, true, true)
    const make = messageMaker(instance)
    const t = vi.spyOn(instance, 't')
    for (const key of baseKeys) make(key, valuesFor(key, 'fr', 3, 'noThread'))
    expect(make('parity/links.message', { lang: 'en' }).fr).toBe('Lien manquant sur anglais.')
    expect(t).not.toHaveBeenCalled()
  })

  it('leaves a variable it was not given as written, and an undefined one empty, as i18next does', () => {
    const make = messageMaker()
    const key = 'length/over-limit.message'
    const given = { lang: 'en', length: 300, unit: 'weighted', over: 20, limit: 280, parts: 2, platformName: undefined }
    expect(make(key, given).en).toBe(getI18n().t(key, { ...given, lng: 'en', ns: 'rules' }))
    expect(make(key, given).en).toContain(' on , 20 over')
    const { parts: _parts, ...withoutParts } = given
    expect(make(key, withoutParts).en).toContain('a thread of {{parts}} parts')
  })

  it('gives a value holding $t( or {{ to i18next, which does not nest or interpolate inside values', () => {
    const make = messageMaker()
    const key = 'parity/hashtags.missingPair'
    for (const written of ['$t(languageNames.fr)', '{{lang}}', '#Rappel)']) {
      const values = valuesFor(key, 'en', 1, undefined)
      values.value = written
      values.pair = written
      expect(make(key, values).en).toBe(getI18n().t(key, { ...values, lng: 'en', ns: 'rules' }))
      expect(make(key, values).fr).toBe(getI18n().t(key, { ...values, lng: 'fr', ns: 'rules' }))
    }
  })

  it('words a template with nestings once per call and the same as i18next for every value inside and outside the nestings', () => {
    // One maker for all: the nestings worded for one message must not leak into the next one's.
    const make = messageMaker()
    const key = 'length/over-limit.message'
    const odd = ['en', 'fr', 'xx', 'en)', 'en.x', ' fr ', '{{lang}}', '$t(units.bytes)', '(en)', 't(en', 'fr$', '']
    let compared = 0
    for (const lang of odd)
      for (const unit of ['weighted', 'bytes', 'nope', 'bytes)', '$'])
        for (const platformName of ['X', '$t(languageNames.fr)', '(Bluesky)', 't(x)', 'a$', '$t'])
          for (const [count, context] of [
            [3, undefined],
            [1, 'uncounted'],
            [0, 'noThread'],
          ] as const) {
            const values = { ...valuesFor(key, 'en', count, context), lang, unit, platformName }
            expect(make(key, values).en, JSON.stringify(values)).toBe(getI18n().t(key, { ...values, lng: 'en', ns: 'rules' }))
            expect(make(key, values).fr, JSON.stringify(values)).toBe(getI18n().t(key, { ...values, lng: 'fr', ns: 'rules' }))
            compared++
          }
    expect(compared).toBe(odd.length * 5 * 6 * 3)
  })

  it('words a nesting that names a missing key, or the message’s own key, as i18next does', () => {
    const instance = createInstance()
    void instance.init({ resources: structuredClone(resources), lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    instance.addResourceBundle(
      'en',
      'rules',
      {
        department: {
          self: 'Again: $t(department.self)',
          missing: 'Gone: $t(department.{{what}}) and $t(languageNames.{{lang}})',
          twice: 'Gone: $t(department.{{what}}) and $t(languageNames.{{lang}})',
        },
      },
      true,
      true,
    )
    const make = messageMaker(instance)
    for (const [name, values] of [
      ['department.self', {}],
      ['department.missing', { what: 'nothing', lang: 'fr' }],
      ['department.missing', { what: 'self', lang: 'en' }],
      ['department.twice', { what: 'twice', lang: 'en' }],
    ] as const) {
      expect(make(name, values).en, name).toBe(instance.t(name, { ...values, lng: 'en', ns: 'rules' }))
    }
  })

  it('reads a host’s rewording at once, and falls back to English for a key missing in French', () => {
    const instance = createInstance()
    void instance.init({ resources: structuredClone(resources), lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    instance.addResourceBundle('fr', 'rules', { 'parity/links': { message: 'Lien manquant ({{count}}) sur $t(languageNames.{{lang}}).' } }, true, true)
    instance.addResourceBundle('en', 'rules', { 'department/tone': { message: 'Keep the {{lang}} text plain.' } }, true, true)
    const make = messageMaker(instance)
    expect(make('parity/links.message', { lang: 'en', count: 2 }).fr).toBe('Lien manquant (2) sur anglais.')
    expect(make('department/tone.message', { lang: 'fr' })).toEqual({ en: 'Keep the fr text plain.', fr: 'Keep the fr text plain.' })
    expect(make('department/unknown.message', {})).toEqual({ en: 'department/unknown.message', fr: 'department/unknown.message' })
  })

  it('finds keys a host wrote flat, with dots in them, as i18next does', () => {
    const instance = createInstance()
    void instance.init({ resources: structuredClone(resources), lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    instance.addResourceBundle('fr', 'rules', { 'department/tone.message': 'Ton neutre, texte $t(languageNames.{{lang}}).', 'parity/links.message_uncounted': 'Liens.' }, true, true)
    const make = messageMaker(instance)
    for (const [key, values] of [
      ['department/tone.message', { lang: 'en' }],
      ['parity/links.message', { lang: 'en', count: 2, context: 'uncounted' }],
      ['length/over-limit.message', valuesFor('length/over-limit.message', 'fr', 3, 'uncounted')],
    ] as const) {
      expect(make(key, values).fr, key).toBe(instance.t(key, { ...values, lng: 'fr', ns: 'rules' }))
      expect(make(key, values).en, key).toBe(instance.t(key, { ...values, lng: 'en', ns: 'rules' }))
    }
    expect(make('department/tone.message', { lang: 'en' }).fr).toBe('Ton neutre, texte anglais.')
  })

  it('hands a host instance with its own interpolation settings to i18next entirely', () => {
    const instance = createInstance()
    void instance.init({ resources: structuredClone(resources), lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: true } })
    const make = messageMaker(instance)
    const values = { ...valuesFor('parity/hashtags.missingPair', 'en', 1, undefined), value: '<b>#Rappel</b>' }
    expect(make('parity/hashtags.missingPair', values).en).toBe(instance.t('parity/hashtags.missingPair', { ...values, lng: 'en', ns: 'rules' }))
    expect(make('parity/hashtags.missingPair', values).en).toContain('&lt;b&gt;')
  })

  it('returns frozen messages with no getter', () => {
    const message = messageMaker()('media/required.message', { platformName: 'Instagram' })
    expect(Object.isFrozen(message)).toBe(true)
    expect(Object.values(Object.getOwnPropertyDescriptors(message)).filter((descriptor) => 'get' in descriptor || 'set' in descriptor)).toEqual([])
  })
})
