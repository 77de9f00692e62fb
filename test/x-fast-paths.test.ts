/**
 * The shortcuts X counting takes (NFC skipped for text NFC cannot change, the emoji
 * pattern tried only at candidate positions, links looked for only around a dot
 * followed by a letter) checked against the slow paths they replace and against
 * twitter-text, on the inputs that sit on their edges.
 */
import fc from 'fast-check'
import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { contextual, pieceCountingFor } from '../src/platforms/pieces.js'
import { x, xCountingConfig, xUnitWeight, xWeightedLength, type XCountingConfig } from '../src/platforms/x.js'
import { emojiPattern, findEmoji } from '../src/text/emoji.js'
import { isNfcStable } from '../src/text/unicode.js'
import { extractUrls } from '../src/text/urls.js'

/** Starters that compose with a following character (Latin, Hangul, kana, Indic, `<` with U+0338…). */
const composingStarters = ['a', 'e', 'A', 'o', 'u', 'n', 'c', '<', '=', '\u1100', '\u1161', '\uac00', '\u304b', '\u0b47', '\u0bc6', '\u0cc6', '\u0dd9', '\u1025', '\u0915', '\u05d0', '\u0627']

function codePoints(from: number, to: number): string[] {
  const out: string[] = []
  for (let code = from; code <= to; code++) if (code < 0xd800 || code > 0xdfff) out.push(String.fromCodePoint(code))
  return out
}

describe('isNfcStable', () => {
  const stable = codePoints(0, 0x10ffff).filter((c) => isNfcStable(c))

  it('holds only code points NFC keeps, that never compose with what precedes them and are starters', () => {
    expect(stable.length).toBeGreaterThan(5000)
    for (const c of stable) {
      expect(c.normalize('NFC'), c).toBe(c)
      for (const starter of composingStarters) expect((starter + c).normalize('NFC'), `${starter}+U+${c.codePointAt(0)?.toString(16)}`).toBe(starter + c)
      // A combining class other than 0 would be reordered before U+05B0 (class 10) or U+0345 (class 240).
      expect(`x\u05b0${c}`.normalize('NFC')).toBe(`x\u05b0${c}`)
      expect(`x\u0345${c}`.normalize('NFC')).toBe(`x\u0345${c}`)
    }
  })

  it('refuses lone surrogates, surrogates outside the emoji planes and the singletons next to the stable ranges', () => {
    for (const text of ['\ud83c', '\udc00', 'a\ud83cb', '\ud83c\ud83c', '\ud835\udc00', '\u2000', '\u2001', '\u2126', '\u212a', '\u212b', '\u2329', '\u232a', '\u2adc', '\u0300', 'e\u0301']) {
      expect(isNfcStable(text), JSON.stringify(text)).toBe(false)
    }
    expect(isNfcStable('Les cliniques ouvrent lundi à 14\u00a0h — 🇨🇦 👍🏽 ©')).toBe(true)
  })

  it('never says stable for a text NFC changes (generated from the edges of the stable set)', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      'e',
      '\u0301',
      '\u0300',
      '\u2000',
      '\u2002',
      '\u2126',
      '\u212b',
      '\u2329',
      '\u20d0',
      '\u20e3',
      '\ufe0f',
      '\ud83c',
      '\udf89',
      '\ud83d\ude00',
      '\ud83e\udd70',
      '\ud835\udc00',
      '\u1100',
      '\u1161',
      '\uac00',
      '\u304b',
      '\u3099',
      'Å',
      'A\u030a',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        if (isNfcStable(text)) expect(text.normalize('NFC')).toBe(text)
      }),
      { seed: 5, numRuns: 20_000 },
    )
  })
})

/** The emoji scan without its shortcut: the pattern tried at every code unit. */
function slowFindEmoji(text: string): Array<{ start: number; end: number }> {
  const sticky = new RegExp(emojiPattern.source, 'yv')
  const found: Array<{ start: number; end: number }> = []
  for (let i = 0; i < text.length; i++) {
    sticky.lastIndex = i
    const match = sticky.exec(text)
    if (match === null) continue
    let length = match[0].length
    if (length === 4 && /^\p{Regional_Indicator}{2}$/u.test(match[0]) && findEmoji(match[0]).length === 2) length = 2
    found.push({ start: i, end: i + length })
    i += length - 1
  }
  return found
}

describe('findEmoji tries the pattern only at candidates', () => {
  it('has no emoji outside the BMP and U+1F000–U+1FFFF but tags, which never start one', () => {
    const emojiProperty = /[\p{Extended_Pictographic}\p{Emoji}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Emoji_Component}]/u
    for (const c of codePoints(0x10000, 0x10ffff)) {
      const code = c.codePointAt(0) as number
      if ((code < 0x1f000 || code > 0x1ffff) && emojiProperty.test(c)) expect(code >= 0xe0020 && code <= 0xe007f, c).toBe(true)
    }
  })

  it('finds what the pattern finds at every position, for every BMP and emoji-plane code point alone, with FE0F or U+20E3, and pictographs with a skin tone or a ZWJ join', () => {
    const pictograph = /\p{Extended_Pictographic}/u
    for (const c of [...codePoints(0, 0xffff), ...codePoints(0x1f000, 0x1ffff), ...codePoints(0xe0020, 0xe007f)]) {
      const texts = pictograph.test(c) ? [c, `${c}\ufe0f`, `${c}\u20e3`, `${c}🏽`, `${c}\u200d😀`, `${c}\ufe0f\u200d😀`] : [c, `${c}\ufe0f`, `${c}\u20e3`]
      for (const text of texts) {
        const fast = findEmoji(text)
        const slow = slowFindEmoji(text)
        if (fast.length !== slow.length || fast.some((e, i) => e.start !== slow[i]?.start || e.end !== slow[i]?.end)) expect(fast, JSON.stringify(text)).toEqual(slow)
      }
    }
  })

  it('agrees with the slow scan on strings of emoji parts, surrogates and text', () => {
    const piece = fc.constantFrom(
      'a',
      '#',
      '*',
      '1',
      '\ufe0f',
      '\ufe0e',
      '\u20e3',
      '\u200d',
      '🏽',
      '🇨',
      '🇦',
      '🏴',
      '\u{e0067}',
      '\u{e007f}',
      '😀',
      '❤',
      '☀',
      '©',
      '™',
      '\ud83c',
      '\udc00',
      '\ud83f\udfff',
      '\u3299',
      '\u329a',
      '日',
      '𝗯',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('')
        expect(findEmoji(text)).toEqual(slowFindEmoji(text))
      }),
      { seed: 8, numRuns: 20_000 },
    )
  })
})

function urlOracle(text: string): Array<{ url: string; start: number; end: number }> {
  return twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true }).map((u) => ({ url: u.url, start: u.indices[0], end: u.indices[1] }))
}

describe('extractUrls scans only around a dot followed by a letter, with a table for U+0000–U+00FF', () => {
  it('agrees with twitter-text for every code unit below U+0300 (and a few above) around each part of a link', () => {
    const units = [...Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)), '\u2013', '\u3002', '\uff0e', '\u212a', '\u0430', '\u4e2d', '\ud83d\ude00', '\ufeff', '\u202a']
    for (const c of units) {
      for (const text of [`${c}a.ca`, `a.${c}ca`, `a${c}.ca`, `a.ca${c}`, `http://a.ca/${c}b`, `a.ca/b${c}`, `a.ca?${c}=1`, `a.ca:8${c}`, `a.b${c}c.ca/x`, `xn--${c}.ca`, `a.xn--p1${c}`]) {
        expect(extractUrls(text), JSON.stringify(text)).toEqual(urlOracle(text))
      }
    }
  })

  it('agrees with twitter-text on dotted runs of letters, digits, non-ASCII and punctuation', () => {
    const piece = fc.constantFrom(
      '.',
      '.',
      '..',
      'a',
      'Z',
      '9',
      'é',
      'É',
      'ÿ',
      'ß',
      '\u212a',
      '\u017f',
      '中国',
      'рф',
      'ca',
      'com',
      'CA',
      'co',
      'xn--p1ai',
      '-',
      '_',
      '/',
      '?',
      ':',
      '@',
      '#',
      ' ',
      '\u00a0',
      'http://',
      'https://',
      'www',
      '\u3002',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('')
        expect(extractUrls(text)).toEqual(urlOracle(text))
      }),
      { seed: 13, numRuns: 20_000 },
    )
  })
})

describe('xWeightedLength on the edges of its shortcuts', () => {
  it('agrees with parseTweet on texts mixing NFC-stable and unstable code points, emoji candidates and links', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      'e\u0301',
      '\u0301',
      '\u2000',
      '\u2126',
      '\u212b',
      '\u2329',
      '\u2adc',
      '\u2ade',
      '\u20e3',
      '\ufe0f',
      '\u3299',
      '\u329a',
      '\ud83c',
      '\udc00',
      '😀',
      '🇨🇦',
      '🇦🇦',
      '1️⃣',
      '#',
      '©',
      '©️',
      '日本',
      '한국',
      '𝗯',
      '\u202f',
      '\u2019',
      '\ufeff',
      'canada.ca/fr',
      'https://canada.ca/fr',
      'p.m.',
      ' ',
      '.',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        const oracle = twitter.parseTweet(text)
        expect(xWeightedLength(text)).toEqual({ weightedLength: oracle.weightedLength, valid: oracle.valid })
      }),
      { seed: 21, numRuns: 10_000 },
    )
  })
})

describe('X weights, one table', () => {
  const v3 = (twitter as unknown as { configs: { version3: XCountingConfig } }).configs.version3

  it('are twitter-text’s v3 configuration, frozen', () => {
    const { version, ...counting } = v3 as XCountingConfig & { version: number }
    expect(version).toBe(3)
    expect(xCountingConfig).toEqual(counting)
    expect(Object.isFrozen(xCountingConfig.ranges)).toBe(true)
    expect(Object.isFrozen(xCountingConfig.ranges[0])).toBe(true)
  })

  it('give every UTF-16 unit the weight of the v3 range it falls in (the lookup is built from the ranges)', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const expected = v3.ranges.find((range) => code >= range.start && code <= range.end)?.weight ?? v3.defaultWeight
      if (xUnitWeight(code) !== expected) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('count a post the same through the lookup and through a copy of the configuration (which walks the ranges)', () => {
    const copy: XCountingConfig = { ...v3, ranges: v3.ranges.map((range) => ({ ...range })) }
    const posts = [
      'Rappel : les barres tendres « Avoine & miel » (lot 4567) sont retirées — détails sur canadiennes.gc.ca/rappel‑2026 ‼',
      'Date limite de l’impôt : le 30 avril. Payez en ligne : canada.ca/impots ‐ “ARC” … 🇨🇦',
      'Avertissement de chaleur pour Ottawa : 35 °C ressentis 42 ; buvez de l’eau. ‹ ʻ ˝ › ‱ ‼︎',
      'Statistique Canada : l’IPC a augmenté de 2,4 % en octobre (δ 0,3 point) — 統計 情報',
    ]
    for (const post of posts) {
      expect(xWeightedLength(post, copy), post).toEqual(xWeightedLength(post))
      expect(xWeightedLength(post).weightedLength, post).toBe(twitter.parseTweet(post).weightedLength)
    }
  })

  it('are the only source of X’s limit and of the weights its thread and over-limit searches add up', () => {
    expect(x.limits.text).toBe(v3.maxWeightedTweetLength)
    const counting = pieceCountingFor('x', {})
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const weight = counting.weightOf(code)
      // A unit weighed 0 (or by its context) is counted with its piece by xWeightedLength, itself checked above.
      if (weight === 0 || weight === contextual) continue
      const expected = (v3.ranges.find((range) => code >= range.start && code <= range.end)?.weight ?? v3.defaultWeight) / v3.scale
      if (weight !== expected) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })
})
