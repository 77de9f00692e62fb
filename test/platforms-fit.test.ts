import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fittingPrefixLength, splitsAt } from '../src/platforms/fit.js'
import { contextual, pieceCountingFor, type PieceCounting } from '../src/platforms/pieces.js'
import { platforms } from '../src/platforms/registry.js'
import type { MeasureOptions, PlatformId } from '../src/platforms/types.js'
import { platformIds } from '../src/platforms/types.js'
import { generateCorpus, seededRandom } from './support/corpus.js'
import { hostileText } from './support/hostile-text.js'
import { searchFittingPrefix } from './support/overflow-search.js'

/** Measure options worth varying: a Mastodon instance's link length, a YouTube title. */
function optionsFor(platform: PlatformId): MeasureOptions[] {
  if (platform === 'mastodon') return [{}, { charactersPerUrl: 5 }]
  if (platform === 'youtube') return [{}, { field: 'title' }]
  return [{}]
}

const count = (text: string, platform: PlatformId, options: MeasureOptions) => platforms[platform].measure(text, options).length

function plainWeightAt(counting: PieceCounting, text: string, at: number): number {
  const weight = counting.weightOf(text.charCodeAt(at))
  return weight === contextual ? counting.inContext(text, at) : weight
}

/** The places where {@link splitsAt} allows a cut, ends excluded. */
function cuts(text: string): number[] {
  const found: number[] = []
  for (let at = 1; at < text.length; at++) if (splitsAt(text, at)) found.push(at)
  return found
}

describe('a text counted piece by piece (what fittingPrefixLength relies on)', () => {
  it('counts the same before and after every cut splitsAt allows, on every platform (generated hostile texts)', () => {
    let checked = 0
    fc.assert(
      fc.property(hostileText(40), (text) => {
        for (const platform of platformIds) {
          for (const options of optionsFor(platform)) {
            const whole = count(text, platform, options)
            for (const at of cuts(text)) {
              expect(count(text.slice(0, at), platform, options) + count(text.slice(at), platform, options), `${platform} ${JSON.stringify(text)} cut at ${at}`).toBe(whole)
              checked++
            }
          }
        }
      }),
      { numRuns: 1000, seed: 20_261_125 },
    )
    expect(checked).toBeGreaterThan(25_000)
  })

  it('counts a run of pieces from the whole text (pieceCounter) as it counts the run alone, on every platform that does so', () => {
    let runs = 0
    const compare = (text: string) => {
      const ends = [0, ...cuts(text), text.length]
      for (const platform of platformIds) {
        for (const options of optionsFor(platform)) {
          const counter = pieceCountingFor(platform, options).pieceCounter?.(text, options)
          if (counter === undefined) continue
          // Runs in text order, as fittingPrefixLength asks, then one from the start again.
          for (let p = 0; p + 1 < ends.length; p++) {
            for (const q of [p + 1, Math.min(p + 3, ends.length - 1), ends.length - 1]) {
              const [start, end] = [ends[p] as number, ends[q] as number]
              expect(counter(start, end), `${platform} ${JSON.stringify(text.slice(start, end))} in ${JSON.stringify(text)}`).toBe(count(text.slice(start, end), platform, options))
              runs++
            }
          }
          expect(counter(0, text.length)).toBe(count(text, platform, options))
        }
      }
    }
    fc.assert(fc.property(hostileText(40), compare), { numRuns: 1000, seed: 2026 })
    for (const text of generateCorpus(300, 5, 50, 1200)) compare(text)
    expect(runs).toBeGreaterThan(50_000)
  })

  it('counts every prefix of a piece, up to its first unit that is not plain, as the sum of its units’ weights', () => {
    let prefixes = 0
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const ends = [0, ...cuts(text), text.length]
        for (const platform of platformIds) {
          for (const options of optionsFor(platform)) {
            const counting = pieceCountingFor(platform, options)
            for (let p = 0; p + 1 < ends.length; p++) {
              const start = ends[p] as number
              let sum = 0
              for (let at = start; at < (ends[p + 1] as number); at++) {
                const weight = plainWeightAt(counting, text, at)
                if (weight <= 0) break
                sum += weight
                prefixes++
                expect(count(text.slice(start, at + 1), platform, options), `${platform} ${JSON.stringify(text.slice(start, at + 1))}`).toBe(sum)
              }
            }
          }
        }
      }),
      { numRuns: 250, seed: 7 },
    )
    expect(prefixes).toBeGreaterThan(20_000)
  })

  it('counts a piece whole as the main constraint of measure does', () => {
    fc.assert(
      fc.property(hostileText(12), (text) => {
        for (const platform of platformIds) {
          for (const options of optionsFor(platform)) expect(pieceCountingFor(platform, options).count(text, options), platform).toBe(count(text, platform, options))
        }
      }),
      { numRuns: 2000, seed: 11 },
    )
  })

  it('weighs nothing plain that a platform may count with its neighbours', () => {
    const counting = pieceCountingFor('x', {})
    // A dot before a letter may end a domain; one before white space or punctuation cannot.
    expect(plainWeightAt(counting, 'canada.ca', 6)).toBe(0)
    expect(plainWeightAt(counting, 'fin. Suite', 3)).toBe(1)
    expect(plainWeightAt(pieceCountingFor('mastodon', {}), 'https://a.ca', 5)).toBe(0)
    expect(plainWeightAt(pieceCountingFor('mastodon', {}), 'a @b@c.social', 2)).toBe(1)
    expect(plainWeightAt(pieceCountingFor('mastodon', {}), 'a @b@c.social', 4)).toBe(0)
    expect(plainWeightAt(pieceCountingFor('bluesky', {}), 'a\r\n', 1)).toBe(0)
  })
})

/** The length fits, one unit more does not (the main constraint, as the old search asked it). */
function expectFitsUpTo(text: string, platform: PlatformId, options: MeasureOptions, limit: number, length: number | undefined): void {
  expect(length, `${platform} ${JSON.stringify(text)} limit ${limit}`).toBeTypeOf('number')
  const at = length as number
  const label = `${platform} limit ${limit} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at))} | ${JSON.stringify(text.slice(at, at + 20))}`
  expect(count(text.slice(0, at), platform, options), label).toBeLessThanOrEqual(limit)
  expect(count(text.slice(0, at + 1), platform, options), label).toBeGreaterThan(limit)
}

describe('fittingPrefixLength', () => {
  it('fits up to its result and not one unit further: 1,000 corpus texts, 8 platforms, default and custom limits', () => {
    const texts = [...generateCorpus(700, 2026, 50, 1200), ...generateCorpus(300, 77, 200, 1600)]
    const random = seededRandom(5)
    let cases = 0
    let sameAsSearch = 0
    for (const text of texts) {
      for (const platform of platformIds) {
        const options: MeasureOptions = platform === 'mastodon' && random() < 0.3 ? { charactersPerUrl: 1 + Math.floor(random() * 40) } : {}
        const whole = count(text, platform, options)
        const defaultLimit = platforms[platform].limits.text
        const customLimit = Math.floor(random() * whole)
        for (const limit of whole > defaultLimit ? [defaultLimit, customLimit] : [customLimit]) {
          const length = fittingPrefixLength(text, platform, { ...options, limit }, limit)
          expectFitsUpTo(text, platform, options, limit, length)
          if (searchFittingPrefix(text, limit, (prefix) => count(prefix, platform, options)).low === length) sameAsSearch++
          cases++
        }
      }
    }
    expect(cases).toBeGreaterThan(10_000)
    // Both meet the definition; they differ only where a prefix cut inside a link or an emoji counts more than a longer one.
    expect(sameAsSearch / cases).toBeGreaterThan(0.99)
  })

  it('fits up to its result and not one unit further: generated hostile texts, 8 platforms, any limit', () => {
    let cases = 0
    fc.assert(
      fc.property(hostileText(80), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (text, share) => {
        for (const platform of platformIds) {
          for (const options of optionsFor(platform)) {
            const whole = count(text, platform, options)
            if (whole === 0) continue
            const limit = Math.floor(share * whole)
            expectFitsUpTo(text, platform, options, limit, fittingPrefixLength(text, platform, { ...options, limit }, limit))
            cases++
          }
        }
      }),
      { numRuns: 2500, seed: 20_260_601 },
    )
    expect(cases).toBeGreaterThan(20_000)
  })

  it('finds nothing past the limit in a text that fits', () => {
    expect(fittingPrefixLength('Bonjour 👋 https://canada.ca/fr', 'x', {}, 280)).toBeUndefined()
    expect(fittingPrefixLength('', 'bluesky', {}, 0)).toBeUndefined()
  })

  it('takes a limit as counts are, in whole units, and answers 0 below 0', () => {
    expect(fittingPrefixLength('a'.repeat(10), 'bluesky', {}, 4.5)).toBe(4)
    expect(fittingPrefixLength('a'.repeat(10), 'bluesky', {}, -3)).toBe(0)
  })

  it('stops at the first unit past the limit, in plain text and inside a link', () => {
    expect(fittingPrefixLength('a'.repeat(300), 'x', {}, 280)).toBe(280)
    expect(fittingPrefixLength('é'.repeat(301), 'bluesky', {}, 300)).toBe(300)
    // 270 units, then a link X counts 23: "https://ww" still fits as 10 plain units, "https://www" does not.
    const text = `${'a'.repeat(269)} https://www.canada.ca/fr/sante.html`
    expect(fittingPrefixLength(text, 'x', {}, 280)).toBe(280)
  })
})
