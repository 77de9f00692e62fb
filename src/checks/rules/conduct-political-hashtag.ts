import { hashtagsOf } from '../../conduct/hashtags.js'
import { isPoliticalHashtag } from '../../conduct/lists.js'
import { conductOptionsOf } from '../../conduct/options.js'
import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/**
 * Hashtags of political debate (`#cdnpoli`, `#elxn45`, `#VoteLiberal`) draw an
 * official account into it. Public servants stay out of political debate
 * online, so the rule warns; a person decides.
 */
export const conductPoliticalHashtag: Rule = {
  id: 'conduct/political-hashtag',
  defaultSetting: 'warn',
  description: 'No hashtags of political debate (#cdnpoli, #polcan, #elxn45…).',
  examples: {
    pass: {
      en: 'Tax season starts Monday. #CRA #TaxSeason',
      fr: 'La période des impôts commence lundi. #ARC #PériodeDesImpôts',
    },
    fail: {
      en: 'Tax season starts Monday. #cdnpoli',
      fr: 'La période des impôts commence lundi. #polcan',
    },
  },
  check(context) {
    const options = conductOptionsOf(context.options)
    for (const lang of languages) {
      for (const hashtag of hashtagsOf(context.source(lang), context.tree(lang))) {
        if (!isPoliticalHashtag(hashtag.tag, options)) continue
        context.report({ lang, field: 'text', range: { start: hashtag.start, end: hashtag.end }, data: { tag: hashtag.tag } })
      }
    }
  },
}
