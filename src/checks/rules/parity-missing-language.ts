import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/** `parity/missing-language`: both official languages are present, at the same time. */
export const parityMissingLanguage: Rule = {
  id: 'parity/missing-language',
  defaultSetting: 'error',
  description: 'Both languages have text: a post cannot go out in one language with the other “coming later”.',
  examples: {
    pass: { en: 'Flu clinics open Monday.', fr: 'Les cliniques ouvrent lundi.' },
    fail: { en: 'Flu clinics open Monday.', fr: ' ' },
  },
  check(context) {
    for (const lang of languages) {
      if (context.source(lang).trim() !== '') continue
      context.report({ lang, range: { start: 0, end: context.source(lang).length }, data: {} })
    }
  },
}
