import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findEmoji } from '../src/text/emoji.js'
import { generateCorpus } from './support/corpus.js'

// twemoji-parser (twitter-text's emoji parser, the oracle here) ships no types.
const { parse } = createRequire(import.meta.url)('twemoji-parser') as {
  parse: (text: string) => Array<{ indices: [number, number] }>
}

function oracle(text: string): Array<{ start: number; end: number }> {
  return parse(text).map((entity) => ({ start: entity.indices[0], end: entity.indices[1] }))
}

/**
 * Emoji twemoji-parser 11 (Emoji 11) knows, in the forms keyboards produce. Left out
 * on purpose, see src/text/emoji.ts: emoji newer than Emoji 11 (🥱, 🧑‍💻, ❤️‍🔥,
 * 🏳️‍⚧️), ZWJ joins twemoji does not list (👁️‍🗨️, 😀‍😀) and skin tones on bases whose
 * status changed since (⛷, 👪, 🤝, 🤼).
 */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const known = [
  '😀', '🎉', '🐻', '🍁', '❤️', '❤', '☀', '☀️', '☀︎', '⌚', '⌚️', '⌚︎', '♾', '♾️', '✌', '✌️', '✌🏽', '☝️🏽', '✈️',
  '👍', '👍🏽', '👍🏿', '🙋🏻‍♀️', '🏃‍♂️', '🏃🏾‍♀️', '🕵️‍♀️', '🕵🏽‍♂️', '🏋️‍♀️', '⛹️‍♂️', '👮🏾‍♀️', '🧝‍♀️',
  '👨‍👩‍👧‍👦', '👨‍👩‍👧', '👩‍👩‍👦', '👨‍👧', '👩‍❤️‍👨', '👨‍❤️‍👨', '👩‍❤️‍💋‍👩', '👨‍💻', '👩🏽‍🔬', '👨‍⚕️', '👩🏻‍🦰', '👨🏿‍🦳', '👩‍✈️', '👨‍🚒',
  '🏳️‍🌈', '🏴‍☠️', '👯‍♀️', '🤼‍♂️', '🧟‍♂️', '🧞‍♀️', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  '🇨🇦', '🇫🇷', '🇬🇧', '🇺🇸', '🇨🇦🇫🇷', '🇦🇦', '🇨', '🇨🇦🇦', '1️⃣', '1⃣', '#️⃣', '*️⃣', '0️⃣',
  '©', '®', '©️', '®️', '™', '™️', '♟', '♟️', '‼️', '⁉', '↔️', '🏽', '\ufe0f', '\ufe0e', '😀\ufe0f', '👍\ufe0f🏽', '😀🏽',
]
// No bare U+200D: it would glue neighbours into ZWJ joins twemoji does not list (a documented difference).
const filler = ['a', 'é', ' ', '\u00a0', '#', '1', '日本', '𝗯', '\ufe0f', '\u20e3', '!']

describe('findEmoji against twemoji-parser 11', () => {
  it('agrees on every known emoji alone and next to text', () => {
    for (const emoji of known) {
      for (const text of [emoji, `a${emoji}b`, `${emoji}${emoji}`, `#${emoji}`]) expect(findEmoji(text), JSON.stringify(text)).toEqual(oracle(text))
    }
  })

  it('pairs regional indicators into flags exactly where twemoji-parser does (all 676 pairs)', () => {
    for (let a = 0; a < 26; a++) {
      for (let b = 0; b < 26; b++) {
        const text = String.fromCodePoint(0x1f1e6 + a, 0x1f1e6 + b)
        expect(findEmoji(text), text).toEqual(oracle(text))
      }
    }
  })

  it('agrees on 20,000 generated strings of emoji, joiners and text', () => {
    const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: fc.constantFrom(...filler) })
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(findEmoji(text)).toEqual(oracle(text))
      }),
      { seed: 11, numRuns: 20_000 },
    )
  })

  it('agrees on 10,000 generated bilingual posts', () => {
    for (const text of generateCorpus(10_000, 99)) expect(findEmoji(text), text).toEqual(oracle(text))
  })

  it('agrees on every single code point up to Emoji 11, alone and with FE0F / FE0E', () => {
    // Code points twemoji-parser 11 does not know are newer emoji (or the hair
    // components 🦰–🦳, which it only takes inside a ZWJ sequence).
    const newer =
      /[\u26a7\u{1f6d5}-\u{1f6ff}\u{1f7e0}-\u{1f7ff}\u{1f90c}-\u{1f90f}\u{1f93f}\u{1f971}\u{1f972}\u{1f977}-\u{1f979}\u{1f97b}\u{1f9a3}-\u{1f9b3}\u{1f9ba}-\u{1f9bf}\u{1f9c3}-\u{1f9cf}\u{1fa70}-\u{1faff}]/u
    for (let code = 0x20; code < 0x20000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (newer.test(char)) continue
      for (const text of [char, `${char}\ufe0f`, `${char}\ufe0e`]) {
        const ours = findEmoji(text)
        const theirs = oracle(text)
        if (ours.length !== theirs.length || ours.some((e, i) => e.start !== theirs[i]?.start || e.end !== theirs[i]?.end)) {
          expect(ours, `U+${code.toString(16)} ${JSON.stringify(text)}`).toEqual(theirs)
        }
      }
    }
  })
})
