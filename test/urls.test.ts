import punycode from 'node:punycode'
import fc from 'fast-check'
import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { extractUrls, punycodeLength, type UrlEntity } from '../src/text/urls.js'
import { tldSet } from '../src/text/tlds.js'
import { generateCorpus } from './support/corpus.js'
import { conformanceSection, hasConformance, utf16Offset } from './support/twitter-conformance.js'

function oracle(text: string, withoutProtocol: boolean): UrlEntity[] {
  return twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: withoutProtocol }).map((u) => ({ url: u.url, start: u.indices[0], end: u.indices[1] }))
}

describe.skipIf(!hasConformance)('twitter-text conformance: extract.yml', () => {
  for (const name of ['urls', 'tco_urls_with_params']) {
    const cases = hasConformance ? conformanceSection<string[]>('extract.yml', name) : []
    it.each(cases.map((c) => [c.description, c] as const))(`${name}: %s`, (_d, c) => {
      expect(extractUrls(c.text).map((u) => u.url)).toEqual(c.expected)
    })
  }
  type Indexed = Array<{ url: string; indices: [number, number] }>
  const withIndices = hasConformance ? [...conformanceSection<Indexed>('extract.yml', 'urls_with_indices'), ...conformanceSection<Indexed>('extract.yml', 'urls_with_directional_markers')] : []
  it.each(withIndices.map((c) => [c.description, c] as const))('urls_with_indices / urls_with_directional_markers: %s', (_d, c) => {
    const expected = c.expected.map((u) => ({ url: u.url, start: utf16Offset(c.text, u.indices[0]), end: utf16Offset(c.text, u.indices[1]) }))
    expect(extractUrls(c.text)).toEqual(expected)
  })
})

describe.skipIf(!hasConformance)('twitter-text conformance: validate.yml URL cases, as extraction', () => {
  // validate.yml's url sections test twitter-text isValidUrl, which this library does not
  // implement; their texts are run through extraction and compared with twitter-text's.
  const cases = hasConformance ? [...conformanceSection<boolean>('validate.yml', 'urls'), ...conformanceSection<boolean>('validate.yml', 'urls_without_protocol')] : []
  it.each(cases.map((c) => [c.description, c] as const))('%s', (_d, c) => {
    expect(extractUrls(c.text)).toEqual(oracle(c.text, true))
    expect(extractUrls(c.text, { withoutProtocol: false })).toEqual(oracle(c.text, false))
  })
})

/** Characters that steer the URL grammar one way or another. */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const tokens = [
  'a', 'é', 'ⱥ', '\u212a', 'ſ', 'İ', '.', '.', '/', '/', '(', ')', ':', '?', '_', '-', '+', '@', '#', '&', '=', '%', '$', '!', '~', '"', '\u2013',
  ' ', '\u00a0', '\u202f', '«', '»', '\u3002', '\u202a', '\ufeff', '😀', '日本', '\u0300', '1', '8080',
  'com', 'COM', 'ca', 'co', 'fr', 'onion', 'xn--', 'xn--p1ai', '中国', 'рф', 'РФ', '嘉里', '嘉里大酒店', 'vermögensberater',
  'canada', 'www', 'http://', 'https://', 'HTTPS://', 't.co/', 'ab12', 'a'.repeat(64), 'é'.repeat(40),
]
const urlish = fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''))

describe('extractUrls against twitter-text extractUrlsWithIndices', () => {
  const corpus = generateCorpus(10_000, 2026)

  it('agrees on 10,000 generated bilingual posts, with and without protocol-less links', () => {
    for (const text of corpus) {
      expect(extractUrls(text), text).toEqual(oracle(text, true))
      expect(extractUrls(text, { withoutProtocol: false }), text).toEqual(oracle(text, false))
    }
  })

  it('agrees on 20,000 strings built from the characters the grammar cares about', () => {
    fc.assert(
      fc.property(urlish, (text) => {
        expect(extractUrls(text)).toEqual(oracle(text, true))
        expect(extractUrls(text, { withoutProtocol: false })).toEqual(oracle(text, false))
      }),
      { seed: 42, numRuns: 20_000 },
    )
  })

  it('agrees on the French punctuation traps', () => {
    for (const text of ['https://canada.ca/fr!', '« https://canada.ca/fr »', 'canada.ca/fr\u00a0!', 'Voir www.canada.ca.', '(canada.ca/fr)', 'canada.ca/fr…', 'canada.ca/fr’']) {
      expect(extractUrls(text), text).toEqual(oracle(text, true))
    }
  })
})

describe('extractUrls building blocks', () => {
  it('holds exactly twitter-text’s TLD list', () => {
    const list = (source: string) =>
      source
        .replace(/^\(\?:\(\?:/, '')
        .replace(/\)\(\?=.*$/, '')
        .split('|')
    const { validGTLD, validCCTLD } = (twitter as unknown as { regexen: Record<string, RegExp> }).regexen
    expect(new Set(tldSet())).toEqual(new Set([...list((validGTLD as RegExp).source), ...list((validCCTLD as RegExp).source)]))
  })

  it('computes punycode label lengths as Node’s punycode.toASCII does', () => {
    const label = fc.array(fc.constantFrom('a', 'z', '0', '-', 'é', 'ü', '日', '本', '\u3002', '\u007f', '😀', 'ß', 'Ω'), { maxLength: 30 }).map((p) => p.join(''))
    fc.assert(
      fc.property(label, (l) => {
        expect(punycodeLength(l)).toBe(punycode.toASCII(l).length)
      }),
      { seed: 3, numRuns: 5_000 },
    )
  })

  it('stays linear on 200 KB of adversarial input', () => {
    for (const unit of ['a.', 'http://', '_', '#', '@', 'é.', 'a.co/(', 'a.co/!', 'x.com?!', '.a', 'https://a.com/']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length))
      const started = performance.now()
      extractUrls(text)
      expect(performance.now() - started, unit).toBeLessThan(5_000)
    }
  })
})

describe('extractUrls, call after call', () => {
  it('gives the same answers in either mode and any order, each call a list of its own', () => {
    const texts = ['Voir canada.ca/fr !', 'https://www.canada.ca/en.html and x.com', 'rien', 'Voir canada.ca/fr !']
    const fresh = texts.map((text) => [JSON.stringify(extractUrls(`${text} `)), JSON.stringify(extractUrls(`${text} `, { withoutProtocol: false }))])
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        const [withoutProtocol, withProtocol] = fresh[i] as [string, string]
        expect(JSON.stringify(extractUrls(`${text} `))).toBe(withoutProtocol)
        expect(JSON.stringify(extractUrls(`${text} `, { withoutProtocol: false }))).toBe(withProtocol)
      })
    }
    const mine = extractUrls('Infos : canada.ca/fr')
    mine.push({ url: 'mine', start: 0, end: 0 })
    expect(extractUrls('Infos : canada.ca/fr')).toEqual([{ url: 'canada.ca/fr', start: 8, end: 20 }])
  })
})
