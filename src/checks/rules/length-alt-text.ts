import { languages } from '../../post/language.js'
import { codePointLength } from '../../text/unicode.js'
import type { Rule } from '../rule.js'

/** `length/alt-text`: each media item’s alt text, in each language, fits each platform’s alt-text limit. */
export const lengthAltText: Rule = {
  id: 'length/alt-text',
  defaultSetting: 'error',
  description: 'Each media item’s alt text fits the platform’s alt-text limit, in both languages.',
  examples: {
    pass: { en: 'Map', fr: 'Carte', platforms: ['x'], media: [{ alt: { en: 'Map of clinics', fr: 'Carte des cliniques' } }] },
    fail: { en: 'Map', fr: 'Carte', platforms: ['x'], media: [{ alt: { en: 'Map of clinics', fr: 'Carte des cliniques. '.repeat(60) } }] },
  },
  check(context) {
    context.post.media.forEach((media, index) => {
      for (const platform of context.platforms) {
        const limit = context.limits(platform).altText
        if (limit === undefined) continue
        for (const lang of languages) {
          const text = media.alt[lang]
          const length = codePointLength(text)
          if (length <= limit) continue
          context.report({
            lang,
            platform,
            field: `media.${index}.alt`,
            range: { start: 0, end: text.length },
            data: { index: index + 1, length, limit, over: length - limit, count: length - limit },
          })
        }
      }
    })
  },
}
