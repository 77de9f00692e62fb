import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyFixes, check, definePost } from '../src/index.js'
import { unmark } from './support/notation.js'

interface Case {
  readonly text: string
  /** The rule (or rules, sorted) that must fire; null for a correct text. */
  readonly rule: string | readonly string[] | null
  readonly fixed: string | null
  readonly source: string
}
const table = (JSON.parse(readFileSync(new URL('./fixtures/typography-fr.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases
const rules = ['colon', 'punctuation', 'quotes', 'numbers', 'currency', 'percent', 'time', 'ordinals'].map((r) => `typography/fr-${r}`)
const options = { preset: 'none' as const, rules: Object.fromEntries(rules.map((r) => [r, 'warn' as const])) }

const expected = (c: Case): string[] => (c.rule === null ? [] : typeof c.rule === 'string' ? [c.rule] : [...c.rule].sort())

function run(fr: string) {
  const post = definePost({ en: 'x', fr })
  const report = check(post, options)
  return { fired: new Set(report.diagnostics.map((d) => d.ruleId)), report, fixed: applyFixes(post, report).fr }
}

describe('French typography table (test/fixtures/typography-fr.json)', () => {
  it('holds at least 150 cases, at least 40 of them correct texts', () => {
    expect(table.length).toBeGreaterThanOrEqual(150)
    expect(table.filter((c) => c.rule === null).length).toBeGreaterThanOrEqual(40)
  })

  it.each(table.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const text = unmark(c.text)
    const { fired, report, fixed } = run(text)
    expect([...fired].sort()).toEqual(expected(c))
    if (c.fixed === null) {
      // No fix offered: the text is reported (or correct) and left as written.
      expect(report.diagnostics.every((d) => d.fix === undefined)).toBe(true)
      expect(fixed).toBe(text)
    } else {
      expect(fixed).toBe(unmark(c.fixed))
      // One call is enough: the fixed text raises nothing.
      expect(run(fixed).fired.size).toBe(0)
    }
  })

  it('reports precision and recall of the typography rules on the table', () => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const c of table) {
      const { fired } = run(unmark(c.text))
      const wanted = expected(c)
      tp += wanted.filter((r) => fired.has(r)).length
      fn += wanted.filter((r) => !fired.has(r)).length
      fp += [...fired].filter((r) => !wanted.includes(r)).length
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    console.log(`typography table: ${table.length} cases, tp=${tp} fp=${fp} fn=${fn}, precision=${precision.toFixed(3)}, recall=${recall.toFixed(3)}`)
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })
})
