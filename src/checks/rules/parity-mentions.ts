import { mentionsOf } from '../parity/entities.js'
import { reportUnpaired } from '../parity/pairs.js'
import type { Rule } from '../rule.js'

/** `parity/mentions`: mentions correspond (same count; mapped pairs such as `@HealthCanada` ↔ `@SanteCanada` present together). */
export const parityMentions: Rule = {
  id: 'parity/mentions',
  defaultSetting: 'warn',
  description: 'Mentions correspond: the same number in each language, each pair from `pairs` present in both, and neither form of a pair left in the other language’s text.',
  examples: {
    pass: { en: 'With @HealthCanada', fr: 'Avec @SanteCanada' },
    fail: { en: 'With @HealthCanada and @PHAC_GC', fr: 'Avec @SanteCanada' },
  },
  check(context) {
    reportUnpaired(context, mentionsOf(context, 'en'), mentionsOf(context, 'fr'))
  },
}
