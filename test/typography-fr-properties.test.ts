import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, check, definePost } from '../src/index.js'
import { readFrenchValues } from './support/french-numbers.js'
import { unmark } from './support/notation.js'

const texts = (JSON.parse(readFileSync(new URL('./fixtures/typography-fr.json', import.meta.url), 'utf8')) as { cases: { text: string }[] }).cases
  .map((c) => unmark(c.text))
  // `2:30 p.m.` → `14 h 30` rightly changes the figures written (12-hour to 24-hour clock); every other fix keeps them.
  .filter((t) => !/\d\s?[ap]\.?m\b/i.test(t))
const rules = ['colon', 'punctuation', 'quotes', 'numbers', 'currency', 'percent', 'time', 'ordinals'].map((r) => `typography/fr-${r}`)
const options = { preset: 'none' as const, rules: Object.fromEntries(rules.map((r) => [r, 'warn' as const])) }

function fix(fr: string): string {
  const post = definePost({ en: 'x', fr })
  return applyFixes(post, check(post, options)).fr
}

/** Posts made of several table snippets, so fixes of different rules meet in one text. */
const posts = fc.tuple(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', ' ', ' — ')).map(([parts, joiner]) => parts.join(joiner))

describe('applyFixes on French typography (fast-check)', () => {
  it('is idempotent: a second call changes nothing', () => {
    fc.assert(
      fc.property(posts, (fr) => {
        const once = fix(fr)
        expect(fix(once)).toBe(once)
      }),
      { numRuns: 300 },
    )
  })

  it('never changes a value: the numbers read before and after are the same', () => {
    fc.assert(
      fc.property(posts, (fr) => {
        expect(readFrenchValues(fix(fr))).toEqual(readFrenchValues(fr))
      }),
      { numRuns: 300 },
    )
  })

  it('the reader is not blind: it tells a changed value apart', () => {
    expect(readFrenchValues('1,500,000 et 6.5 et $5M à 14 h 00')).toEqual(['1500000', '6.5', '5000000', 't840'])
    expect(readFrenchValues('1 500 000 et 6,5 et 5 M$ à 14 h')).toEqual(['1500000', '6.5', '5000000', 't840'])
    expect(readFrenchValues('2,125 kg')).not.toEqual(readFrenchValues('2 125 kg'))
  })
})
