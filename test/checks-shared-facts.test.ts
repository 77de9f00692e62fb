import { describe, expect, it, vi } from 'vitest'
import type { Lang } from '../src/post/language.js'
import type { Rule, RuleContext } from '../src/checks/rule.js'

const computed = vi.hoisted(() => ({ calls: [] as string[] }))

/** A fact of a language: its source in upper case, counted each time it is computed. */
function shout(context: RuleContext, lang: Lang): string {
  computed.calls.push(`${lang}:${context.source(lang)}`)
  return context.source(lang).toUpperCase()
}

vi.mock('../src/checks/rules/index.js', () => {
  const rule = (id: string): Rule => ({
    id,
    defaultSetting: 'warn',
    description: id,
    examples: { pass: { en: 'a', fr: 'b' }, fail: { en: 'a', fr: 'b' } },
    check(context) {
      for (const lang of ['en', 'fr'] as const) context.report({ lang, data: { shouted: context.shared(lang, shout) } })
    },
  })
  return { allRules: [rule('test/first'), rule('test/second')] }
})

const { check, definePost } = await import('../src/index.js')

describe('facts shared by the rules of a check', () => {
  it('are computed once per language and check, and never carried into the next check', () => {
    computed.calls = []
    const first = check(definePost({ en: 'one', fr: 'un' }))
    expect(first.diagnostics.map((d) => [d.ruleId, d.lang, d.data.shouted])).toEqual([
      ['test/first', 'en', 'ONE'],
      ['test/second', 'en', 'ONE'],
      ['test/first', 'fr', 'UN'],
      ['test/second', 'fr', 'UN'],
    ])
    expect(computed.calls).toEqual(['en:one', 'fr:un'])
    const second = check(definePost({ en: 'two', fr: 'deux' }))
    expect(second.diagnostics.map((d) => d.data.shouted)).toEqual(['TWO', 'TWO', 'DEUX', 'DEUX'])
    expect(computed.calls).toEqual(['en:one', 'fr:un', 'en:two', 'fr:deux'])
  })
})
