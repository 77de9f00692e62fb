import { languages, otherLanguage } from '../../post/language.js'
import { guessLanguage } from '../parity/language-guess.js'
import type { Rule } from '../rule.js'

function proseText(source: string, ranges: readonly { start: number; end: number }[]): string {
  return ranges.map((r) => source.slice(r.start, r.end)).join(' ')
}

/** `parity/untranslated`: the French is not the English again, nor still in English (and the reverse). */
export const parityUntranslated: Rule = {
  id: 'parity/untranslated',
  defaultSetting: 'error',
  description: 'The French is not identical to the English, and neither text is detectably still in the other language.',
  examples: {
    pass: { en: 'Flu clinics open Monday in all provinces and territories.', fr: 'Les cliniques de grippe ouvrent lundi dans toutes les provinces et tous les territoires.' },
    fail: { en: 'Flu clinics open Monday in all provinces and territories.', fr: 'Flu clinics open Monday in all of the provinces and the territories.' },
  },
  check(context) {
    const en = context.source('en').trim()
    const fr = context.source('fr').trim()
    if (en === '' || fr === '') return
    const enProse = proseText(context.source('en'), context.prose('en'))
    if (en === fr && /\p{L}{2,}/u.test(enProse)) {
      context.report({ messageId: 'identical', lang: 'fr', range: { start: 0, end: context.source('fr').length }, data: {} })
      return
    }
    for (const lang of languages) {
      const guessed = guessLanguage(lang === 'en' ? enProse : proseText(context.source(lang), context.prose(lang)))
      if (guessed === undefined || guessed === lang) continue
      context.report({
        messageId: lang === 'fr' ? 'frInEnglish' : 'enInFrench',
        lang,
        range: { start: 0, end: context.source(lang).length },
        data: { detected: otherLanguage(lang) },
      })
    }
  },
}
