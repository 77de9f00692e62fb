import { languages } from '../../post/language.js'
import type { Rule } from '../rule.js'

/** Share of the limit from which a text is reported as near it. */
const nearShare = 0.95

/**
 * `length/near-limit`: a text at 95 % of a platform’s limit or more, but within it, leaves no room for edits.
 * `info` by default: the text fits, so a report of a post that will publish carries no warning for it.
 */
export const lengthNearLimit: Rule = {
  id: 'length/near-limit',
  defaultSetting: 'info',
  description: 'Notes (info) when a language uses 95 % or more of a platform’s limit, leaving no room for edits or a thread number.',
  examples: {
    pass: { en: 'Flu clinics open Monday.', fr: 'Les cliniques ouvrent lundi.', platforms: ['x'] },
    fail: { en: 'Flu clinics open Monday.', fr: `Les cliniques ouvrent lundi. ${'Plus de détails à venir. '.repeat(10)}`, platforms: ['x'] },
  },
  check(context) {
    for (const platform of context.platforms) {
      for (const lang of languages) {
        const m = context.measure(lang, platform)
        if (!m.withinLimit || m.length < m.limit * nearShare) continue
        context.report({
          lang,
          platform,
          data: { length: m.length, limit: m.limit, remaining: m.remaining, count: m.remaining, percent: Math.floor((m.length / m.limit) * 100), unit: m.unit },
        })
      }
    }
  },
}
