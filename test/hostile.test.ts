import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, definePost, measure, PostInputError, platformIds, render, safeDefinePost, splitThread, ThreadSplitError } from '../src/index.js'

const MB = 1_000_000
/** Generous guard: these must be linear; a quadratic path at 1 MB takes minutes, not seconds. */
const guardMs = 20_000

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = fn()
  return { value, ms: performance.now() - start }
}

const adversarial: Record<string, string> = {
  'a.': 'a.'.repeat(MB / 2),
  '#': '#'.repeat(MB),
  '@': '@'.repeat(MB),
  'http://': 'http://'.repeat(MB / 7),
  _: '_'.repeat(MB),
  'nested brackets': '['.repeat(MB / 2) + ']'.repeat(MB / 2),
  'nested emphasis': '*_'.repeat(MB / 4) + 'x' + '_*'.repeat(MB / 4),
  'deep quotes': '> '.repeat(20_000) + 'texte',
  'deep lists': '- '.repeat(20_000) + 'texte',
  'link soup': '[a](b '.repeat(MB / 6),
  'www.': 'www.'.repeat(MB / 4),
  emoji: '👨‍👩‍👧‍👦'.repeat(MB / 11),
  'combining marks': 'e\u0301'.repeat(MB / 2),
  // 300 KB: every line of these yields work per item (links, numbers, diagnostics), still linear.
  'links, tags and numbers': 'Les cliniques ouvrent lundi à 14\u00a0h. Voir https://www.canada.ca/fr/sante.html #Grippe @SanteCanada 🇨🇦 '.repeat(3_000),
  'a typographic slip per word': 'Avis : fermé ! '.repeat(20_000),
}

describe('hostile input at 1 MB finishes, with the text kept', () => {
  it.each(Object.entries(adversarial))('%s', (_name, text) => {
    for (const platform of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      const { value, ms } = timed(() => measure(text, platform))
      expect(value.length).toBeGreaterThan(0)
      expect(ms).toBeLessThan(guardMs)
    }
    const rendered = timed(() => render(text, 'x'))
    expect(rendered.ms).toBeLessThan(guardMs)
    // Markdown syntax may go, but the words do not.
    if (text.includes('texte')) expect(rendered.value).toContain('texte')
    const checked = timed(() => check(definePost({ en: text, fr: text }), { platforms: ['x', 'bluesky'] }))
    expect(checked.ms).toBeLessThan(guardMs)
    expect(checked.value.ok).toBe(false)
  })
})

describe('arbitrary input never crashes', () => {
  it('definePost throws only PostInputError on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          definePost(value)
        } catch (error) {
          expect(error).toBeInstanceOf(PostInputError)
        }
      }),
      { numRuns: 2000, seed: 1 },
    )
  })

  it('definePost on post-shaped objects with arbitrary strings: accepts well-formed text unaltered, refuses lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), (en, fr) => {
        const result = safeDefinePost({ en, fr })
        expect(result.success).toBe(en.isWellFormed() && fr.isWellFormed())
        if (result.success) expect([result.post.en, result.post.fr]).toEqual([en, fr])
      }),
      { numRuns: 2000, seed: 2 },
    )
  })

  it('measure, render and check finish on arbitrary full-Unicode strings (controls, bidi overrides, NUL)', () => {
    const special = fc.constantFrom('\u0000', '\u202e', '\u2066', '\u200b', '\ufeff', '\ufffe', '\r\n', '\t', '\u0085', '\u2028')
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), special), { maxLength: 20 }).map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        for (const platform of platformIds) {
          expect(measure(t, platform).length).toBeGreaterThanOrEqual(0)
          expect(typeof render(t, platform)).toBe('string')
        }
        const report = check(definePost({ en: t, fr: t }))
        expect(Array.isArray(report.diagnostics)).toBe(true)
      }),
      { numRuns: 300, seed: 3 },
    )
  })

  it('splitThread either splits without losing words or throws ThreadSplitError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('mot', 'évacuation', 'https://canada.ca/fr/a', '#Tag', '@SanteCanada', '😀', 'a'.repeat(300)), { maxLength: 120 }), (words) => {
        const text = words.join(' ')
        try {
          const parts = splitThread(text, 'x')
          const joined = parts.map((p) => (parts.length > 1 ? p.replace(/ \d+\/\d+$/, '') : p)).join(' ')
          expect(joined.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean))
        } catch (error) {
          expect(error).toBeInstanceOf(ThreadSplitError)
        }
      }),
      { numRuns: 300, seed: 4 },
    )
  })
})
