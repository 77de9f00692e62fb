import { hashtagsOf } from '../parity/entities.js'
import type { Rule } from '../rule.js'
import { reportUnpaired } from '../parity/pairs.js'

/** `parity/hashtags`: hashtags correspond (same count; mapped pairs such as `#FluSeason` ↔ `#SaisonDeLaGrippe` present together). */
export const parityHashtags: Rule = {
  id: 'parity/hashtags',
  defaultSetting: 'warn',
  description: 'Hashtags correspond: the same number in each language, each pair from `pairs` present in both, and neither form of a pair left in the other language’s text.',
  examples: {
    pass: { en: 'Flu clinics open Monday. #FluSeason', fr: 'Les cliniques ouvrent lundi. #SaisonDeLaGrippe' },
    fail: { en: 'Flu clinics open Monday. #FluSeason #GetVaccinated', fr: 'Les cliniques ouvrent lundi. #SaisonDeLaGrippe' },
  },
  check(context) {
    reportUnpaired(context, hashtagsOf(context, 'en'), hashtagsOf(context, 'fr'))
  },
}
