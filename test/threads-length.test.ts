import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { threadsLength } from '../src/platforms/threads.js'
import { utf8Length } from '../src/text/unicode.js'
import { generateCorpus } from './support/corpus.js'

// The Threads rule applied literally: every cluster from Intl.Segmenter, emoji clusters weighed as their UTF-8 bytes.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const emojiCluster = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u
function reference(text: string): number {
  let length = 0
  for (const { segment } of segmenter.segment(text)) length += emojiCluster.test(segment) ? utf8Length(segment) : 1
  return length
}

describe('threadsLength (fast path over simple runs)', () => {
  it('agrees with segmenting the whole text on 5,000 generated bilingual texts', () => {
    for (const text of generateCorpus(5_000, 11)) expect(threadsLength(text), JSON.stringify(text)).toBe(reference(text))
  })

  it('agrees where emoji that are simple code units (© ® ‼ ⁉ ™ ℹ) meet variation selectors, ZWJ and CR LF', () => {
    const parts = ['a', 'é', '©', '®', '‼', '⁉', '™', 'ℹ', '\ufe0f', '\u200d', '👍', '🏽', '🇨', '🇦', '\r', '\n', '1', '\u20e3', '\u0301', ' ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 16 }), (list) => {
        const text = list.join('')
        expect(threadsLength(text)).toBe(reference(text))
      }),
      { numRuns: 20_000, seed: 5 },
    )
  })

  it('agrees on arbitrary full-Unicode strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(threadsLength(text)).toBe(reference(text))
      }),
      { numRuns: 10_000, seed: 9 },
    )
  })
})
