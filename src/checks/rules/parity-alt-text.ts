import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/** `parity/alt-text`: every media item has alt text in both languages, and the French is not the English again. */
export const parityAltText: Rule = {
  id: 'parity/alt-text',
  defaultSetting: 'error',
  description: 'Every media item has alt text in both languages, and the two are not identical.',
  examples: {
    pass: { en: 'Map', fr: 'Carte', media: [{ alt: { en: 'Map of clinics', fr: 'Carte des cliniques' } }] },
    fail: { en: 'Map', fr: 'Carte', media: [{ alt: { en: 'Map of clinics', fr: '' } }] },
  },
  check(context) {
    context.post.media.forEach((media, index) => {
      const field = `media.${index}.alt` as const
      for (const lang of languages) {
        if (media.alt[lang].trim() === '') context.report({ messageId: 'missing', lang, field, data: { index: index + 1 } })
      }
      if (media.alt.en.trim() !== '' && media.alt.en.trim() === media.alt.fr.trim()) {
        context.report({ messageId: 'identical', lang: 'fr', field, range: { start: 0, end: media.alt.fr.length }, data: { index: index + 1 } })
      }
    })
  },
}
