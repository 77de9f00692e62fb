import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { emailRanges, patternsWithNeeds, patternsWithStarts, startingWord, startingWordGroups } from '../src/checks/parity/quantities.js'
import { generateCorpus, seededRandom } from './support/corpus.js'
import { unmark } from './support/notation.js'

/**
 * The words of a group as written (`[Ff]ile` → File, file; `jan\.?` → jan, jan.; `(?:me)?` → with and without),
 * for the few constructs the groups use.
 */
function wordsOf(group: string): string[] {
  const inner = group.slice(3, -1)
  const alternatives: string[] = []
  let depth = 0
  let last = 0
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') i++
    else if (inner[i] === '(') depth++
    else if (inner[i] === ')') depth--
    else if (inner[i] === '|' && depth === 0) {
      alternatives.push(inner.slice(last, i))
      last = i + 1
    }
  }
  alternatives.push(inner.slice(last))
  const expand = (pattern: string): string[] => {
    const optional = /^(.*?)(\(\?:([^()]*)\)\?|\\\.\?|\[(.)(.)\])(.*)$/.exec(pattern)
    if (optional === null) return [pattern.replace(/\\\./g, '.')]
    const [, before, , group, a, b, after] = optional as unknown as string[]
    const choices = group !== undefined ? [group, ''] : a !== undefined ? [a, b as string] : ['.', '']
    return choices.flatMap((choice) => expand(`${before}${choice}${after}`))
  }
  return alternatives.flatMap(expand)
}

describe('startingWord', () => {
  it('finds the words of every group where a lookbehind before them would, on texts made of the words and their neighbours', () => {
    let seed = 2026
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (const { group, flags } of startingWordGroups()) {
      const words = wordsOf(group)
      expect(words.length).toBeGreaterThan(10)
      const pieces = [...words, ...words.map((w) => w.toUpperCase()), ' ', '\u00a0', '.', '-', 'x', 'é', 'É', '1', '(', '\u0301']
      const before = new RegExp(`(?<![\\p{L}])${group}`, flags)
      const after = new RegExp(startingWord(group), flags)
      let compared = 0
      for (let k = 0; k < 4000; k++) {
        let text = ''
        for (let j = random(6) + 1; j > 0; j--) text += pieces[random(pieces.length)]
        const expected = [...text.matchAll(before)].map((m) => [m.index, m[0]])
        compared += expected.length
        expect(
          [...text.matchAll(after)].map((m) => [m.index, m[0]]),
          JSON.stringify(text),
        ).toEqual(expected)
      }
      // The texts hold matches, and texts where a word follows a letter (which neither finds).
      expect(compared).toBeGreaterThan(1000)
    }
  })
})

describe('emailRanges', () => {
  it('finds the addresses the pattern /[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+/g finds, one after another, on texts made of their parts', () => {
    const pattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
    let seed = 16
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    const pieces = ['a', 'Z', '9', '_', '-', '.', '+', '@', ' ', 'é', ':', 'x.ca', '@b.c', 'info@canada.ca', '..', '@@', '\u00a0']
    let found = 0
    for (let k = 0; k < 20000; k++) {
      let text = ''
      for (let j = random(10) + 1; j > 0; j--) text += pieces[random(pieces.length)]
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length])
      found += expected.length
      expect(emailRanges(text), JSON.stringify(text)).toEqual(expected)
    }
    expect(found).toBeGreaterThan(2000)
  })
})

/** Realistic and generated texts, and texts made of the pieces figures are written with. */
function figureTexts(): string[] {
  const fixtures = (file: string): string[] =>
    Object.values(JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>)
      .filter(Array.isArray)
      .flat()
      .flatMap((post: { en?: unknown; fr?: unknown }) => [post.en, post.fr].filter((text): text is string => typeof text === 'string').map(unmark))
  const texts = [...fixtures('number-parity.json'), ...fixtures('departmental-corpus.json'), ...fixtures('departmental-holdout.json'), ...generateCorpus(2000, 7, 20, 600)]
  const next = seededRandom(24)
  const random = (n: number) => Math.floor(next() * n)
  const pieces = [
    '$1,500',
    '$ 2.5 million',
    'CA$40',
    '1 500 $',
    '2,5 G$',
    '40 dollars',
    '3 millions de dollars',
    '15 %',
    '15%',
    '4.5 per cent',
    '12 percentage points',
    '3 pour cent',
    '2 points de pourcentage',
    '3 to 5 %',
    '2 and 4 per cent',
    '3 à 5 %',
    '1,5 et 2 pour cent',
    '3 à 5 $',
    '2 et 4 millions de dollars',
    '1 000 à 2 000 $',
    '$3 to $5',
    '2:30',
    '14:30',
    '2:30 p.m.',
    'noon',
    'Noon',
    'midnight',
    'midi',
    'Minuit',
    '24/7',
    '24 hours a day, 7 days a week',
    '24 h sur 24, 7 jours sur 7',
    '7 j/7',
    '2025-26',
    '2025–2026',
    '2026-03-31',
    '2026',
    '1999',
    ' to ',
    ' and ',
    ' à ',
    ' au ',
    ' et ',
    '–',
    '-',
    '/',
    ' ',
    '\u00a0',
    '\u202f',
    '\0',
    'de ',
    'cent',
    '%',
    '$',
    ':',
    '7',
    '24',
    '19',
    '20',
    '3',
    '12',
    '15 January',
    '1st of July',
    'January',
    'May',
    'Sept.',
    ' of ',
    'st',
    'th',
    'er',
    'e',
    'mai',
    '613-555-0199',
    '(613) 555-0199',
    '+1 613 555 0199',
    '1 800 O-Canada',
    '1-800-622-6232',
    'a',
    'é',
    '.',
    ',',
  ]
  for (let k = 0; k < 6000; k++) {
    let text = ''
    for (let j = random(8) + 1; j > 0; j--) text += pieces[random(pieces.length)]
    texts.push(text)
  }
  return texts
}

describe('figure patterns that need a string', () => {
  // A pattern is skipped on a text holding none of its `needs` (`$`, `%` or `cent`, `:`…): that must never lose a match.
  it('find nothing that does not hold one of the strings they need, on realistic and generated texts', () => {
    const texts = figureTexts()
    const matched = new Map<RegExp, number>()
    for (const { pattern, needs } of patternsWithNeeds()) {
      for (const text of texts) {
        for (const match of text.matchAll(pattern)) {
          expect(
            needs.some((need) => match[0].includes(need)),
            `${pattern.source} on ${JSON.stringify(text)}: ${JSON.stringify(match[0])}`,
          ).toBe(true)
          matched.set(pattern, (matched.get(pattern) ?? 0) + 1)
        }
      }
    }
    // Every such pattern was seen matching, many times.
    const counts = patternsWithNeeds().map(({ pattern }) => matched.get(pattern) ?? 0)
    expect(counts.length).toBeGreaterThanOrEqual(15)
    expect(Math.min(...counts), JSON.stringify(counts)).toBeGreaterThan(50)
  })
})

describe('figure patterns that say where their matches start', () => {
  // Such a pattern is tried only at the digits of a text (at a figure's first digit), unless the text holds one of the
  // words it may also start with: that must never lose a match.
  it('start every match there, on realistic and generated texts', () => {
    const texts = figureTexts()
    const isDigit = (unit: string | undefined) => unit !== undefined && unit >= '0' && unit <= '9'
    const matched = new Map<RegExp, number>()
    for (const { pattern, starts } of patternsWithStarts()) {
      for (const text of texts) {
        for (const match of text.matchAll(pattern)) {
          const atDigit = isDigit(match[0][0]) && !(starts.at === 'figure' && isDigit(text[match.index - 1]))
          const atWord = starts.otherwise?.some((word) => match[0].startsWith(word)) ?? false
          expect(atDigit || atWord, `${pattern.source} on ${JSON.stringify(text)}: ${JSON.stringify(match[0])} at ${match.index}`).toBe(true)
          matched.set(pattern, (matched.get(pattern) ?? 0) + 1)
        }
      }
    }
    const counts = patternsWithStarts().map(({ pattern }) => matched.get(pattern) ?? 0)
    expect(counts.length).toBeGreaterThanOrEqual(20)
    expect(Math.min(...counts), JSON.stringify(counts)).toBeGreaterThan(20)
  })
})
