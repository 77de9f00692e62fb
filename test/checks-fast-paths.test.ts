/**
 * The faster algorithms of the checks (word scans, value scans, folding,
 * phrase prefilters, URL language) against the slower ones they replaced,
 * kept here as references, on generated inputs built from the characters
 * that sit on their edges.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLetter, isMark, withoutMarks } from '../src/text/categories.js'
import { hashtagsOf } from '../src/conduct/hashtags.js'
import { parseMarkdown, textNodeRanges } from '../src/text/markdown.js'
import { extractHashtags } from '../src/text/social-entities.js'
import { compareDiagnostics, sortDiagnostics } from '../src/checks/order.js'
import { sortByStart } from '../src/text/sort.js'
import { simpleUrlParts, urlLanguage, urlParts } from '../src/text/url-language.js'
import { emojiMatches, emojiSequence, foldCase } from '../src/checks/parity/entities.js'
import { fancyRun, fancyRuns } from '../src/checks/rules/accessibility-fancy-letters.js'
import { mayHoldQuantities, readQuantities } from '../src/checks/parity/quantities.js'
import { fold, foldCharacter, foldPlain, foldQuick } from '../src/conduct/fold.js'
import { findPieces, holdsTerm, indexPieces } from '../src/conduct/pieces.js'
import { compileTerms, findTerms } from '../src/conduct/terms.js'
import { stopWordCounts, stopWords } from '../src/text/stop-words.js'
import { reportUnpaired } from '../src/checks/parity/pairs.js'
import type { Found } from '../src/checks/parity/entities.js'
import type { RuleContext, RuleReport } from '../src/checks/rule.js'

/** Pieces of text near the edges: letters of several scripts, marks, surrogates, case changes that change length. */
// Grouped by hand (one kind of piece, or one row, a line): Prettier would put each item on a line of its own.
// prettier-ignore
const edgy = fc.constantFrom(
  'the', 'The', 'THE', 'and', 'de', 'Le', 'où', 'OÙ', 'très', 'été', 'e\u0301te\u0301', 'être', 'qu', "qu'il", 'j’ai', 'c', 'y', 'a', 'un',
  'İ', 'İS', 'ß', 'ﬁ', 'Σ', 'ΟΔΟΣ', 'ǅ', 'ǈ', 'ᾈ', '\u0130\u0307', 'K', 'Å',
  ' ', '\u00a0', '\n', '-', "'", '’', '1', '42', '_', '#', '@', '.', '!',
  '𝗯𝗼𝗹𝗱', '𝐀', '😀', '\ud835', '\udc00', '\ud835x', '日本語', '한국어', 'مرحبا', '\u0301', '\u200d', 'ǃ',
  'pourquoi', 'comment', 'bonjour', 'thanks', 'please', 'would', 'pourquoiX',
)
const textOf = (pieces: string[]) => pieces.join('')

describe('isLetter', () => {
  it('agrees with \\p{L} on every code point', () => {
    const letter = /^\p{L}$/u
    const wrong: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      const expected = code >= 0xd800 && code <= 0xdfff ? false : letter.test(String.fromCodePoint(code))
      if (isLetter(code) !== expected) wrong.push(`U+${code.toString(16)}`)
    }
    expect(wrong).toEqual([])
  })
})

/** stopWordCounts before the code-point scan: a regular expression match per word. */
function stopWordCountsByRegex(text: string, stopWords: { en: ReadonlySet<string>; fr: ReadonlySet<string> }) {
  let en = 0
  let fr = 0
  let words = 0
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    if (stopWords.en.has(match[0])) en++
    if (stopWords.fr.has(match[0])) fr++
  }
  return { en, fr, words }
}

describe('stopWordCounts', () => {
  it('counts as the regular expression scan did', () => {
    fc.assert(
      fc.property(fc.array(edgy, { maxLength: 40 }), (pieces) => {
        const text = textOf(pieces)
        expect(stopWordCounts(text), JSON.stringify(text)).toEqual(stopWordCountsByRegex(text, stopWords))
      }),
      { seed: 11, numRuns: 20_000 },
    )
  })
})

describe('isMark and withoutMarks', () => {
  it('agree with \\p{M} on every code point', () => {
    const mark = /^\p{M}$/u
    const wrong: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      const expected = code >= 0xd800 && code <= 0xdfff ? false : mark.test(String.fromCodePoint(code))
      if (isMark(code) !== expected) wrong.push(`U+${code.toString(16)}`)
    }
    expect(wrong).toEqual([])
  })

  it('remove what the regular expression removes', () => {
    const piece = fc.constantFrom('e\u0301', '\u0301', 'a', 'É', '\u20e3', '\ufe0f', '\u{e0100}', '\u{1d165}', '\ud834', '\udd65', '\u0915\u093f', '\u3099', ' ', '😀', 'ß')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = textOf(pieces)
        expect(withoutMarks(text)).toBe(text.replace(/\p{M}/gu, ''))
      }),
      { seed: 12, numRuns: 5_000 },
    )
  })
})

describe('readQuantities', () => {
  const piece = fc.constantFrom(
    '1',
    '15',
    '2026',
    '2026–27',
    '1,500',
    '1\u00a0500',
    '1 500',
    ',50',
    '.5',
    '$',
    ' $',
    '%',
    ' %',
    'per cent',
    'pour cent',
    'dollars',
    'million',
    'milliards',
    'M$',
    ':',
    '2:30',
    '14:30',
    ' h ',
    'h30',
    '\u00a0h\u00a0',
    'a.m.',
    'P.M.',
    'pm',
    'st',
    'nd',
    'er',
    're',
    'e',
    ' to ',
    ' au ',
    ' à ',
    '–',
    '-',
    'May',
    'mai',
    'June',
    'juin',
    'noon',
    'midi',
    'minuit',
    'midnight',
    'après-midi',
    '24/7',
    'C-21',
    'K1A 0K9',
    '613-555-1234',
    'three',
    'trois',
    'K',
    'ſ',
    'İ',
    'x',
    '_',
    ' ',
    '\u00a0',
    '#',
    '@',
    'é',
    '😀',
  )
  const texts = fc
    .array(
      fc.tuple(piece, fc.constantFrom('', ' ', '\u00a0', '.')).map(([p, separator]) => p + separator),
      { maxLength: 24 },
    )
    .map(textOf)

  it('reads nothing from a text with no digit and no noon/midnight word, number words only when asked', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('en' as const, 'fr' as const), (text, lang) => {
        if (!mayHoldQuantities(text)) expect(readQuantities(text, lang)).toEqual([])
        expect(readQuantities(text, lang).some((q) => q.soft)).toBe(false)
      }),
      { seed: 13, numRuns: 5_000 },
    )
  })

  it('gives each quantity the range of its text, in order, with keys of finite values', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('en' as const, 'fr' as const), (text, lang) => {
        const found = readQuantities(text, lang, true)
        for (const q of found) {
          expect(text.slice(q.start, q.end)).toBe(q.text)
          expect(q.key).not.toMatch(/NaN|Infinity/)
        }
        expect(found.map((q) => q.start)).toEqual([...found.map((q) => q.start)].sort((a, b) => a - b))
      }),
      { seed: 24, numRuns: 5_000 },
    )
  })
})

describe('typography patterns', () => {
  /** Every match of a global pattern, as the rules' scan reads them. */
  const matches = (pattern: RegExp, text: string) => {
    const found: string[] = []
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++
      else found.push(`${m.index}:${JSON.stringify([...m])}`)
    }
    return found
  }
  const cases = [
    [/(?=[ \t\u00a0\u202f]*[;!?])(?<=[\p{L}\p{N}»”"')\]%])([ \t\u00a0\u202f]*)([;!?])/gu, /(?<=[\p{L}\p{N}»”"')\]%])([ \t\u00a0\u202f]*)([;!?])/gu],
    [
      /(?=\d)(?<![\p{L}\p{N}])(\d+)(ièmes?|iemes?|èmes?|emes?|ères?|eres?|ndes?|nds?|st|th|rd|è)(?![\p{L}\p{N}])/giu,
      /(?<![\p{L}\p{N}])(\d+)(ièmes?|iemes?|èmes?|emes?|ères?|eres?|ndes?|nds?|st|th|rd|è)(?![\p{L}\p{N}])/giu,
    ],
  ] as const

  it('with their leading lookahead, match exactly as without', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      '1',
      '21',
      ' ',
      '\u00a0',
      '\u202f',
      '\t',
      ';',
      '!',
      '?',
      '»',
      '”',
      ')',
      ']',
      '%',
      'ème',
      'EME',
      'ère',
      'è',
      's',
      '"',
      "'",
      'nd',
      'ST',
      'th',
      'rd',
      'K',
      'ſ',
      '_',
      '😀',
      '\ud835',
      '\n',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = textOf(pieces)
        for (const [fast, slow] of cases) expect(matches(fast, text), JSON.stringify(text)).toEqual(matches(slow, text))
      }),
      { seed: 14, numRuns: 10_000 },
    )
  })

  it('are the ones the rules use', async () => {
    const sources = await Promise.all(
      ['punctuation', 'ordinals'].map((name) => import('node:fs').then((fs) => fs.readFileSync(new URL(`../src/checks/rules/typography-fr-${name}.ts`, import.meta.url), 'utf8'))),
    )
    for (const [index, [fast]] of cases.entries()) expect(sources[index]).toContain(`/${fast.source}/${fast.flags}`)
  })
})

describe('conduct prefilter', () => {
  /** Letters whose case or fold has edges: Greek sigmas and breathings, Turkish i's, sharp s, ligatures, combining marks. */
  const foldEdges = [
    'Σ',
    'σ',
    'ς',
    'ΟΔΟΣ',
    'οδος',
    'ΣΑ',
    'ΑΣ',
    'Ἀθῆναι',
    'ἈΘΗΝΑΣ',
    'ᾈ',
    'ᾼ',
    'ΐ',
    'Ϊ́',
    '\u0345',
    'İ',
    'ı',
    'I',
    'i',
    'İS',
    'ISTANBUL',
    'i\u0307',
    'I\u0307',
    '\u0130\u0307',
    'ß',
    'ẞ',
    'STRAẞE',
    'Straße',
    'ss',
    'œ',
    'Œ',
    'æ',
    'Æ',
    'ǽ',
    'Ǽ',
    'ǣ',
    'Ǣ',
    'ﬁ',
    'ﬂ',
    'ﬀ',
    'Ĳ',
    'ĳ',
    'ǅ',
    'ǈ',
    'e\u0301',
    'E\u0301',
    'a\u0323\u0302',
    '\u0301',
    '\u0308',
    '\u20e3',
    'Å',
    '\u212b',
    'K',
    'ﬆ',
    'Parti',
    'LIBÉRAL',
    'é',
    'É',
    ' ',
    '\u00a0',
    '’',
    '—',
    '-',
    "'",
    '1',
    '.',
    '😀',
    '\u{1d400}',
    '\u{10400}',
    '\u{e0100}',
    '\ud835',
    '\udc00',
  ]

  it('folds generated text exactly as the offset-keeping fold does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...foldEdges), { maxLength: 20 }), (pieces) => {
        const text = textOf(pieces)
        expect(foldQuick(text), JSON.stringify(text)).toBe(fold(text).text)
      }),
      { seed: 15, numRuns: 10_000 },
    )
  })

  it('folds every code point, between neighbours, exactly as the offset-keeping fold does', () => {
    const neighbours = ['a', 'A', 'Σ', '\u0301', '\u0345', '\u0323', 'É', 'σ', 'ß', ' ', '\ud835', '\udc00']
    const wrong: string[] = []
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 61) {
      const character = String.fromCodePoint(code)
      for (const before of neighbours) {
        const text = `${before}${character}${neighbours[(code + before.length) % neighbours.length] as string}`
        if (foldQuick(text) !== fold(text).text) wrong.push(`U+${code.toString(16)} after ${JSON.stringify(before)}`)
      }
    }
    expect(wrong.slice(0, 10)).toEqual([])
  })

  it('finds a term with such letters whether the prefilter runs or not', () => {
    const word = fc.array(fc.constantFrom(...foldEdges.filter((piece) => /\p{L}/u.test(piece))), { minLength: 1, maxLength: 3 }).map(textOf)
    const casing = fc.constantFrom(
      (t: string) => t,
      (t: string) => t.toUpperCase(),
      (t: string) => t.toLowerCase(),
      (t: string) => t.normalize('NFD'),
      (t: string) => t.normalize('NFC'),
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 2 }), casing, casing, fc.array(fc.constantFrom(...foldEdges), { maxLength: 6 }), (words, phraseCase, textCase, around) => {
        const phrase = phraseCase(words.join(' '))
        const compiled = compileTerms([{ phrase, kind: 'test' }])
        // The same terms with nothing for the prefilter to rule out: every text goes to the exact fold and the patterns.
        const unfiltered = { terms: compiled.terms, patterns: compiled.patterns, pieces: compiled.terms.map(() => []) }
        const text = `${textOf(around.slice(0, 3))} ${textCase(words.join(' '))} ${textOf(around.slice(3))}`
        expect(findTerms(text, compiled), `${JSON.stringify(phrase)} in ${JSON.stringify(text)}`).toEqual(findTerms(text, unfiltered))
      }),
      { seed: 23, numRuns: 1_500 },
    )
  })

  it('knows a term possible exactly when the text holds every one of its pieces', () => {
    const letters = fc.constantFrom('a', 'b', 'ab', 'ba', 'abc', 'bca', 'cab', 'abab', 'aab', 'c', 'x.y', '(', '\ud835', '😀')
    fc.assert(
      fc.property(fc.array(fc.array(letters, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.array(letters, { maxLength: 12 }), (terms, textPieces) => {
        const text = textOf(textPieces)
        const index = indexPieces(terms)
        const held = findPieces(text, index)
        terms.forEach((pieces, term) => expect(holdsTerm(text, index, held, term), `${JSON.stringify(pieces)} in ${JSON.stringify(text)}`).toBe(pieces.every((piece) => text.includes(piece))))
      }),
      { seed: 16, numRuns: 10_000 },
    )
  })
})

describe('emoji scan', () => {
  it('knows the only code points below U+203C that start an emoji: ©, ® and keycaps', () => {
    const startsOne = new RegExp(emojiSequence.source, 'uy')
    const starters = new Set<string>()
    for (let code = 0; code < 0x203c; code++) {
      for (const next of ['', '\ufe0f\u20e3', '\u20e3']) {
        startsOne.lastIndex = 0
        if (startsOne.test(String.fromCharCode(code) + next)) starters.add(String.fromCharCode(code))
      }
    }
    expect([...starters].sort().join('')).toBe('#*0123456789©®')
  })

  it('finds what the global pattern finds', () => {
    const piece = fc.constantFrom(
      '😀',
      '🇨🇦',
      '🇨',
      '👍🏽',
      '❤️',
      '❤',
      '©',
      '®',
      '™',
      '1️⃣',
      '1\u20e3',
      '#️⃣',
      '*',
      '#',
      '7',
      '\ufe0f',
      '\u20e3',
      '\u200d',
      '👨‍👩‍👧',
      '\ud83d',
      '\ude00',
      'a',
      'é',
      ' ',
      '’',
      '日',
      '‼',
      '〰',
      '\u{1f3fb}',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = textOf(pieces)
        const show = (m: RegExpExecArray | RegExpMatchArray) => `${m.index}:${m[0]}`
        expect(emojiMatches(text).map(show), JSON.stringify(text)).toEqual([...text.matchAll(emojiSequence)].map(show))
      }),
      { seed: 17, numRuns: 20_000 },
    )
  })
})

describe('urlLanguage without the URL parser', () => {
  /** urlLanguage as it was: always through new URL(). */
  function urlLanguageByParser(url: string) {
    const parts = urlParts(url)
    if (parts === undefined) return undefined
    const pathLanguage: Record<string, 'en' | 'fr'> = { en: 'en', fr: 'fr', eng: 'en', fra: 'fr' }
    const query = parts.lang?.toLowerCase()
    if (query !== undefined && Object.hasOwn(pathLanguage, query)) return pathLanguage[query]
    const segments = parts.pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => segment.toLowerCase())
    if (segments[0] === 'en' || segments[0] === 'fr') return segments[0]
    for (const segment of segments) if (segment === 'eng' || segment === 'fra') return pathLanguage[segment]
    const file = /-(eng|fra)(?:\.[a-z0-9]+)?$/.exec(segments[segments.length - 1] ?? '')
    return file?.[1] === undefined ? undefined : pathLanguage[file[1]]
  }

  /** Mostly what posts hold, sometimes what only the parser reads right. */
  const mostly = (usual: string[], unusual: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 4 }, { arbitrary: fc.constantFrom(...unusual), weight: 1 })
  const scheme = mostly(['', 'https://', 'http://', 'HTTPS://'], ['https:', 'https:/', 'https:///', 'ftp://', 'mailto:', 'x:', ' '])
  const host = mostly(
    ['www.canada.ca', 'canada.ca', 'a.gc.ca', 'A.GC.CA', 'localhost', 'x', '-a-.ca', 'a_b.ca', 'a.0xg'],
    ['example.123', '1.2.3.4', '0x1f', 'a.0x1f', 'xn--caf-dma.ca', 'a.xn--p1ai', 'a..b', 'a.b.', 'café.ca', 'user@a.ca', 'a.ca:8080', 'a.ca:', '[::1]', ''],
  )
  const segment = mostly(
    ['en', 'fr', 'EN', 'Fr', 'eng', 'FRA', 'doc-eng.aspx', 'doc-fra', 'index-FRA.html', 'a-eng.x.y', 'sante', '', '~x', "it's", 'a:b', '@', '(x)', '...'],
    ['.', '..', '%2e', '%2E%2e', 'a%20b', 'é', 'a b', 'a\tb', 'a\\b', 'a|b', 'a^b', '`', '{}'],
  )
  const query = mostly(
    [
      '',
      '?',
      '?lang=fr',
      '?lang=FRA',
      '?LANG=fr',
      '?lang=',
      '?lang',
      '?x=1&lang=eng',
      '?lang=fr&lang=en',
      '?&&lang=fr',
      '?lang=constructor',
      '?lang=toString',
      '?lang=fr?x',
      "?lang='fr'",
      '?lang=en#x',
      '?a=b/c',
    ],
    ['?lang=fr+x', '?lang=f%72', '?lang=%66r', '?lang=é', '?lang=a b'],
  )
  const fragment = mostly(['', '#', '#fr', '#lang=fr', '#/fr/'], ['#é ', '#\n', '# x'])
  const url = fc.tuple(scheme, host, fc.array(segment, { maxLength: 4 }), query, fragment).map(([s, h, segments, q, f]) => `${s}${h}${segments.map((x) => `/${x}`).join('')}${q}${f}`)

  it('reads the same path and lang parameter as the parser, whenever it reads a link at all', () => {
    let simple = 0
    fc.assert(
      fc.property(url, (text) => {
        const parts = simpleUrlParts(text)
        if (parts !== undefined) {
          simple++
          expect(parts, text).toEqual(urlParts(text))
        }
        expect(urlLanguage(text), text).toBe(urlLanguageByParser(text))
      }),
      { seed: 18, numRuns: 30_000 },
    )
    expect(simple).toBeGreaterThan(5_000)
  })

  it('reads the links of posts without the parser', () => {
    for (const text of [
      'https://www.canada.ca/fr/sante-publique/grippe.html',
      'canada.ca/fr',
      'www.canada.ca/en/services',
      'http://example.com/a_b?x=1&y=2#frag',
      'https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=30683',
    ]) {
      expect(simpleUrlParts(text), text).toEqual(urlParts(text))
    }
  })
})

describe('fancy letters', () => {
  it('are found where the global pattern finds them', () => {
    const piece = fc.constantFrom(
      '𝗯𝗼𝗹𝗱',
      '𝐀',
      '\u{1d7ff}',
      '\u{1d3ff}',
      '\u{1d800}',
      'Ⓒⓘ',
      '\u24b5',
      '\u24ea',
      'ＦＵＬＬ',
      'ｆ',
      '\uff20',
      '\uff5b',
      '🄰',
      '\u{1f12f}',
      '\u{1f18a}',
      '🎉',
      '\ud835',
      '\ud83c',
      '\udc00',
      'a',
      ' ',
      'é',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = textOf(pieces)
        const show = (m: RegExpExecArray | RegExpMatchArray) => `${m.index}:${m[0]}`
        expect(fancyRuns(text).map(show), JSON.stringify(text)).toEqual([...text.matchAll(fancyRun)].map(show))
      }),
      { seed: 19, numRuns: 20_000 },
    )
  })
})

describe('folding without the \\p{M} regular expression', () => {
  it('folds every BMP character and a sample of the others as before', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 37) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      // Ligatures, ß and final sigma spelt out as the fold spells them (ẞ → ß → ss, ǽ → æ → ae, ς → σ).
      const before = character.normalize('NFD').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ς/g, 'σ')
      if (foldCharacter(character) !== before && !['\u2019', '\u2018', '\u02bc', '\u2032', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00a0', '\u202f', '\u2009'].includes(character))
        wrong.push(character)
    }
    expect(wrong).toEqual([])
  })

  it('folds tags and handles for comparison as before', () => {
    const piece = fc.constantFrom('#', '@', 'Québec', 'SANTÉ', 'e\u0301', 'İ', 'Σ', 'ß', '_', '1', '😀', '\u20e3', '\ufe0f', '\ud835')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = textOf(pieces)
        expect(foldCase(text)).toBe(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
      }),
      { seed: 20, numRuns: 5_000 },
    )
  })
})

describe('sortDiagnostics', () => {
  it('puts diagnostics in the order a stable Array#sort gives, short lists and long', () => {
    const diagnostic = fc.record({
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      lang: fc.constantFrom('en' as const, 'fr' as const, undefined),
      // Few places, so that many tie; and any place a source can have.
      offset: fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 32 - 2 })), { nil: undefined }),
      id: fc.nat(),
    })
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 100 }), (items) => {
        const list = items.map(({ severity, lang, offset, id }) => ({
          ruleId: `r${id}`,
          severity,
          ...(lang === undefined ? {} : { lang }),
          field: 'text' as const,
          ...(offset === undefined ? {} : { position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 1, offset } } }),
          data: {},
          message: { en: '', fr: '' },
          messageKey: '',
        }))
        const expected = [...list].sort(compareDiagnostics)
        sortDiagnostics(list)
        expect(list).toEqual(expected)
        list.forEach((d, i) => expect(d).toBe(expected[i]))
      }),
      { seed: 21, numRuns: 3_000 },
    )
  })
})

describe('fold and foldPlain', () => {
  /** fold as it was: one code point at a time, with where each folded unit came from. */
  function foldByCodePoint(text: string) {
    let folded = ''
    const starts: number[] = []
    const ends: number[] = []
    for (let i = 0; i < text.length;) {
      const character = String.fromCodePoint(text.codePointAt(i) ?? 0)
      const piece = text.charCodeAt(i) < 0x80 ? character.replace(/[A-Z]/, (c) => c.toLowerCase()) : foldCharacter(character)
      for (let k = 0; k < piece.length; k++) {
        starts.push(i)
        ends.push(i + character.length)
      }
      folded += piece
      i += character.length
    }
    return { text: folded, starts, ends }
  }

  it('fold and map back as folding one code point at a time does', () => {
    const piece = fc.constantFrom('Parti', 'LIBÉRAL', 'é', 'e\u0301', 'Œ', 'ß', 'İ', 'Σ', '’', '—', '\u00a0', '😀', '\ud835', '\udc00', ' ', 'A', 'z', '#', 'ǅ')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = textOf(pieces)
        expect(fold(text)).toEqual(foldByCodePoint(text))
        expect(foldPlain(text)).toBe(foldByCodePoint(text).text)
      }),
      { seed: 22, numRuns: 5_000 },
    )
  })
})

describe('hashtags of a source for conduct', () => {
  /** hashtagsOf as it was: each tag cut from the source again, its sign taken off by a regular expression. */
  function hashtagsBefore(source: string, tree: ReturnType<typeof parseMarkdown> | undefined) {
    if (!source.includes('#') && !source.includes('＃')) return []
    return textNodeRanges(source, tree).flatMap(({ start, end }) =>
      extractHashtags(source.slice(start, end)).map((hashtag) => {
        const at = { start: start + hashtag.start, end: start + hashtag.end }
        return { ...at, tag: source.slice(at.start, at.end).replace(/^[#＃]/, '') }
      }),
    )
  }

  it('finds the same tags at the same places', () => {
    const piece = fc.constantFrom('#cdnpoli', '＃Québec', '#é', '#1', '##x', 'a#b', ' ', '**', '[x](https://a.ca/#frag)', '`#code`', '\n\n', '# Titre', 'https://canada.ca/#Québec', '😀#x', 'texte')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const source = textOf(pieces)
        for (const tree of [undefined, parseMarkdown(source)]) expect(hashtagsOf(source, tree)).toEqual(hashtagsBefore(source, tree))
      }),
      { seed: 23, numRuns: 3_000 },
    )
  })
})

describe('sortByStart', () => {
  it('orders ranges as a stable Array#sort by start does, short lists and long', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.integer({ min: 0, max: 8 }), id: fc.nat() }), { maxLength: 80 }), (items) => {
        const expected = [...items].sort((a, b) => a.start - b.start)
        const list = [...items]
        expect(sortByStart(list)).toBe(list)
        list.forEach((item, i) => expect(item).toBe(expected[i]))
      }),
      { seed: 26, numRuns: 3_000 },
    )
  })
})

describe('reportUnpaired', () => {
  // The pairing it replaced: each English tag searched the whole French list (quadratic in the tags),
  // with the pairs enforced both ways (a tag of the other language's side reported) written plainly.
  function reportUnpairedBefore(context: RuleContext, en: readonly Found[], fr: readonly Found[]): void {
    if (en.length === 0 && fr.length === 0) return
    const pairs = new Map<string, string>()
    for (const [enTag, frTag] of Object.entries(context.options.pairs ?? {})) pairs.set(foldCase(enTag), foldCase(frTag))
    // Each tag folded once, not once per comparison; a French tag paired is marked rather than spliced out.
    const frKeys = fr.map((item) => foldCase(item.value))
    const frPaired = new Uint8Array(fr.length)
    const enLeft: Found[] = []
    const enLeftKeys: string[] = []
    for (const item of en) {
      const key = foldCase(item.value)
      const pair = pairs.get(key)
      // The declared pair first, else the same tag.
      let index = 0
      while (index < fr.length && (frPaired[index] === 1 || pair === undefined || frKeys[index] !== pair)) index++
      if (index === fr.length) {
        index = 0
        while (index < fr.length && (frPaired[index] === 1 || frKeys[index] !== key)) index++
      }
      if (index === fr.length) {
        enLeft.push(item)
        enLeftKeys.push(key)
      } else frPaired[index] = 1
    }
    const frLeft = fr.filter((_, index) => frPaired[index] === 0)
    if (pairs.size > 0) {
      // A tag of the other language's side of a pair, and not of its own language's side of any: the wrong language.
      const entries = Object.entries(context.options.pairs ?? {})
      for (const [lang, items, own, other] of [
        ['en', en, 0, 1],
        ['fr', fr, 1, 0],
      ] as const) {
        for (const item of items) {
          const key = foldCase(item.value)
          const pair = entries.find((entry) => foldCase(entry[other]) === key)?.[own]
          if (pair === undefined || entries.some((entry) => foldCase(entry[own]) === key)) continue
          context.report({ messageId: lang === 'en' ? 'frenchInEnglish' : 'englishInFrench', lang, range: { start: item.start, end: item.end }, replacement: pair, data: { value: item.value, pair } })
        }
      }
      enLeft.forEach((item, index) => {
        const key = enLeftKeys[index] as string
        if (pairs.get(key) !== undefined) {
          context.report({
            messageId: 'missingPair',
            lang: 'en',
            range: { start: item.start, end: item.end },
            data: { value: item.value, pair: Object.entries(context.options.pairs ?? {}).find(([k]) => foldCase(k) === key)?.[1] },
          })
        }
      })
      const mappedFr = new Set(pairs.values())
      for (const [index, item] of fr.entries()) {
        const key = frKeys[index] as string
        if (frPaired[index] === 0 && mappedFr.has(key)) {
          const pair = Object.entries(context.options.pairs ?? {}).find(([, v]) => foldCase(v) === key)?.[0]
          context.report({ messageId: 'missingPair', lang: 'fr', range: { start: item.start, end: item.end }, data: { value: item.value, pair } })
        }
      }
    }
    if (en.length !== fr.length) {
      const [extra, lang] = en.length > fr.length ? ([enLeft, 'en'] as const) : ([frLeft, 'fr'] as const)
      const first = extra[0]
      context.report({
        messageId: 'count',
        lang,
        ...(first === undefined ? {} : { range: { start: first.start, end: (extra.at(-1) as Found).end } }),
        data: { en: en.length, fr: fr.length, unmatched: extra.map((e) => e.value) },
      })
    }
  }

  /** What a rule reports for these tags and pairs. */
  const reports = (unpaired: typeof reportUnpaired, en: readonly Found[], fr: readonly Found[], pairs: Record<string, string>) => {
    const reported: RuleReport[] = []
    unpaired({ options: { pairs }, report: (report: RuleReport) => reported.push(report) } as unknown as RuleContext, en, fr)
    return reported
  }
  const tag = fc.constantFrom('#Santé', '#sante', '#SANTE', '#Health', '#health', '#Grippe', '#Flu', '#Vaccin', '#Vaccine', '@GC', '@gc', '#École')
  const tags = fc.array(tag, { maxLength: 12 }).map((values) => values.map((value, index): Found => ({ value, start: index * 10, end: index * 10 + value.length })))
  const pairs = fc.dictionary(tag, tag, { maxKeys: 4 })

  it('reports exactly what the quadratic pairing reported', () => {
    fc.assert(
      fc.property(tags, tags, pairs, (en, fr, given) => {
        expect(reports(reportUnpaired, en, fr, given)).toEqual(reports(reportUnpairedBefore, en, fr, given))
      }),
      { numRuns: 5000 },
    )
  })
})
