import { NBSP, proseMatches } from '../typography/scan.js'
import type { Rule } from '../rule.js'

/** A number then `%` with no space or a breakable one (U+00A0 and U+202F are both right). Group 1: the space. */
const percent = /(?<=\d)([ \t]?)%/g

/** `typography/fr-percent`: a no-break space before `%` in French: `15\u00a0%`. */
export const typographyFrPercent: Rule = {
  id: 'typography/fr-percent',
  defaultSetting: 'warn',
  description: 'French: a no-break space before the percent sign (`15\u00a0%`).',
  examples: {
    pass: { en: '15%', fr: '15\u00a0%' },
    fail: { en: '15%', fr: '15%' },
  },
  check(context) {
    for (const { match, start } of proseMatches(context, 'fr', percent)) {
      const space = match[1] ?? ''
      context.report({ lang: 'fr', range: { start, end: start + space.length }, replacement: NBSP, data: {} })
    }
  },
}
