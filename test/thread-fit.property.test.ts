import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitThread, threadPartCount, ThreadSplitError, type ThreadOptions } from '../src/platforms/thread.js'
import type { PlatformOverrides } from '../src/platforms/registry.js'
import { generateCorpus, seededRandom } from './support/corpus.js'
import { hostileText } from './support/hostile-text.js'
import { oracleSplitThread, oracleThreadPartCount } from './support/thread-oracle.js'

const threadPlatforms = ['x', 'bluesky', 'mastodon', 'threads'] as const

/** Default limits, small ones (many parts, double-digit numbering) and odd measure options. */
const limitSets: readonly PlatformOverrides[] = [
  {},
  { x: { text: 90 }, bluesky: { text: 70, maxBytes: 150 }, mastodon: { text: 60, charactersPerUrl: 5 }, threads: { text: 80 } },
  { x: { text: 25_000 }, bluesky: { text: 301 }, mastodon: { text: 1000 }, threads: { text: 499 } },
]

/** The result, or the offset of the split error: both must agree. */
function outcome<T>(run: () => T): T | { error: number } {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof ThreadSplitError)) throw error
    return { error: error.offset }
  }
}

function expectSame(text: string, platform: (typeof threadPlatforms)[number], options: ThreadOptions): void {
  const label = `${platform} ${JSON.stringify(options)} ${JSON.stringify(text)}`
  expect(
    outcome(() => threadPartCount(text, platform, options)),
    label,
  ).toEqual(outcome(() => oracleThreadPartCount(text, platform, options)))
  expect(
    outcome(() => splitThread(text, platform, options)),
    label,
  ).toEqual(outcome(() => oracleSplitThread(text, platform, options)))
}

describe('splitThread and threadPartCount against the search they replaced (test/support/thread-oracle.ts)', () => {
  it('give the same counts and parts on the corpus, on every thread platform, with default and custom limits', () => {
    let cases = 0
    for (const text of generateCorpus(600, 20_261_125, 50, 2400)) {
      for (const platform of threadPlatforms) {
        for (const limits of limitSets) {
          expectSame(text, platform, { limits })
          cases++
        }
      }
    }
    expect(cases).toBe(7200)
  })

  it('give the same parts when a number of parts is asked for, and without numbering', () => {
    let cases = 0
    for (const text of generateCorpus(300, 20_261_126, 100, 1500)) {
      for (const platform of threadPlatforms) {
        for (const limits of limitSets.slice(0, 2)) {
          for (const options of [
            { limits, parts: 4 },
            { limits, parts: 12 },
            { limits, numbering: false },
          ]) {
            expect(outcome(() => splitThread(text, platform, options))).toEqual(outcome(() => oracleSplitThread(text, platform, options)))
            cases++
          }
        }
      }
    }
    expect(cases).toBe(7200)
  })

  it('break at every white space but the no-break ones, as before (each of the 25 `\\s` code units between words)', () => {
    const whiteSpace = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((unit) => /\s/.test(unit))
    expect(whiteSpace).toHaveLength(25)
    let cases = 0
    for (const [i, text] of generateCorpus(100, 20_261_127, 200, 900).entries()) {
      const spaced = text.replace(/ /g, () => whiteSpace[cases++ % whiteSpace.length] as string)
      for (const platform of threadPlatforms) expectSame(spaced, platform, { limits: limitSets[i % 2] })
    }
    expect(cases).toBeGreaterThan(5000)
  })

  it('give the same parts on texts holding lists (bullets, numbers, emoji bullets, loose and indented items)', () => {
    const random = seededRandom(20_261_203)
    const bullets = ['•', '-', '*', '1.', '2)', '✅', '🔹', '–']
    let cases = 0
    let lists = 0
    for (const text of generateCorpus(200, 20_261_203, 100, 1400)) {
      // A list of 2 to 7 items put in after a sentence end, its items one line each (a blank line between them one time in four).
      const at = text.indexOf('. ', Math.floor(random() * text.length))
      if (at === -1) continue
      const bullet = bullets[Math.floor(random() * bullets.length)] as string
      const indent = random() < 0.2 ? '  ' : ''
      const between = random() < 0.25 ? '\n\n' : '\n'
      const count = 2 + Math.floor(random() * 6)
      const items = Array.from({ length: count }, (_, i) => `${indent}${bullet} Lot ${24_051 + i}${'ABCD'[i % 4]}, best before 2026-06-${String(1 + 7 * i).padStart(2, '0')}`)
      const listed = `${text.slice(0, at + 1)}\n${items.join(between)}\n${text.slice(at + 2)}`
      lists++
      for (const platform of threadPlatforms) {
        for (const limits of limitSets.slice(0, 2)) {
          expectSame(listed, platform, { limits })
          cases++
        }
      }
    }
    expect(lists).toBeGreaterThan(100)
    expect(cases).toBe(lists * 8)
  })

  it('give the same counts, parts and split errors on generated hostile text', () => {
    let cases = 0
    fc.assert(
      fc.property(hostileText(120), (text) => {
        for (const platform of threadPlatforms) {
          for (const limits of limitSets) {
            expectSame(text, platform, { limits })
            cases++
          }
        }
      }),
      { numRuns: 1000, seed: 20_261_125 },
    )
    expect(cases).toBe(12_000)
  })
})
