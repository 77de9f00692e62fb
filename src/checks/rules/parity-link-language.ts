import { languages, otherLanguage, type Lang } from '../../post/language.js'
import { linksOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** Language markers of federal URLs: Canada.ca `/en/` `/fr/`, older `-eng` `-fra`, `lang=eng` `lang=fra`, `/eng/` `/fra/`. */
const markers: Record<Lang, RegExp> = {
  en: /\/(?:en|eng)(?:[/?#]|$)|[-_]eng?\.(?:html?|aspx?|php|shtml)\b|[?&](?:lang|language|lng)=(?:en|eng)\b/i,
  fr: /\/(?:fr|fra)(?:[/?#]|$)|[-_]fra?\.(?:html?|aspx?|php|shtml)\b|[?&](?:lang|language|lng)=(?:fr|fra)\b/i,
}

/** The language a URL declares by a marker, or undefined. */
export function urlLanguage(url: string): Lang | undefined {
  const en = markers.en.test(url)
  const fr = markers.fr.test(url)
  return en === fr ? undefined : en ? 'en' : 'fr'
}

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
