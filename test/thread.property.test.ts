import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitThread, splitThreadPair, splitThreadSections, ThreadSplitError } from '../src/platforms/thread.js'
import type { PlatformOverrides } from '../src/platforms/registry.js'
import { measure, platformSettings } from '../src/platforms/registry.js'
import type { PlatformId } from '../src/platforms/types.js'
import { platformIds } from '../src/platforms/types.js'
import { extractHashtags, extractMentions } from '../src/text/social-entities.js'
import { extractUrls } from '../src/text/urls.js'
import { generateText, seededRandom } from './support/corpus.js'

/**
 * Platforms with big limits get a small one here, so that every platform's
 * counting is exercised by the splitter (the splitter works for any limit).
 */
const limits: PlatformOverrides = { linkedin: { text: 400 }, facebook: { text: 400 }, instagram: { text: 400 }, youtube: { text: 600 } }
const runs = 150
const seed = 20_260_601

/** Where each part (numbering removed) lies in the trimmed text; fails when a part is not a piece of it. */
function locate(text: string, parts: readonly string[]): Array<{ start: number; end: number }> {
  const trimmed = text.trim()
  const offset = text.indexOf(trimmed)
  let cursor = 0
  const ranges = parts.map((part, i) => {
    const body = parts.length === 1 ? part.trim() : part.slice(0, part.length - ` ${i + 1}/${parts.length}`.length)
    if (parts.length > 1) expect(part.endsWith(` ${i + 1}/${parts.length}`)).toBe(true)
    const start = trimmed.indexOf(body, cursor)
    expect(start).toBeGreaterThanOrEqual(0)
    // Only whitespace may lie between two parts, and it must be breakable (no no-break space).
    expect(trimmed.slice(cursor, start)).toMatch(i === 0 ? /^$/ : /^[^\S\u00a0\u2007\u202f]+$/)
    cursor = start + body.length
    return { start: start + offset, end: cursor + offset }
  })
  // …and nothing is left over at the end.
  expect(cursor).toBe(trimmed.length)
  return ranges
}

function entities(text: string) {
  return [...extractUrls(text), ...extractHashtags(text), ...extractMentions(text)]
}

const textArbitrary = (lang: 'en' | 'fr', min: number, max: number) => fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((s) => generateText(seededRandom(s), lang, min, max))

describe.each(platformIds)('splitThread on %s (property)', (platform: PlatformId) => {
  const options = { limits }
  const { limits: inForce } = platformSettings(platform, limits)

  it('gives back the text, every part within the limit, no entity split', () => {
    fc.assert(
      fc.property(textArbitrary('fr', 100, 1800), (text) => {
        let parts: string[]
        try {
          parts = splitThread(text, platform, options)
        } catch (error) {
          // Legitimate only when some single whitespace-free token is itself over the limit.
          expect(error).toBeInstanceOf(ThreadSplitError)
          const tokens = text.split(/[^\S\u00a0\u2007\u202f]+/)
          expect(tokens.some((t) => !measure(t, platform, { limit: inForce.text }).withinLimit)).toBe(true)
          return
        }
        // Round trip: the parts are the text, in order, up to the whitespace at the breaks.
        const ranges = locate(text, parts)
        for (const part of parts) expect(measure(part, platform, { limit: inForce.text }).withinLimit).toBe(true)
        for (const entity of entities(text)) {
          expect(ranges.some((r) => r.start <= entity.start && entity.end <= r.end)).toBe(true)
        }
      }),
      { seed, numRuns: runs },
    )
  })
})

describe('splitThreadPair (property)', () => {
  it.each(['x', 'bluesky', 'mastodon', 'threads'] as const)('gives EN and FR the same number of parts on %s where both can', (platform) => {
    fc.assert(
      fc.property(textArbitrary('en', 50, 700), textArbitrary('fr', 200, 1800), (en, fr) => {
        let pair: { en: string[]; fr: string[] }
        try {
          pair = splitThreadPair(en, fr, platform)
        } catch (error) {
          expect(error).toBeInstanceOf(ThreadSplitError)
          return
        }
        const n = Math.max(pair.en.length, pair.fr.length)
        const shorter = pair.en.length < pair.fr.length ? en : fr
        // Breakable whitespace runs inside the shorter text: with n - 1 of them, it can always take n parts.
        const breaks = [...shorter.trim().matchAll(/(?<![\u00a0\u2007\u202f])[^\S\u00a0\u2007\u202f]+(?![\u00a0\u2007\u202f\p{M}\u200c\u200d\p{Emoji_Modifier}])/gu)].length
        if (breaks >= n - 1 && n < 10) expect(pair.en.length).toBe(pair.fr.length)
        else expect(Math.min(pair.en.length, pair.fr.length)).toBeLessThanOrEqual(n)
        for (const part of [...pair.en, ...pair.fr]) expect(measure(part, platform).withinLimit).toBe(true)
      }),
      { seed, numRuns: runs },
    )
  })
})

describe('splitThreadSections (property)', () => {
  it.each(['x', 'bluesky', 'mastodon', 'threads'] as const)('on %s: every part within the limit and within one language, each language given back whole', (platform) => {
    fc.assert(
      fc.property(textArbitrary('en', 50, 900), textArbitrary('fr', 50, 1200), (en, fr) => {
        let parts: string[]
        try {
          parts = splitThreadSections([en, fr], platform)
        } catch (error) {
          expect(error).toBeInstanceOf(ThreadSplitError)
          return
        }
        for (const part of parts) expect(measure(part, platform).withinLimit).toBe(true)
        const bodies = parts.map((part, i) => part.slice(0, part.length - ` ${i + 1}/${parts.length}`.length))
        // The English parts come first and give the English back, up to the white space at the breaks; the rest give the French.
        const gives = (text: string, pieces: readonly string[]) => {
          const trimmed = text.trim()
          let cursor = 0
          for (const [i, piece] of pieces.entries()) {
            const at = trimmed.indexOf(piece, cursor)
            expect(trimmed.slice(cursor, at)).toMatch(i === 0 ? /^$/ : /^[^\S\u00a0\u2007\u202f]+$/)
            cursor = at + piece.length
          }
          expect(cursor).toBe(trimmed.length)
        }
        const cut = bodies.findIndex((body) => en.trim().endsWith(body)) + 1
        expect(cut).toBeGreaterThan(0)
        gives(en, bodies.slice(0, cut))
        gives(fr, bodies.slice(cut))
      }),
      { seed, numRuns: 60 },
    )
  })
})
