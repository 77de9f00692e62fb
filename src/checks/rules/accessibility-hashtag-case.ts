import { languages } from '../../post/language.js'
import { hashtagsOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'

/** Letters in a tag from which it is taken to hold several words. */
const longTag = 12

/**
 * `accessibility/hashtag-case`: multi-word hashtags in CamelCase
 * (`#SaisonDeLaGrippe`), so screen readers read words, not letters. A long
 * tag all in lower or upper case is taken to be several words run together.
 */
export const accessibilityHashtagCase: Rule = {
  id: 'accessibility/hashtag-case',
  defaultSetting: 'warn',
  description: 'Multi-word hashtags are in CamelCase (`#SaisonDeLaGrippe`, not `#saisondelagrippe`) so screen readers read the words.',
  examples: {
    pass: { en: '#FluSeason', fr: '#SaisonDeLaGrippe' },
    fail: { en: '#FluSeason', fr: '#saisondelagrippe' },
  },
  check(context) {
    for (const lang of languages) {
      for (const tag of hashtagsOf(context, lang)) {
        // A tag shorter than `longTag` after its `#` cannot hold as many letters.
        if (tag.value.length - 1 < longTag) continue
        const letters = tag.value.slice(1).replace(/[^\p{L}]/gu, '')
        if (letters.length < longTag) continue
        if (letters !== letters.toLowerCase() && letters !== letters.toUpperCase()) continue
        context.report({ lang, range: { start: tag.start, end: tag.end }, data: { hashtag: tag.value } })
      }
    }
  },
}
