import fc from 'fast-check'
import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { extractHashtags, extractMentions, type SocialEntity } from '../src/text/social-entities.js'
import { generateCorpus } from './support/corpus.js'
import { conformanceSection, hasConformance, utf16Offset } from './support/twitter-conformance.js'

function oracleHashtags(text: string): SocialEntity[] {
  return twitter.extractHashtagsWithIndices(text).map((h) => ({ text: h.hashtag, start: h.indices[0], end: h.indices[1] }))
}
function oracleMentions(text: string): SocialEntity[] {
  return twitter.extractMentionsWithIndices(text).map((m) => ({ text: m.screenName, start: m.indices[0], end: m.indices[1] }))
}

describe.skipIf(!hasConformance)('twitter-text conformance: extract.yml', () => {
  for (const name of ['hashtags', 'hashtags_from_astral']) {
    const cases = hasConformance ? conformanceSection<string[]>('extract.yml', name) : []
    it.each(cases.map((c) => [c.description, c] as const))(`${name}: %s`, (_d, c) => {
      expect(extractHashtags(c.text).map((h) => h.text)).toEqual(c.expected)
    })
  }
  const hashtagIndices = hasConformance ? conformanceSection<Array<{ hashtag: string; indices: [number, number] }>>('extract.yml', 'hashtags_with_indices') : []
  it.each(hashtagIndices.map((c) => [c.description, c] as const))('hashtags_with_indices: %s', (_d, c) => {
    const expected = c.expected.map((h) => ({ text: h.hashtag, start: utf16Offset(c.text, h.indices[0]), end: utf16Offset(c.text, h.indices[1]) }))
    expect(extractHashtags(c.text)).toEqual(expected)
  })
  const mentions = hasConformance ? conformanceSection<string[]>('extract.yml', 'mentions') : []
  it.each(mentions.map((c) => [c.description, c] as const))('mentions: %s', (_d, c) => {
    expect(extractMentions(c.text).map((m) => m.text)).toEqual(c.expected)
  })
  const mentionIndices = hasConformance ? conformanceSection<Array<{ screen_name: string; indices: [number, number] }>>('extract.yml', 'mentions_with_indices') : []
  it.each(mentionIndices.map((c) => [c.description, c] as const))('mentions_with_indices: %s', (_d, c) => {
    const expected = c.expected.map((m) => ({ text: m.screen_name, start: utf16Offset(c.text, m.indices[0]), end: utf16Offset(c.text, m.indices[1]) }))
    expect(extractMentions(c.text)).toEqual(expected)
  })
})

// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const pieces = [
  '#SaisonDeLaGrippe', '#Québec', '#EmploisÉtudiants', '#FluSeason', '#é', '#123', '#a_b', '#日本語', '＃全角', '#한국어', '#Привет',
  '#1️⃣', '#️⃣', '##double', '#tag#tag', '#tag://x', '&#39;', 'a#b', '#ça', '#e\u0301te\u0301', '#naïve', '#x\u200dy',
  '@SanteCanada', '@HealthCanada', '@user@mastodon.social', '@a/list', '@a/', 'RT @gc', 'RT:@gc', 'rt@gc', 'xRT@gc', '!RT@gc', 'courriel@gc.ca',
  '@josé', '@' + 'a'.repeat(22), '＠全角', '@@x', '@x://', 'https://canada.ca/#fr', 'canada.ca/#Québec', 'http://x.com/@user',
  ' ', ' ', '\u00a0', '\u202f', '.', ',', '!', ':', '«', '»', '(', ')', '😀', '\ufe0f', '\ufe0e', 'é', 'a', '1', '_', '&',
]

describe('hashtag and mention extraction against twitter-text', () => {
  it('agrees on 10,000 generated bilingual posts', () => {
    for (const text of generateCorpus(10_000, 404)) {
      expect(extractHashtags(text), text).toEqual(oracleHashtags(text))
      expect(extractMentions(text), text).toEqual(oracleMentions(text))
    }
  })

  it('agrees on 20,000 strings built from tricky hashtags, mentions and their neighbours', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(extractHashtags(text)).toEqual(oracleHashtags(text))
        expect(extractMentions(text)).toEqual(oracleMentions(text))
      }),
      { seed: 5, numRuns: 20_000 },
    )
  })

  it('agrees on 20,000 strings of single characters around # and @ signs (what may precede one, surrogates, joiners)', () => {
    // The hashtag finder starts from each `#` and must decide, as the regex does, whether the code point
    // before it may precede a hashtag and is not already part of the previous match.
    const units = [
      '#',
      '＃',
      'a',
      'é',
      '1',
      '_',
      '&',
      ' ',
      '.',
      '/',
      ':',
      '\ufe0e',
      '\ufe0f',
      '\u20e3',
      '\u200d',
      '\u0301',
      '\ud835\udc00',
      '😀',
      '\ud83d',
      '\ude00',
      '日',
      '·',
      '@',
      '＠',
      'x',
      'R',
      'T',
      't',
      '!',
      '+',
      '-',
      '~',
      '/',
      'RT',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(extractHashtags(text)).toEqual(oracleHashtags(text))
        expect(extractMentions(text)).toEqual(oracleMentions(text))
      }),
      { seed: 11, numRuns: 20_000 },
    )
  })

  it('keeps accents in French hashtags', () => {
    expect(extractHashtags('Vaccin #SaisonDeLaGrippe au #Québec').map((h) => h.text)).toEqual(['SaisonDeLaGrippe', 'Québec'])
  })

  it('stays fast on 200 KB of adversarial input', () => {
    for (const unit of ['#', '@', '_', '#_', '#1', '@a', 'RT', '#é']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length))
      const started = performance.now()
      extractHashtags(text)
      extractMentions(text)
      expect(performance.now() - started, unit).toBeLessThan(5_000)
    }
    const longRun = `#${'_'.repeat(200_000)}`
    const started = performance.now()
    expect(extractHashtags(longRun)).toEqual(oracleHashtags(longRun))
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
