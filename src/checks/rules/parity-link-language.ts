import { languages, otherLanguage } from '../../post/language.js'
import { urlLanguage } from '../../text/url-language.js'
import { linksOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** `parity/link-language`: a link goes to the page in the language of the text. */
export const parityLinkLanguage: Rule = {
  id: 'parity/link-language',
  defaultSetting: 'error',
  description: 'Each link goes to the page in the same language as the text (`/en/` vs `/fr/`, `-eng` vs `-fra`, `lang=eng` vs `lang=fra`).',
  examples: {
    pass: { en: 'Details: https://www.canada.ca/en/flu.html', fr: 'Détails\u00a0: https://www.canada.ca/fr/grippe.html' },
    fail: { en: 'Details: https://www.canada.ca/en/flu.html', fr: 'Détails\u00a0: https://www.canada.ca/en/flu.html' },
  },
  check(context) {
    for (const lang of languages) {
      for (const link of linksOf(context, lang)) {
        if (urlLanguage(link.value) !== otherLanguage(lang)) continue
        context.report({ messageId: `${lang}Text`, lang, range: { start: link.start, end: link.end }, data: { url: link.value } })
      }
    }
  },
}
