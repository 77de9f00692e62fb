import { describe, expect, it } from 'vitest'
import { emailRanges, startingWord, startingWordGroups } from '../src/checks/parity/quantities.js'

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
