import { describe, expect, it } from 'vitest'
import { check, definePost } from '../src/index.js'
import fixture from './fixtures/number-parity.json' with { type: 'json' }

interface Case {
  readonly id: string
  readonly en: string
  readonly fr: string
  readonly expect: { readonly messageKey: string; readonly en: readonly string[]; readonly fr: readonly string[] } | null
}
const cases = fixture.cases as readonly Case[]
/** Messages compared with no-break spaces read as spaces: the fixture is typed by hand. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const numbersOf = (c: Case) => check(definePost({ en: c.en, fr: c.fr }), { preset: 'none', rules: { 'parity/numbers': 'error' } }).diagnostics

describe('parity/numbers on departmental EN/FR pairs (test/fixtures/number-parity.json)', () => {
  it('holds at least 60 pairs, 20 of them real mismatches', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    expect(cases.filter((c) => c.expect !== null).length).toBeGreaterThanOrEqual(20)
  })

  it.each(cases.filter((c) => c.expect === null).map((c) => [c.id, c] as const))('%s: a correct pair gives no diagnostic', (_id, c) => {
    expect(numbersOf(c).map((d) => d.message.en)).toEqual([])
  })

  it.each(cases.filter((c) => c.expect !== null).map((c) => [c.id, c] as const))('%s: a mismatch gives one diagnostic naming both sides', (_id, c) => {
    const ds = numbersOf(c)
    expect(ds.map((d) => d.message.en)).toHaveLength(1)
    const [d] = ds
    expect(d?.messageKey).toBe(c.expect?.messageKey)
    for (const value of c.expect?.en ?? []) expect(spaces(d?.message.en ?? '')).toContain(`“${spaces(value)}”`)
    for (const value of c.expect?.fr ?? []) expect(spaces(d?.message.fr ?? '')).toContain(`« ${spaces(value)} »`)
    // The diagnostic points at a value of the language it names.
    const text = d?.lang === 'fr' ? c.fr : c.en
    expect(text.slice(d?.position?.start.offset, d?.position?.end.offset)).toMatch(
      /\d|midi|minuit|noon|midnight|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)$/i,
    )
  })
})
