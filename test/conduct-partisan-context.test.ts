import { describe, expect, it } from 'vitest'
import { check } from '../src/checks/engine.js'
import type { CheckOptions } from '../src/checks/rule.js'
import { definePost } from '../src/post/define.js'
import fixture from './fixtures/conduct-partisan.json'

// Non-partisan content: Policy on Communications and Federal Identity; Values and Ethics Code (gc-rules.md).
const onlyPartisan: CheckOptions = { preset: 'none', rules: { 'conduct/partisan': 'error' }, platforms: ['x'] }
const neutral = { en: 'Details are online.', fr: 'Les détails sont en ligne.' }

/** The partisan terms check() reports for one sentence, placed in its language beside a neutral other language. */
function reported(lang: string, text: string): string[] {
  const post = definePost({ ...neutral, [lang === 'fr' ? 'fr' : 'en']: text, platforms: ['x'] })
  return check(post, onlyPartisan)
    .diagnostics.filter((d) => d.ruleId === 'conduct/partisan')
    .map((d) => String(d.data?.term))
}

describe('conduct/partisan: party names as people write them', () => {
  it('has enough realistic sentences in both languages', () => {
    expect(fixture.partisan.length).toBeGreaterThanOrEqual(15)
    expect(fixture.nonPartisan.length).toBeGreaterThanOrEqual(25)
    for (const list of [fixture.partisan, fixture.nonPartisan]) expect(new Set(list.map((s) => s.lang))).toEqual(new Set(['en', 'fr']))
  })

  it.each(fixture.partisan.map((s) => [s.lang, s.text, s.term] as const))('%s: reports “%s”', (lang, text, term) => {
    expect(reported(lang, text)).toEqual([term])
  })

  it.each(fixture.nonPartisan.map((s) => [s.lang, s.text] as const))('%s: accepts “%s”', (lang, text) => {
    expect(reported(lang, text)).toEqual([])
  })
})
