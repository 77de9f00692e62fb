import { RichText } from '@atproto/api'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { duringOneCall } from '../src/text/call-memo.js'
import { clusterCounter, codePointLength, findLoneSurrogate, graphemeLength, graphemeLengthInCall, graphemes, isClusterBoundary, utf8Length, utf8Offset, utf8OffsetsOf } from '../src/text/unicode.js'
import { generateCorpus } from './support/corpus.js'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const segmenterCount = (text: string) => [...segmenter.segment(text)].length

describe('graphemeLength', () => {
  it('agrees with @atproto/api RichText.graphemeLength on 10,000 generated bilingual texts', () => {
    const corpus = generateCorpus(10_000, 7)
    let compared = 0
    for (const text of corpus) {
      expect(graphemeLength(text), JSON.stringify(text)).toBe(new RichText({ text }).graphemeLength)
      compared++
    }
    expect(compared).toBe(10_000)
  })

  it('agrees with Intl.Segmenter on arbitrary full-Unicode strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(graphemeLength(text)).toBe(segmenterCount(text))
      }),
      { numRuns: 20_000, seed: 42 },
    )
  })

  it('agrees with Intl.Segmenter where simple and complex units meet (CR LF, ZWJ after ©, combining marks)', () => {
    const parts = ['a', 'é', '\u0301', '\r', '\n', '\u200d', '©', '👍', '🏽', '🇨', '🇦', '\u0600', '1', '\ufe0f', '\u20e3', '한', '\ud800', ' ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 16 }), (list) => {
        const text = list.join('')
        expect(graphemeLength(text)).toBe(segmenterCount(text))
      }),
      { numRuns: 20_000, seed: 7 },
    )
  })
})

describe('clusterCounter (one walk of a text, any range between sure boundaries)', () => {
  // Every pair of places where isClusterBoundary is sure, counted by the counter and by Intl.Segmenter on the slice.
  const compareAllRanges = (text: string): number => {
    const counter = clusterCounter(text)
    const sure: number[] = []
    for (let at = 0; at <= text.length; at++) if (isClusterBoundary(text, at)) sure.push(at)
    let ranges = 0
    // From each sure place: the next dozen and the text's end (every pair, on a long text, would be thousands).
    for (let p = 0; p < sure.length; p++) {
      for (const q of new Set([...sure.slice(p, p + 12).keys()].map((k) => p + k).concat(sure.length - 1))) {
        const [start, end] = [sure[p] as number, sure[q] as number]
        expect(counter(start, end), `${JSON.stringify(text)} [${start}, ${end})`).toBe(segmenterCount(text.slice(start, end)))
        ranges++
      }
    }
    expect(duringOneCall(() => graphemeLengthInCall(text))).toBe(segmenterCount(text))
    return ranges
  }

  it('agrees with Intl.Segmenter on ranges from every sure boundary, where simple and complex units meet (CR LF, marks, ZWJ, emoji, Hangul)', () => {
    const parts = ['a', ' ', 'é', 'e\u0301', '\u0301', '\r', '\n', '\r\n', '\u200d', '©', '👍', '🏽', '🇨', '🇦', '👨‍👩‍👧', '1', '\ufe0f', '\u20e3', '한', '\u1100', '\ud800', 'क्ष', '\u0600']
    let ranges = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (list) => {
        ranges += compareAllRanges(list.join(''))
      }),
      { numRuns: 10_000, seed: 12 },
    )
    expect(ranges).toBeGreaterThan(40_000)
  })

  it('agrees with Intl.Segmenter on ranges from every sure boundary of generated bilingual texts', () => {
    let ranges = 0
    for (const text of generateCorpus(30, 3, 50, 1200)) ranges += compareAllRanges(text)
    expect(ranges).toBeGreaterThan(100_000)
  })
})

describe('graphemeLength on long texts (the segmenter is fed bounded windows)', () => {
  it('agrees with Intl.Segmenter across window edges: long runs of flags, families, combining marks, mixed', () => {
    const parts = ['🇨🇦', '👨‍👩‍👧‍👦', 'e\u0301', 'é', ' ', '\r\n', '👍🏽', '1️⃣', '한', 'क्ष', '\u0301\u0301\u0301']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 200, maxLength: 800 }), fc.constantFrom(...parts), (list, run) => {
        const text = list.join('') + run.repeat(400) + list.join('')
        expect(graphemeLength(text)).toBe(segmenterCount(text))
        expect(graphemes(text).join('')).toBe(text)
        expect(graphemes(text)).toHaveLength(segmenterCount(text))
      }),
      { numRuns: 40, seed: 21 },
    )
  })

  it('keeps a cluster longer than a window whole (a base with 5,000 marks)', () => {
    const text = `a${'\u0301'.repeat(5000)}b`
    expect(graphemeLength(text)).toBe(2)
    expect(graphemes(text)).toEqual([`a${'\u0301'.repeat(5000)}`, 'b'])
  })
})

describe('utf8OffsetsOf', () => {
  it('gives utf8Offset for any sequence of offsets, ascending or not, between surrogate halves included', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '€', '😀', '🇨🇦', '\ud800', '\udc00', 'e\u0301'), { maxLength: 20 }).map((p) => p.join(''))
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (t, raw, sorted) => {
        const offsets = raw.map((n) => n % (t.length + 1))
        if (sorted) offsets.sort((a, b) => a - b)
        const toUtf8 = utf8OffsetsOf(t)
        for (const offset of offsets) expect(toUtf8(offset)).toBe(utf8Offset(t, offset))
      }),
      { numRuns: 10_000, seed: 4 },
    )
  })
})

describe('utf8Length', () => {
  it('equals the UTF-8 byte length, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
      }),
      { numRuns: 10_000, seed: 3 },
    )
  })

  it('agrees with RichText.length (UTF-8) on the bilingual corpus', () => {
    for (const text of generateCorpus(2_000, 11)) expect(utf8Length(text)).toBe(new RichText({ text }).length)
  })
})

describe('codePointLength and findLoneSurrogate', () => {
  it('counts code points as the string iterator does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        expect(codePointLength(text)).toBe([...text].length)
      }),
      { numRuns: 5_000, seed: 5 },
    )
  })

  it('finds the first lone surrogate, and none in well-formed text', () => {
    expect(findLoneSurrogate('abc')).toBe(-1)
    expect(findLoneSurrogate('a😀b')).toBe(-1)
    expect(findLoneSurrogate('a\ud83db')).toBe(1)
    expect(findLoneSurrogate('ab\ude00')).toBe(2)
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        expect(findLoneSurrogate(text) === -1).toBe(text.isWellFormed())
      }),
      { numRuns: 5_000, seed: 9 },
    )
  })
})

describe('the segmenter shortcut (pieces with no joining code point are one cluster per code point)', () => {
  // Every code point of planes 0–3 and 14 between letters, doubled and tripled: an Extend or SpacingMark joins
  // the letter before it, a Prepend the letter after it, a regional indicator its twin. graphemeLength must agree
  // with Intl.Segmenter on each, whether the shortcut takes the piece or the segmenter does.
  it('agrees with Intl.Segmenter for every code point between letters, doubled and tripled', () => {
    const missed: string[] = []
    for (const [first, last] of [
      [0, 0x3ffff],
      [0xe0000, 0xe0fff],
    ] as const) {
      for (let c = first; c <= last; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue
        const s = String.fromCodePoint(c)
        const probe = `a${s}a ${s}${s}${s}a\n${s}`
        if (graphemeLength(probe) !== segmenterCount(probe)) missed.push(c.toString(16))
      }
    }
    expect(missed).toEqual([])
  }, 60_000)

  // Precomposed syllables take the shortcut (each is a cluster of its own); conjoining jamo still go to the segmenter.
  it('agrees with Intl.Segmenter on Hangul: syllables with every conjoining jamo before and after them', () => {
    const missed: string[] = []
    const jamo = [
      [0x1100, 0x11ff],
      [0xa960, 0xa97f],
      [0xd7b0, 0xd7ff],
    ] as const
    for (let syllable = 0xac00; syllable <= 0xd7a3; syllable += 257) {
      for (const [first, last] of jamo) {
        for (let j = first; j <= last; j++) {
          const probe = `a${String.fromCharCode(syllable, j)}b ${String.fromCharCode(j, syllable)} 한국어 ${String.fromCharCode(j, j, syllable)}`
          if (graphemeLength(probe) !== segmenterCount(probe)) missed.push(`${syllable.toString(16)}+${j.toString(16)}`)
        }
      }
    }
    expect(missed).toEqual([])
    expect(graphemeLength('Alerte : 폭염 경보 — chaleur extrême à Toronto')).toBe(segmenterCount('Alerte : 폭염 경보 — chaleur extrême à Toronto'))
  }, 60_000)
})
