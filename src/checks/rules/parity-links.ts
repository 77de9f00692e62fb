import { linksOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** `parity/links`: both languages carry the same number of links. */
export const parityLinks: Rule = {
  id: 'parity/links',
  defaultSetting: 'error',
  description: 'Both languages carry the same number of links.',
  examples: {
    pass: { en: 'Details: https://www.canada.ca/en/flu.html', fr: 'Détails\u00a0: https://www.canada.ca/fr/grippe.html' },
    fail: { en: 'Details: https://www.canada.ca/en/flu.html', fr: 'Détails à venir.' },
  },
  check(context) {
    const en = linksOf(context, 'en')
    const fr = linksOf(context, 'fr')
    if (en.length === fr.length) return
    const [fewer, lang] = en.length < fr.length ? ([en, 'en'] as const) : ([fr, 'fr'] as const)
    const source = context.source(lang)
    context.report({
      lang,
      range: fewer.length > 0 ? { start: fewer[0]!.start, end: fewer.at(-1)!.end } : { start: 0, end: source.length },
      data: { en: en.length, fr: fr.length, enLinks: en.map((l) => l.value), frLinks: fr.map((l) => l.value) },
    })
  },
}
