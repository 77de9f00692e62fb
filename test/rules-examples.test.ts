import { describe, expect, it } from 'vitest'
import { check, definePost, rules } from '../src/index.js'

// Every rule's own passing and failing examples (the ones the README shows) drive these tests.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const only = { preset: 'none' as const, rules: { [id]: 'error' as const } }

  it('passes its passing example', () => {
    const report = check(definePost(rule.examples.pass), only)
    expect(report.diagnostics).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('reports its failing example with a real message in both languages', () => {
    const report = check(definePost(rule.examples.fail), only)
    expect(report.diagnostics.length).toBeGreaterThan(0)
    expect(report.ok).toBe(false)
    for (const d of report.diagnostics) {
      expect(d.ruleId).toBe(id)
      expect(d.severity).toBe('error')
      expect(d.message.en).not.toContain('{{')
      expect(d.message.fr).not.toContain('{{')
      expect(d.message.en).not.toContain('$t(')
      expect(d.message.en).not.toBe(d.messageKey)
      expect(d.message.fr).not.toBe(d.messageKey)
      expect(d.message.fr).not.toBe(d.message.en)
    }
  })

  it('is silent when turned off', () => {
    const report = check(definePost(rule.examples.fail), { rules: { [id]: 'off' } })
    expect(report.diagnostics.filter((d) => d.ruleId === id)).toEqual([])
  })
})
