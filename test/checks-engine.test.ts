import { createInstance } from 'i18next'
import i18next from 'i18next'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadExamples } from '../examples/load.js'
import { applyFixes, check, CheckOptionsError, definePost, formatDiagnostic, getPlatform, type PlatformLimits, recommended, rules } from '../src/index.js'

describe('check options', () => {
  it('runs the recommended preset by default and lists every rule in it', () => {
    expect(Object.keys(recommended).sort()).toEqual(rules.map((r) => r.id).sort())
    const report = check(definePost({ en: 'Hello', fr: 'Hello', platforms: ['x'] }))
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('parity/untranslated')
  })

  it('refuses an unknown rule or setting with a typed error', () => {
    const post = definePost({ en: 'a', fr: 'b' })
    expect(() => check(post, { rules: { 'parity/nope': 'warn' } })).toThrow(CheckOptionsError)
    expect(() => check(post, { rules: { 'parity/links': 'loud' as 'warn' } })).toThrow(CheckOptionsError)
  })

  it('changes a rule’s severity', () => {
    const post = definePost({ en: 'Notice: closed', fr: 'Avis : fermé' })
    const report = check(post, { rules: { 'typography/fr-colon': 'error' } })
    expect(report.diagnostics.find((d) => d.ruleId === 'typography/fr-colon')?.severity).toBe('error')
    expect(report.ok).toBe(false)
  })
})

describe('messages', () => {
  it('never touch the host application’s i18next', () => {
    const before = i18next.isInitialized
    check(definePost({ en: 'Hello', fr: 'Hello' }))
    expect(i18next.isInitialized).toBe(before)
  })

  it('can be reworded through a host i18next instance', () => {
    const host = createInstance()
    void host.init({
      initAsync: false,
      lng: 'en',
      resources: {
        en: { rules: { 'parity/untranslated': { identical: 'EN reworded' } } },
        fr: { rules: { 'parity/untranslated': { identical: 'FR reformulé' } } },
      },
    })
    const [d] = check(definePost({ en: 'Hello there', fr: 'Hello there' }), { preset: 'none', rules: { 'parity/untranslated': 'error' }, i18n: host }).diagnostics
    expect(d?.message).toEqual({ en: 'EN reworded', fr: 'FR reformulé' })
  })

  it('follows a rewording added after messages were read (remembered translations are forgotten)', () => {
    const host = createInstance()
    void host.init({ initAsync: false, lng: 'en', resources: { en: { rules: { 'parity/untranslated': { identical: 'First wording' } } } } })
    const post = definePost({ en: 'Hello there', fr: 'Hello there' })
    const options = { preset: 'none' as const, rules: { 'parity/untranslated': 'error' as const }, i18n: host }
    expect(check(post, options).diagnostics[0]?.message.en).toBe('First wording')
    expect(check(post, options).diagnostics[0]?.message.en).toBe('First wording')
    host.addResourceBundle('en', 'rules', { 'parity/untranslated': { identical: 'Second wording' } }, true, true)
    expect(check(post, options).diagnostics[0]?.message.en).toBe('Second wording')
    host.removeResourceBundle('en', 'rules')
    host.addResourceBundle('en', 'rules', { 'parity/untranslated': { identical: 'Third wording' } })
    expect(check(post, options).diagnostics[0]?.message.en).toBe('Third wording')
  })

  it('formatDiagnostic writes a line in the asked language', () => {
    const [d] = check(definePost({ en: 'Notice: closed', fr: 'Avis : fermé' }), { preset: 'none', rules: { 'typography/fr-colon': 'warn' } }).diagnostics
    expect(formatDiagnostic(d!, 'fr')).toBe('fr 1:5-1:6 avertissement  Mettez une espace insécable avant le deux-points en français. (typography/fr-colon)')
    expect(formatDiagnostic(d!, 'en')).toBe('fr 1:5-1:6 warning  Put a no-break space before the colon in French. (typography/fr-colon)')
  })
})

describe('applyFixes', () => {
  const fixable = rules.filter((r) => r.id.startsWith('typography/') || r.id === 'accessibility/fancy-letters').map((r) => r.id)
  const fixOptions = { preset: 'none' as const, rules: Object.fromEntries(fixable.map((id) => [id, 'warn' as const])) }

  it('leaves nothing for the fixing rules to report on the examples, and changes only fix ranges', () => {
    for (const { post } of loadExamples()) {
      const report = check(post, fixOptions)
      const fixed = applyFixes(post, report)
      expect(check(fixed, fixOptions).diagnostics, post.id).toEqual([])
      expect(fixed.en).toBe(post.en)
    }
  })

  it('on generated French with typographic slips: one pass repairs all, text outside the ranges is untouched', () => {
    const slips = ['Avis : ', 'Fermé !', ' "citation" ', '1,500', ' 15%', ' $25', ' 14h30', ' 2ème', '𝗯𝗼𝗹𝗱', ' https://canada.ca/fr?a="1" ', ' #Prix ', 'mot', ' ', '\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...slips), { minLength: 1, maxLength: 12 }), (parts) => {
        // Slips are joined by spaces, as words are: glued together (`1,5001,500`) they are no longer numbers anyone writes.
        const post = definePost({ en: 'x', fr: parts.join(' ') })
        const report = check(post, fixOptions)
        const fixed = applyFixes(post, report)
        expect(check(fixed, fixOptions).diagnostics).toEqual([])
        // Every character outside the fixed ranges is kept, in order.
        let kept = ''
        let from = 0
        const ranges = report.diagnostics.flatMap((d) => (d.fix ? [d.fix.range] : [])).sort((a, b) => a.start - b.start)
        for (const r of ranges) {
          kept += post.fr.slice(from, r.start)
          from = r.end
        }
        kept += post.fr.slice(from)
        let cursor = 0
        for (const ch of kept) {
          cursor = fixed.fr.indexOf(ch, cursor)
          expect(cursor).toBeGreaterThanOrEqual(0)
          cursor += ch.length
        }
      }),
      { numRuns: 1000, seed: 11 },
    )
  })
})

describe('platform settings shared between checks', () => {
  // check makes each platform's own settings once, from its frozen limits: settings never outlive the limits they were made from.
  it('follows a platform whose limits object is replaced, and a check that overrides them, from one check to the next', () => {
    const post = definePost({ en: 'Flu clinics open Monday in every region. #FluSeason', fr: 'Les cliniques de grippe ouvrent lundi dans chaque région. #SaisonDeLaGrippe', platforms: ['x'] })
    const overLimit = (options = {}) => check(post, { platforms: ['x'], ...options }).diagnostics.filter((d) => d.ruleId === 'length/over-limit').length
    expect(overLimit()).toBe(0)
    expect(overLimit({ limits: { x: { text: 30 } } })).toBe(2)
    expect(overLimit()).toBe(0)
    const x = getPlatform('x') as { limits: PlatformLimits }
    const own = x.limits
    try {
      x.limits = Object.freeze({ ...own, text: 30 })
      expect(overLimit()).toBe(2)
      x.limits = { ...own, text: 40 }
      expect(overLimit()).toBe(2)
    } finally {
      x.limits = own
    }
    expect(overLimit()).toBe(0)
  })
})
