import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { x, xCountingConfig, xWeightedLength, type XCountingConfig } from '../src/platforms/x.js'

const conformanceDir = fileURLToPath(new URL('../../shared/conformance/twitter-text/', import.meta.url))
const hasConformance = existsSync(`${conformanceDir}validate.yml`)
if (!hasConformance) console.warn(`twitter-text conformance files not found in ${conformanceDir}; skipping the conformance suite.`)

interface CounterCase {
  description: string
  text: string
  expected: { weightedLength: number; valid: boolean }
}
interface ValidityCase {
  description: string
  text: string
  expected: boolean
}

function section<T>(file: string, name: string): T[] {
  const doc = parseYaml(readFileSync(`${conformanceDir}${file}`, 'utf8')) as { tests: Record<string, T[]> }
  return doc.tests[name] ?? []
}

/** The configurations the conformance harness of twitter-text uses for each section. */
const v1: XCountingConfig = { ...xCountingConfig, maxWeightedTweetLength: 140, scale: 1, defaultWeight: 1, emojiParsingEnabled: false, ranges: [] }
const v2: XCountingConfig = { ...xCountingConfig, emojiParsingEnabled: false }

describe.skipIf(!hasConformance)('twitter-text conformance: validate.yml', () => {
  const counterSections: Array<[string, XCountingConfig]> = [
    ['WeightedTweetsCounterTest', v2],
    ['WeightedTweetsWithDiscountedEmojiCounterTest', xCountingConfig],
    ['UnicodeDirectionalMarkerCounterTest', xCountingConfig],
  ]
  for (const [name, config] of counterSections) {
    const cases = hasConformance ? section<CounterCase>('validate.yml', name) : []
    it.each(cases.map((c) => [c.description, c] as const))(`${name}: %s`, (_description, c) => {
      const result = xWeightedLength(c.text, config)
      expect({ weightedLength: result.weightedLength, valid: result.valid }).toEqual({
        weightedLength: c.expected.weightedLength,
        valid: c.expected.valid,
      })
    })
  }

  // twitter-text checks this section with isValidTweetText(text, configs.version1).
  const tweets = hasConformance ? section<ValidityCase>('validate.yml', 'tweets') : []
  it.each(tweets.map((c) => [c.description, c] as const))('tweets (v1 config): %s', (_description, c) => {
    expect(xWeightedLength(c.text, v1).valid).toBe(c.expected)
  })
})

/** Pieces of realistic bilingual posts, and the traps from the research notes. */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const words = [
  'Les', 'cliniques', 'ouvrent', 'lundi', 'été', 'élève', 'Québec', 'Montréal', 'à', 'côté', 'où', 'ça', 'naïve', 'Noël',
  'flu', 'clinics', 'open', 'Monday', 'apply', 'by', 'January', 'the', 'passport', 'wildfire', 'alert',
]
const accents = ['e\u0301te\u0301', 'E\u0301cole', 'c\u0327a', 'été', 'ÉCOLE', 'Œuvre', 'ﬁn']
const spaces = [' ', ' ', ' ', '\u00a0', '\u202f', '\n', '\u2009', '']
const punctuation = ['!', '?', ':', ';', '.', ',', '«\u00a0', '\u00a0»', '« ', ' »', '\u202f!', '\u00a0:', '…', '—', '’', '(', ')', '"']
const urls = [
  'https://www.canada.ca/fr/sante-publique/grippe.html',
  'https://canada.ca/fr!',
  '« https://canada.ca/fr »',
  'canada.ca/fr\u00a0!',
  'canada.ca/fr',
  'canada.ca/fr/',
  'www.canada.ca',
  'www.canada.ca/en/services',
  'http://example.com/a_b?x=1&y=2#frag',
  'HTTPS://Canada.CA/FR',
  'https://t.co/abc123',
  'https://fr.wikipedia.org/wiki/Qu%C3%A9bec_(province)',
  'https://fr.wikipedia.org/wiki/Montréal',
  'québec.ca',
  'québec.ca/fr',
  'http://ああ.com',
  'example.com:8080/path',
  'gc.ca?q=1',
  'a.b.c.d.e.f.gc.ca',
  'user_name.example.com',
  '-foo.com',
  '.canada.ca',
  'https://xn--qubec-dsa.ca',
  'canada.ca/fr?x=é',
]
const hashtags = ['#SaisonDeLaGrippe', '#FluSeason', '#Québec', '#EmploisÉtudiants', '#é', '#123', '#a_b', '#日本', '＃全角', '#1️⃣', '#️⃣']
const mentions = ['@SanteCanada', '@HealthCanada', '@user@mastodon.social', '@a/list', 'RT @gc', 'RT:@gc', 'courriel@gc.ca', '@josé', '@' + 'a'.repeat(22)]
/** Emoji that twemoji-parser 11 knows (Emoji 11), in their fully-qualified forms. */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const emoji = [
  '😀', '🎉', '❤️', '❤', '☀', '☀️', '☀︎', '⌚', '⌚️', '♾', '♾️', '✌', '✌️', '✌🏽', '☝️🏽',
  '👍🏽', '👍🏿', '🙋🏻‍♀️', '🏃‍♂️', '🕵️‍♀️', '🕵🏽‍♂️', '🏋️‍♀️', '👮🏾‍♀️',
  '👨‍👩‍👧‍👦', '👨‍👩‍👧', '👩‍👩‍👦', '👩‍❤️‍👨', '👩‍❤️‍💋‍👩', '👨‍💻', '👩🏽‍🔬', '👨‍⚕️', '👩🏻‍🦰', '👩‍✈️',
  '🏳️‍🌈', '🏴‍☠️', '👯‍♀️', '🧟‍♂️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '🇨🇦', '🇫🇷', '🇬🇧', '🇨🇦🇫🇷', '🇦🇦', '🇨', '1️⃣', '1⃣', '#️⃣', '*️⃣', '©', '®', '©️', '®️', '™', '™️', '‼️', '🏽', '\ufe0f',
]
// No bare U+200D: next to an emoji it makes a ZWJ join twemoji-parser does not list (see src/text/emoji.ts).
const other = ['日本語のテキスト', '한국어', '𝗯𝗼𝗹𝗱', '𝐈𝐭𝐚𝐥𝐢𝐪𝐮𝐞', 'Ωμέγα', 'Привет', 'שלום', 'مرحبا', '\u200b', '\u2028', '\ufeff', '\ufffe', '\u0301']

/** Every generated string draws from all of the above, glued with spaces, NBSPs or nothing. */
const bilingualPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...accents) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 3, arbitrary: fc.constantFrom(...urls) },
  { weight: 2, arbitrary: fc.constantFrom(...hashtags) },
  { weight: 2, arbitrary: fc.constantFrom(...mentions) },
  { weight: 3, arbitrary: fc.constantFrom(...emoji) },
  { weight: 1, arbitrary: fc.constantFrom(...other) },
)
const bilingualText = fc.array(fc.tuple(bilingualPiece, fc.constantFrom(...spaces)), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([piece, space]) => piece + space).join(''))

const generatedCases = 10_000

describe('xWeightedLength against twitter-text parseTweet', () => {
  it(`agrees on weightedLength and valid for ${generatedCases.toLocaleString('en')} generated bilingual texts`, () => {
    fc.assert(
      fc.property(bilingualText, (text) => {
        const oracle = twitter.parseTweet(text)
        expect(xWeightedLength(text)).toEqual({ weightedLength: oracle.weightedLength, valid: oracle.valid })
      }),
      { seed: 20261125, numRuns: generatedCases },
    )
  })

  it('agrees on long texts around the 280 limit and on paid-account lengths', () => {
    fc.assert(
      fc.property(fc.array(bilingualPiece, { minLength: 40, maxLength: 400 }), (pieces) => {
        const text = pieces.join(' ')
        const oracle = twitter.parseTweet(text)
        expect(xWeightedLength(text)).toEqual({ weightedLength: oracle.weightedLength, valid: oracle.valid })
      }),
      { seed: 7, numRuns: 500 },
    )
  })

  it('agrees on the known traps from the research notes', () => {
    const traps = [
      'Infos : canada.ca/fr',
      'Infos : https://canada.ca/fr!',
      '« https://canada.ca/fr »',
      'Voir canada.ca/fr\u00a0!',
      'e\u0301te\u0301',
      'été',
      '1️⃣ 🇨🇦 👨‍👩‍👧 👍🏽',
      '𝗯𝗼𝗹𝗱',
      '©',
      '©️',
      '',
      ' ',
      '\ufeff',
      'a'.repeat(281),
      'é'.repeat(280),
    ]
    for (const text of traps) {
      const oracle = twitter.parseTweet(text)
      expect(xWeightedLength(text), JSON.stringify(text)).toEqual({ weightedLength: oracle.weightedLength, valid: oracle.valid })
    }
  })
})

describe('x platform', () => {
  it('measures in weighted characters against 280, or a paid limit', () => {
    const text = 'Les cliniques ouvrent lundi : canada.ca/fr 🇨🇦'
    const oracle = twitter.parseTweet(text).weightedLength
    const m = x.measure(text)
    expect(m).toMatchObject({ platform: 'x', unit: 'weighted', length: oracle, limit: 280, remaining: 280 - oracle, withinLimit: true })
    expect(m.constraints.map((c) => c.name)).toEqual(['text'])
    expect(x.measure('a'.repeat(300), { limit: 25_000 })).toMatchObject({ limit: 25_000, withinLimit: true })
    expect(x.measure('a'.repeat(300)).withinLimit).toBe(false)
  })

  it('adds a forbidden-characters constraint only when U+FFFE, U+FEFF or U+FFFF is present', () => {
    const m = x.measure('Bonjour\ufeff')
    expect(m.constraints.map((c) => c.name)).toEqual(['text', 'forbidden-characters'])
    expect(m.withinLimit).toBe(twitter.parseTweet('Bonjour\ufeff').valid)
  })

  it('formats links as label then URL, or the URL alone', () => {
    expect(x.formatLink('https://canada.ca', 'https://canada.ca')).toBe('https://canada.ca')
    expect(x.formatLink('Canada.ca', 'https://canada.ca')).toBe('Canada.ca https://canada.ca')
    expect(x).toMatchObject({ id: 'x', displayName: 'X', takesLanguageTag: false, limits: { text: 280, altText: 1000, displayName: 50, bio: 160 } })
  })
})
