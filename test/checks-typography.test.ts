import { describe, expect, it } from 'vitest'
import { applyFixes, type CheckOptions, check, definePost } from '../src/index.js'

const N = '\u00a0'
const NN = '\u202f'
function fixFr(fr: string, id: string, extra: CheckOptions = {}): { fixed: string; count: number } {
  const post = definePost({ en: 'x', fr })
  const report = check(post, { preset: 'none', rules: { [id]: 'warn' }, ...extra })
  return { fixed: applyFixes(post, report).fr, count: report.diagnostics.length }
}

describe('French typography rules repair only what they name', () => {
  it.each([
    ['typography/fr-colon', 'Avis : fermé. Note: ouvert', `Avis${N}: fermé. Note${N}: ouvert`, 2],
    ['typography/fr-colon', `Avis${N}: fermé à 14:30`, `Avis${N}: fermé à 14:30`, 0],
    ['typography/fr-punctuation', 'Fermé ! Pourquoi ? Ainsi ; voilà', 'Fermé! Pourquoi? Ainsi; voilà', 3],
    ['typography/fr-quotes', 'Il a dit "Lavez-vous les mains" hier', `Il a dit «${N}Lavez-vous les mains${N}» hier`, 1],
    ['typography/fr-quotes', '« Lavez-vous les mains »', `«${N}Lavez-vous les mains${N}»`, 1],
    // A single group (`1,500`) is a French decimal or ambiguous (Juril); several groups are English thousands (TB 2.3.1).
    ['typography/fr-numbers', '1,500,000 personnes, 1.5 fois, 10 000 visites', `1${N}500${N}000 personnes, 1,5 fois, 10${N}000 visites`, 3],
    ['typography/fr-currency', 'Gagnez $25 ou $1,500.50 ou 30$', `Gagnez 25${N}$ ou 1${N}500,50${N}$ ou 30${N}$`, 3],
    ['typography/fr-percent', '15% et 20 %', `15${N}% et 20${N}%`, 2],
    ['typography/fr-time', 'à 2:30 p.m., à 9 am, à 14h30, à 16:45', `à 14${N}h${N}30, à 9${N}h, à 14${N}h${N}30, à 16${N}h${N}45`, 4],
    ['typography/fr-ordinals', 'le 2ème étage, la 1ère fois, le 1st', 'le 2e étage, la 1re fois, le 1er', 3],
  ])('%s: %j', (id, before, after, count) => {
    const result = fixFr(before, id)
    expect(result.fixed).toBe(after)
    expect(result.count).toBe(count)
  })

  it('uses the France convention when asked: narrow no-break space before ; ! ?', () => {
    expect(fixFr('Fermé! Pourquoi ?', 'typography/fr-punctuation', { frenchPunctuation: 'france' }).fixed).toBe(`Fermé${NN}! Pourquoi${NN}?`)
  })

  it('never touches URLs, hashtags, mentions or code spans', () => {
    const fr = 'Voir https://canada.ca/fr?a=1:2&b=1,500 #Prix15% @user `Avis : "1,500" 15%` [lien](https://x.ca/a:b?t=2:30)'
    for (const id of ['typography/fr-colon', 'typography/fr-quotes', 'typography/fr-numbers', 'typography/fr-percent', 'typography/fr-time']) {
      expect(fixFr(fr, id), id).toEqual({ fixed: fr, count: 0 })
    }
  })

  it('reports position and data, and leaves English alone', () => {
    const post = definePost({ en: 'Notice : closed', fr: 'Ligne 1\nAvis : fermé' })
    const [d, ...rest] = check(post, { preset: 'none', rules: { 'typography/fr-colon': 'error' } }).diagnostics
    expect(rest).toEqual([])
    expect(d).toMatchObject({ lang: 'fr', position: { start: { line: 2, column: 5, offset: 12 }, end: { line: 2, column: 6, offset: 13 } } })
    expect(d?.fix).toEqual({ lang: 'fr', field: 'text', range: { start: 12, end: 13 }, replacement: N })
    expect(d?.message.fr).toContain('espace insécable')
    expect(d?.message.en).toContain('no-break space')
  })

  it('names the no-break space when the found and expected text look alike, and only then', () => {
    const rules = { 'typography/fr-numbers': 'warn', 'typography/fr-currency': 'warn', 'typography/fr-time': 'warn' } as const
    // Breakable spaces where the Translation Bureau asks for no-break ones (TB 2.3.1, 5.3.5): the figures look the same on screen.
    const alike = check(definePost({ en: 'x', fr: 'Environ 41 000 emplois, 25 $, à 14 h 30.' }), { preset: 'none', rules }).diagnostics
    expect(alike.map((d) => d.ruleId)).toEqual(['typography/fr-numbers', 'typography/fr-currency', 'typography/fr-time'])
    for (const d of alike) {
      expect(d.message.fr).toMatch(/espaces? insécables? \(U\+00A0\)/)
      expect(d.message.en).toMatch(/no-break spaces? \(U\+00A0\)/)
    }
    // A real change of form keeps the plain "write it the French way" message.
    const changed = check(definePost({ en: 'x', fr: 'Environ 41,000 emplois, $25, à 2:30 p.m.' }), { preset: 'none', rules }).diagnostics
    expect(changed.length).toBe(3)
    for (const d of changed) expect(d.message.fr).not.toContain('U+00A0')
  })
})
